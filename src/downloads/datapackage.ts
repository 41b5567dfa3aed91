/**
 * The Frictionless Data Package (v2) that describes every table: where its CSV is, its size and
 * hash, its Table Schema (names, types, units, descriptions, required values, allowed values,
 * primary key) and the licences. Data journalists load the whole story's data from this one
 * file with the tools they use (`frictionless`, `dpkit`, R's `frictionless`).
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './datasets';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { DOWNLOAD_WORDS } from './words';

export const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

/** Our licence for text, charts and compiled data (the map's Natural Earth data is in the public domain). */
export const LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' } as const;

const PRIMARY_KEYS: Record<string, string[]> = {
  'launch-claims': ['launch_id', 'claim_id'],
  places: ['place_id'],
  exchanges: ['event_id'],
  flows: ['flow_id'],
  denials: ['denial_id'],
  sources: ['source_id'],
};

export interface PackageInput {
  name: string;
  title: string;
  description: string;
  homepage: string;
  /** The content's version date, YYYY-MM-DD. */
  version: string;
  datasets: Array<{ dataset: Dataset; path: string; csv: string }>;
  /** The edition whose words the descriptor uses (its tables are that edition's already); English by default. */
  locale?: Locale;
}

export function dataPackage({ name, title, description, homepage, version, datasets, locale = DEFAULT_LOCALE }: PackageInput): Record<string, unknown> {
  const words = DOWNLOAD_WORDS[locale].package;
  return {
    $schema: PROFILE,
    name,
    title,
    description: words.description(description),
    homepage,
    version: version.replace(/-/g, '.').replace(/\.0(\d)/g, '.$1'),
    created: `${version}T00:00:00Z`,
    keywords: words.keywords,
    contributors: [{ title, path: homepage, roles: ['creator'] }],
    licenses: [LICENCE],
    sources: [
      { title: words.sources.reports, path: 'envoy-and-the-arc_sources.csv' },
      { title: words.sources.basemap, path: 'https://www.naturalearthdata.com/' },
    ],
    resources: datasets.map(({ dataset, path, csv }) => ({
      name: dataset.name,
      type: 'table',
      path,
      title: dataset.title,
      description: dataset.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(csv, 'utf8'),
      hash: `sha256:${createHash('sha256').update(csv, 'utf8').digest('hex')}`,
      licenses: [LICENCE],
      schema: {
        $schema: TABLE_SCHEMA_PROFILE,
        fields: dataset.fields.map((f) => ({ ...f, ...(f.type === 'list' ? { itemType: 'string' } : {}) })),
        missingValues: [''],
        ...(PRIMARY_KEYS[dataset.name] ? { primaryKey: PRIMARY_KEYS[dataset.name] } : {}),
      },
    })),
  };
}
