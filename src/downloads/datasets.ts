/**
 * The story's data as tidy tables a reader can take away: one row per claim, trip, flow, denial,
 * place or source, each row with its sources' ids, publishers, dates and addresses. The CSV and
 * JSON files, the Data Package descriptor and the /data/ page are all made from these tables, and
 * each field's description says what its values mean and, for a distance, how it was computed.
 *
 * Pure: it takes the content's rows ({ id, data }, as Astro's loaders give them), so unit tests
 * can feed it the YAML files directly. In an edition (`locale`), the rows are that edition's
 * (lib/content.ts localizes them) and the tables' own words come from words.ts; ids, dates,
 * numbers, codes and field names are the same in every edition.
 */
import type { DenialData, ExchangeData, FlowData, LaunchData, PlaceData, SourceData } from '../lib/schemas';
import { distanceKm } from '../charts/range-arc/geo';
import { DIRECTIONS, EXCHANGE_KINDS, FLOW_CATEGORIES, FLOW_STATUSES, PLACE_KINDS, SURFACES, UNITS } from '../lib/vocabulary';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { dateSpan, monthYear } from '../lib/dates';
import { DOWNLOAD_WORDS, type DownloadWords } from './words';

type Entry<T> = { id: string; data: T };
export interface DatasetInput {
  sources: Entry<SourceData>[];
  places: Entry<PlaceData>[];
  launches: Entry<LaunchData>[];
  exchanges: Entry<ExchangeData>[];
  flows: Entry<FlowData>[];
  denials: Entry<DenialData>[];
}

/** A Table Schema field (Data Package v2): what a column holds. */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'list';
  description: string;
  /** For a list: the separator in the CSV (the JSON has a real array). */
  delimiter?: string;
  /** The unit of a number, in words a reader knows ("km", "degrees"). */
  unit?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

export type Value = string | number | string[] | null;
export type Row = Record<string, Value>;

export interface Dataset {
  /** The file name's stem and the Data Package resource name, e.g. "launch-claims". */
  name: string;
  title: string;
  description: string;
  fields: Field[];
  rows: Row[];
}

/** The list separator of list columns in the CSV files. */
export const LIST_DELIMITER = '|';

const sourceFields = ({ sourceFields: about }: DownloadWords): Field[] => [
  { name: 'source_ids', type: 'list', delimiter: LIST_DELIMITER, description: about.source_ids, constraints: { required: true } },
  { name: 'source_publishers', type: 'list', delimiter: LIST_DELIMITER, description: about.source_publishers },
  { name: 'source_dates', type: 'list', delimiter: LIST_DELIMITER, description: about.source_dates },
  { name: 'source_urls', type: 'list', delimiter: LIST_DELIMITER, description: about.source_urls },
];

const text = (name: string, description: string, required = false): Field => ({ name, type: 'string', description, ...(required ? { constraints: { required } } : {}) });
const date = (name: string, description: string, required = false): Field => ({ name, type: 'date', description, ...(required ? { constraints: { required } } : {}) });
const oneOf = (name: string, description: string, values: readonly string[]): Field => ({ name, type: 'string', description, constraints: { required: true, enum: [...values] } });

/** How the distances in the places table were computed. */
export const DISTANCE_METHOD = DOWNLOAD_WORDS.en.distanceMethod;

/** Every table of the story in an edition, in the order the /data/ page lists them. */
export function datasets(input: DatasetInput, locale: Locale = DEFAULT_LOCALE): Dataset[] {
  const sourceColumns = sourceColumnsFor(input.sources);
  const words = DOWNLOAD_WORDS[locale];
  return [
    launchClaims(input, sourceColumns, words),
    places(input, sourceColumns, words),
    exchanges(input, sourceColumns, words, locale),
    flows(input, sourceColumns, words),
    denials(input, sourceColumns, words),
    sources(input, words),
  ];
}

type SourceColumns = (ids: string[]) => Row;

/** Rows in date order, oldest first; rows of one date keep the content's order. */
const byDate = <T>(rows: T[], date: (row: T) => string): T[] => [...rows].sort((a, b) => date(a).localeCompare(date(b)));

/** Places nearest the launch area first, as a reader scans the map outward. */
function placesByDistance(places: DatasetInput['places'], origin: { lon: number; lat: number } | undefined): DatasetInput['places'] {
  if (!origin) return places;
  const km = (p: DatasetInput['places'][number]) => distanceKm([origin.lon, origin.lat], [p.data.lon, p.data.lat]);
  return [...places].sort((a, b) => km(a) - km(b));
}

function sourceColumnsFor(all: DatasetInput['sources']): SourceColumns {
  const byId = new Map(all.map((s) => [s.id, s.data]));
  return (ids) => {
    const found = ids.map((id) => {
      const source = byId.get(id);
      if (!source) throw new Error(`downloads: source id "${id}" is not in content/data/sources.yaml`);
      return source;
    });
    return {
      source_ids: ids,
      source_publishers: found.map((s) => s.publisher),
      source_dates: found.map((s) => s.date),
      source_urls: found.map((s) => s.url ?? ''),
    };
  };
}

function launchClaims({ launches, places }: DatasetInput, sourceColumns: SourceColumns, words: DownloadWords): Dataset {
  const { title, description, fields: about } = words.tables['launch-claims'];
  const placeName = new Map(places.map((p) => [p.id, p.data.name]));
  const rows = byDate(launches, (l) => l.data.date).flatMap(({ id, data: l }) => {
    const base = { launch_id: id, launch_date: l.date, launch_time_kst: l.time, launch_area: placeName.get(l.from) ?? l.from, launch_area_note: l.fromNote ?? null };
    const claim = (kind: string, c: (typeof l.claims)[number], extra: Row): Row => ({
      ...base,
      claim_id: c.id,
      claim_kind: kind,
      claimed_by: c.claimedBy,
      claim: c.what,
      distance_km: null,
      distance_method: null,
      landing_surface: null,
      landing_reported: null,
      ...extra,
      ...sourceColumns(c.sources),
    });
    return [
      ...l.distances.map((d) => claim('distance', d, { distance_km: d.km, distance_method: words.statedBy(d.claimedBy) })),
      ...l.landings.map((d) => claim('landing', d, { landing_surface: d.surface, landing_reported: d.date })),
      ...l.claims.map((d) => claim('weapon', d, {})),
    ];
  });
  return {
    name: 'launch-claims',
    title,
    description,
    fields: [
      text('launch_id', about.launch_id, true),
      date('launch_date', about.launch_date, true),
      text('launch_time_kst', about.launch_time_kst, true),
      text('launch_area', about.launch_area, true),
      text('launch_area_note', about.launch_area_note),
      text('claim_id', about.claim_id, true),
      oneOf('claim_kind', about.claim_kind, ['distance', 'landing', 'weapon']),
      text('claimed_by', about.claimed_by, true),
      text('claim', about.claim, true),
      { name: 'distance_km', type: 'number', unit: 'km', description: about.distance_km },
      text('distance_method', about.distance_method),
      { name: 'landing_surface', type: 'string', description: about.landing_surface, constraints: { enum: [...SURFACES] } },
      date('landing_reported', about.landing_reported),
      ...sourceFields(words),
    ],
    rows,
  };
}

function places({ places, launches }: DatasetInput, sourceColumns: SourceColumns, words: DownloadWords): Dataset {
  // Distances are measured from the launch site of Sept 18 (the story's launch, the map's centre).
  const main = launches.find((l) => l.id === 'launch-2024-09-18') ?? launches[0];
  const origin = places.find((p) => p.id === main?.data.from)?.data;
  const { title, description, fields: about } = words.tables.places(origin?.name ?? words.launchArea);
  return {
    name: 'places',
    title,
    description,
    fields: [
      text('place_id', about.place_id, true),
      text('name', about.name, true),
      text('local_name', about.local_name),
      text('country', about.country, true),
      oneOf('kind', about.kind, PLACE_KINDS),
      { name: 'lat', type: 'number', unit: 'degrees', description: about.lat, constraints: { required: true } },
      { name: 'lon', type: 'number', unit: 'degrees', description: about.lon, constraints: { required: true } },
      text('precision', about.precision),
      { name: 'distance_from_launch_km', type: 'number', unit: 'km', description: about.distance_from_launch_km, constraints: { required: true } },
      text('distance_method', about.distance_method, true),
      ...sourceFields(words),
    ],
    rows: placesByDistance(places, origin).map(({ id, data: p }) => ({
      place_id: id,
      name: p.name,
      local_name: p.local ?? null,
      country: p.country,
      kind: p.kind,
      lat: p.lat,
      lon: p.lon,
      precision: p.precision ?? null,
      distance_from_launch_km: origin ? Math.round(distanceKm([origin.lon, origin.lat], [p.lon, p.lat])) : null,
      distance_method: words.distanceMethod,
      ...sourceColumns(p.sources),
    })),
  };
}

function exchanges({ exchanges }: DatasetInput, sourceColumns: SourceColumns, words: DownloadWords, locale: Locale): Dataset {
  // The span the table covers comes from its rows: a new event moves it, not an edit of the words.
  const span = dateSpan(exchanges.flatMap(({ data }) => [data.start, data.end ?? data.start]));
  const { title, description, fields: about } = words.tables.exchanges(monthYear(span.first, locale), monthYear(span.last, locale));
  return {
    name: 'exchanges',
    title,
    description,
    fields: [
      text('event_id', about.event_id, true),
      date('start', about.start, true),
      date('end', about.end),
      oneOf('kind', about.kind, EXCHANGE_KINDS),
      oneOf('direction', about.direction, DIRECTIONS),
      text('label', about.label, true),
      text('who', about.who, true),
      text('role', about.role),
      text('place', about.place, true),
      text('summary', about.summary, true),
      text('uncertainty', about.uncertainty),
      ...sourceFields(words),
    ],
    rows: byDate(exchanges, (e) => e.data.start).map(({ id, data: e }) => ({
      event_id: id,
      start: e.start,
      end: e.end ?? null,
      kind: e.kind,
      direction: e.direction,
      label: e.label,
      who: e.who,
      role: e.role ?? null,
      place: e.place,
      summary: e.summary,
      uncertainty: e.uncertainty ?? null,
      ...sourceColumns(e.sources),
    })),
  };
}

function flows({ flows, denials }: DatasetInput, sourceColumns: SourceColumns, words: DownloadWords): Dataset {
  const denial = new Map(denials.map((d) => [d.id, d.data]));
  const { title, description, fields: about } = words.tables.flows;
  const country = words.countries;
  return {
    name: 'flows',
    title,
    description,
    fields: [
      text('flow_id', about.flow_id, true),
      oneOf('from', about.from, Object.values(country)),
      oneOf('to', about.to, Object.values(country)),
      oneOf('category', about.category, FLOW_CATEGORIES),
      text('what', about.what, true),
      text('amount', about.amount),
      { name: 'value', type: 'number', description: about.value },
      { name: 'unit', type: 'string', description: about.unit, constraints: { enum: [...UNITS] } },
      text('equivalent', about.equivalent),
      text('claimant', about.claimant, true),
      date('claim_date', about.claim_date, true),
      oneOf('status', about.status, FLOW_STATUSES),
      { name: 'denial_ids', type: 'list', delimiter: LIST_DELIMITER, description: about.denial_ids },
      text('denied_by', about.denied_by),
      ...sourceFields(words),
    ],
    rows: byDate(flows, (f) => f.data.claimDate).map(({ id, data: f }) => ({
      flow_id: id,
      from: country[f.from],
      to: country[f.to],
      category: f.category,
      what: f.what,
      amount: f.amount ?? null,
      value: f.value ?? null,
      unit: f.unit ?? null,
      equivalent: f.equivalent?.text ?? null,
      claimant: f.claimedBy.join('; '),
      claim_date: f.claimDate,
      status: f.status,
      denial_ids: f.deniedBy,
      denied_by: f.deniedBy.map((d) => `${denial.get(d)?.who ?? d} (${denial.get(d)?.date ?? '?'})`).join('; ') || null,
      ...sourceColumns(f.sources),
    })),
  };
}

function denials({ denials }: DatasetInput, sourceColumns: SourceColumns, words: DownloadWords): Dataset {
  const { title, description, fields: about } = words.tables.denials;
  const country = words.countries;
  return {
    name: 'denials',
    title,
    description,
    fields: [
      text('denial_id', about.denial_id, true),
      date('date', about.date, true),
      text('who', about.who, true),
      text('role', about.role, true),
      oneOf('side', about.side, Object.values(country)),
      text('quote', about.quote, true),
      ...sourceFields(words),
    ],
    rows: byDate(denials, (d) => d.data.date).map(({ id, data: d }) => ({ denial_id: id, date: d.date, who: d.who, role: d.role, side: country[d.side], quote: d.quote, ...sourceColumns(d.sources) })),
  };
}

function sources({ sources }: DatasetInput, words: DownloadWords): Dataset {
  const { title, description, fields: about } = words.tables.sources;
  return {
    name: 'sources',
    title,
    description,
    fields: [
      text('source_id', about.source_id, true),
      text('publisher', about.publisher, true),
      text('title', about.title, true),
      date('date', about.date, true),
      text('url', about.url),
      text('note', about.note),
    ],
    rows: byDate(sources, (s) => s.data.date).map(({ id, data: s }) => ({ source_id: id, publisher: s.publisher, title: s.title, date: s.date, url: s.url ?? null, note: s.note ?? null })),
  };
}
