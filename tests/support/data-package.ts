/**
 * Validation for the Data Package with Ajv, a JSON Schema validator.
 *
 * The official v2 profile (https://datapackage.org/profiles/2.0/datapackage.json) cannot be
 * installed on the machine these tests run on: no npm or Debian package ships it, and the tests
 * have no internet. `DATA_PACKAGE_V2` is our encoding of the requirements the v2 standard states
 * for a package, its resources and their Table Schemas (required properties, names, relative
 * paths, hashes, media types, field types, constraints, keys). Tools that know the standard
 * (frictionless, dpkit) will validate the published file against the official profile.
 *
 * `rowSchema` turns a resource's Table Schema into a JSON Schema for its rows in the JSON files.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'list', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'];
const LIST_ITEM_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'time', 'datetime', 'year', 'yearmonth'];

const field = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    description: { type: 'string' },
    type: { enum: FIELD_TYPES },
    format: { type: 'string' },
    delimiter: { type: 'string', minLength: 1 },
    itemType: { enum: LIST_ITEM_TYPES },
    constraints: {
      type: 'object',
      properties: {
        required: { type: 'boolean' },
        unique: { type: 'boolean' },
        enum: { type: 'array', minItems: 1 },
        minLength: { type: 'integer', minimum: 0 },
        maxLength: { type: 'integer', minimum: 0 },
        pattern: { type: 'string' },
      },
    },
  },
  // A list has an item type (v2: "list" fields are lists of one primitive type).
  if: { properties: { type: { const: 'list' } }, required: ['type'] },
  then: { required: ['itemType'] },
};

const tableSchema = {
  type: 'object',
  required: ['fields'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    fields: { type: 'array', minItems: 1, items: field },
    missingValues: { type: 'array', items: { type: 'string' } },
    primaryKey: { oneOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }] },
  },
};

const licence = {
  type: 'object',
  anyOf: [{ required: ['name'] }, { required: ['path'] }],
  properties: { name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' }, path: { type: 'string', format: 'uri' }, title: { type: 'string' } },
};

/** A path inside the package (POSIX, relative, never climbing out) or a URL. */
const resourcePath = { type: 'string', pattern: '^((?=[^./~])(?!file:)((?!\\/\\.\\.\\/)(?!\\\\)(?!:\\/\\/).)*|(http|ftp)s?:\\/\\/.*)$' };

export const DATA_PACKAGE_V2 = {
  $id: 'envoy:data-package-v2',
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { const: 'https://datapackage.org/profiles/2.0/datapackage.json' },
    name: { type: 'string', pattern: '^[a-z0-9._-]+$' },
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    version: { type: 'string' },
    created: { type: 'string', format: 'date-time' },
    keywords: { type: 'array', minItems: 1, items: { type: 'string' } },
    licenses: { type: 'array', minItems: 1, items: licence },
    contributors: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', anyOf: [{ required: ['title'] }, { required: ['givenName'] }, { required: ['organization'] }], properties: { roles: { type: 'array', items: { type: 'string' } } } },
    },
    sources: { type: 'array', items: { type: 'object', required: ['title'], properties: { title: { type: 'string' }, path: { type: 'string' } } } },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        oneOf: [{ required: ['path'] }, { required: ['data'] }],
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9._-]+$' },
          type: { const: 'table' },
          path: { oneOf: [resourcePath, { type: 'array', minItems: 1, items: resourcePath }] },
          title: { type: 'string' },
          description: { type: 'string' },
          format: { type: 'string' },
          mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
          encoding: { type: 'string' },
          bytes: { type: 'integer', minimum: 0 },
          hash: { type: 'string', pattern: '^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$' },
          licenses: { type: 'array', minItems: 1, items: licence },
          schema: tableSchema,
        },
      },
    },
  },
} as const;

export function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}

interface TableField {
  name: string;
  type: string;
  itemType?: string;
  constraints?: { required?: boolean; enum?: unknown[] };
}

/** A JSON Schema for one JSON row of a table: its fields by type, required ones present and not null. */
export function rowSchema(fields: TableField[]): Record<string, unknown> {
  const typeOf = (type: string): Record<string, unknown> =>
    type === 'integer' ? { type: 'integer' } : type === 'number' ? { type: 'number' } : type === 'date' ? { type: 'string', format: 'date' } : { type: 'string' };
  return {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: fields.map((f) => f.name),
      properties: Object.fromEntries(
        fields.map((f) => {
          const value = f.type === 'list' ? { type: 'array', items: typeOf(f.itemType ?? 'string') } : { ...typeOf(f.type), ...(f.constraints?.enum ? { enum: f.constraints.enum } : {}) };
          return [f.name, f.constraints?.required ? value : { anyOf: [value, { type: 'null' }] }];
        }),
      ),
    },
  };
}
