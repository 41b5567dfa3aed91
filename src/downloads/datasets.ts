/**
 * The story's data as tidy tables a reader can take away: one row per claim, trip, flow, denial,
 * place or source, each row with its sources' ids, publishers, dates and addresses. The CSV and
 * JSON files, the Data Package descriptor and the /data/ page are all made from these tables, and
 * each field's description says what its values mean and, for a distance, how it was computed.
 *
 * Pure: it takes the content's rows ({ id, data }, as Astro's loaders give them), so unit tests
 * can feed it the YAML files directly.
 */
import type { DenialData, ExchangeData, FlowData, LaunchData, PlaceData, SourceData } from '../lib/schemas';
import { distanceKm } from '../charts/range-arc/geo';
import { DIRECTIONS, EXCHANGE_KINDS, FLOW_CATEGORIES, FLOW_STATUSES, PLACE_KINDS, SURFACES, UNITS } from '../lib/vocabulary';

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

const SOURCE_FIELDS: Field[] = [
  { name: 'source_ids', type: 'list', delimiter: LIST_DELIMITER, description: 'The sources behind this row (ids in the sources table), separated by "|".', constraints: { required: true } },
  { name: 'source_publishers', type: 'list', delimiter: LIST_DELIMITER, description: 'Each source\'s publisher, in the order of source_ids.' },
  { name: 'source_dates', type: 'list', delimiter: LIST_DELIMITER, description: 'Each source\'s date of publication (YYYY-MM-DD), in the order of source_ids.' },
  { name: 'source_urls', type: 'list', delimiter: LIST_DELIMITER, description: 'Each source\'s address, in the order of source_ids; empty where none is known.' },
];

const text = (name: string, description: string, required = false): Field => ({ name, type: 'string', description, ...(required ? { constraints: { required } } : {}) });
const date = (name: string, description: string, required = false): Field => ({ name, type: 'date', description, ...(required ? { constraints: { required } } : {}) });
const oneOf = (name: string, description: string, values: readonly string[]): Field => ({ name, type: 'string', description, constraints: { required: true, enum: [...values] } });

/** How the distances in the places table were computed. */
export const DISTANCE_METHOD =
  'Great-circle distance on a sphere of radius 6,371.0088 km (the mean Earth radius), computed by us with d3-geo from the coordinates in this table.';

/** Every table of the story, in the order the /data/ page lists them. */
export function datasets(input: DatasetInput): Dataset[] {
  const sourceColumns = sourceColumnsFor(input.sources);
  return [launchClaims(input, sourceColumns), places(input, sourceColumns), exchanges(input, sourceColumns), flows(input, sourceColumns), denials(input, sourceColumns), sources(input)];
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

function launchClaims({ launches, places }: DatasetInput, sourceColumns: SourceColumns): Dataset {
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
      ...l.distances.map((d) => claim('distance', d, { distance_km: d.km, distance_method: `As stated by ${d.claimedBy}; not measured by us.` })),
      ...l.landings.map((d) => claim('landing', d, { landing_surface: d.surface, landing_reported: d.date })),
      ...l.claims.map((d) => claim('weapon', d, {})),
    ];
  });
  return {
    name: 'launch-claims',
    title: 'Claims about the September 2024 launches',
    description:
      'Every figure the range map draws for the launches of Sept 12 and Sept 18, 2024: how far the missiles flew, where they came down and what they were, one row per claim, each with the party that made it. Where parties disagree, each claim is its own row.',
    fields: [
      text('launch_id', 'The launch this claim is about.', true),
      date('launch_date', 'The launch date (Korea Standard Time).', true),
      text('launch_time_kst', 'Local time (KST, UTC+9) of the launch as first reported, HH:MM.', true),
      text('launch_area', 'The area named as the launch site.', true),
      text('launch_area_note', 'What is and is not known about the launch site.'),
      text('claim_id', 'The claim, unique within its launch.', true),
      oneOf('claim_kind', 'distance: how far the missiles flew; landing: where they came down; weapon: what was fired.', ['distance', 'landing', 'weapon']),
      text('claimed_by', 'Who made the claim.', true),
      text('claim', 'The claim in full, in our words.', true),
      { name: 'distance_km', type: 'number', unit: 'km', description: 'For a distance claim: the distance as claimed.' },
      text('distance_method', 'How distance_km was obtained.'),
      { name: 'landing_surface', type: 'string', description: 'For a landing claim: sea or land.', constraints: { enum: [...SURFACES] } },
      date('landing_reported', 'For a landing claim: the date the claim was made.'),
      ...SOURCE_FIELDS,
    ],
    rows,
  };
}

function places({ places, launches }: DatasetInput, sourceColumns: SourceColumns): Dataset {
  // Distances are measured from the launch site of Sept 18 (the story's launch, the map's centre).
  const main = launches.find((l) => l.id === 'launch-2024-09-18') ?? launches[0];
  const origin = places.find((p) => p.id === main?.data.from)?.data;
  return {
    name: 'places',
    title: 'Places on the map',
    description: `Every place the range map can draw, with its coordinates, what they stand for, and its distance from ${origin?.name ?? 'the launch area'}.`,
    fields: [
      text('place_id', 'The place.', true),
      text('name', 'Its name in English.', true),
      text('local_name', 'Its name in its own script (Hangul, Cyrillic, Japanese or Chinese).'),
      text('country', 'ISO 3166-1 alpha-2 code of the country it is in.', true),
      oneOf('kind', 'What the place is on the map.', PLACE_KINDS),
      { name: 'lat', type: 'number', unit: 'degrees', description: 'Latitude, WGS 84.', constraints: { required: true } },
      { name: 'lon', type: 'number', unit: 'degrees', description: 'Longitude, WGS 84.', constraints: { required: true } },
      text('precision', 'What the coordinates stand for when they are not an exact, published location.'),
      { name: 'distance_from_launch_km', type: 'number', unit: 'km', description: `Distance from ${origin?.name ?? 'the launch area'}, the launch area of Sept 18, 2024, rounded to 1 km.`, constraints: { required: true } },
      text('distance_method', 'How distance_from_launch_km was computed.', true),
      ...SOURCE_FIELDS,
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
      distance_method: DISTANCE_METHOD,
      ...sourceColumns(p.sources),
    })),
  };
}

function exchanges({ exchanges }: DatasetInput, sourceColumns: SourceColumns): Dataset {
  return {
    name: 'exchanges',
    title: 'Exchanges between Moscow and Pyongyang',
    description: 'The visits, launches and sessions the timeline draws, July 2023 to October 2024, one row per event.',
    fields: [
      text('event_id', 'The event.', true),
      date('start', 'The first day.', true),
      date('end', 'The last day, for events of more than one day.'),
      oneOf('kind', 'visit: a trip between the two countries; launch: a missile launch; session: the Supreme People\'s Assembly; context: a related event.', EXCHANGE_KINDS),
      oneOf('direction', 'Who travelled to whom: ru-to-kp, kp-to-ru, or none for an event that is not a trip.', DIRECTIONS),
      text('label', 'The event as the timeline labels it.', true),
      text('who', 'Who travelled or acted.', true),
      text('role', 'Their office at the time.'),
      text('place', 'Where it happened.', true),
      text('summary', 'What happened, in our words.', true),
      text('uncertainty', 'Where sources differ or a date is approximate.'),
      ...SOURCE_FIELDS,
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

const COUNTRY = { kp: 'North Korea', ru: 'Russia' } as const;

function flows({ flows, denials }: DatasetInput, sourceColumns: SourceColumns): Dataset {
  const denial = new Map(denials.map((d) => [d.id, d.data]));
  return {
    name: 'flows',
    title: 'Arms and aid: who claims what',
    description:
      'Every claim of arms, aid or cover moving between North Korea and Russia that the flow diagram draws, one row per dated claim. No amount has been independently audited; each is the claim of the party named, and the denials by Moscow and Pyongyang are listed with each row.',
    fields: [
      text('flow_id', 'The claim.', true),
      oneOf('from', 'Where it is said to come from: North Korea or Russia.', Object.values(COUNTRY)),
      oneOf('to', 'Where it is said to go.', Object.values(COUNTRY)),
      oneOf('category', 'What kind of thing moves (one lane of the diagram).', FLOW_CATEGORIES),
      text('what', 'What is said to move, in our words.', true),
      text('amount', 'The amount exactly as the claimant stated it.'),
      { name: 'value', type: 'number', description: 'The amount as a number, where one was stated; in the unit of the unit column (units are never added together).' },
      { name: 'unit', type: 'string', description: 'The unit of value.', constraints: { enum: [...UNITS] } },
      text('equivalent', 'The claimant\'s own conversion of the amount into another unit, as stated.'),
      text('claimant', 'Who makes the claim.', true),
      date('claim_date', 'When the claim was made.', true),
      oneOf('status', 'claimed: an accusation; uncertain: reported, not confirmed; on-record: stated by the two governments themselves.', FLOW_STATUSES),
      { name: 'denial_ids', type: 'list', delimiter: LIST_DELIMITER, description: 'The denials of this claim (ids in the denials table).' },
      text('denied_by', 'Who denied it and when, e.g. "Dmitry Peskov (2023-10-17)"; the quotations are in the denials table.'),
      ...SOURCE_FIELDS,
    ],
    rows: byDate(flows, (f) => f.data.claimDate).map(({ id, data: f }) => ({
      flow_id: id,
      from: COUNTRY[f.from],
      to: COUNTRY[f.to],
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

function denials({ denials }: DatasetInput, sourceColumns: SourceColumns): Dataset {
  return {
    name: 'denials',
    title: 'Denials by Moscow and Pyongyang',
    description: 'Statements rejecting the arms-for-aid accusations, with the words as reported. The quotations are their speakers\' words, not ours, and are not covered by this package\'s licence.',
    fields: [
      text('denial_id', 'The statement.', true),
      date('date', 'When it was made.', true),
      text('who', 'Who made it.', true),
      text('role', 'Their office, and what they were answering.', true),
      oneOf('side', 'Which government spoke.', Object.values(COUNTRY)),
      text('quote', 'A short quotation exactly as the source reports it: the speaker\'s words, not ours.', true),
      ...SOURCE_FIELDS,
    ],
    rows: byDate(denials, (d) => d.data.date).map(({ id, data: d }) => ({ denial_id: id, date: d.date, who: d.who, role: d.role, side: COUNTRY[d.side], quote: d.quote, ...sourceColumns(d.sources) })),
  };
}

function sources({ sources }: DatasetInput): Dataset {
  return {
    name: 'sources',
    title: 'Sources',
    description: 'Every document the other tables and the story cite: who published it, its title, its date and its address.',
    fields: [
      text('source_id', 'The id the other tables cite.', true),
      text('publisher', 'Who published it.', true),
      text('title', 'Its headline, or a description of it where we do not quote the headline.', true),
      date('date', 'Its date of publication (or of the copy read, where the note says so).', true),
      text('url', 'Where to read it; empty where no address is known.'),
      text('note', 'Mirrors, wire copies and other caveats.'),
    ],
    rows: byDate(sources, (s) => s.data.date).map(({ id, data: s }) => ({ source_id: id, publisher: s.publisher, title: s.title, date: s.date, url: s.url ?? null, note: s.note ?? null })),
  };
}
