/**
 * Every content schema: the one place a data shape is declared. `content.config.ts` makes the
 * collections from them; the rest of the code takes its types from them (`z.output`), so no
 * data shape is written twice. Cross-references between collections (source ids, step ids,
 * chapter periods) are checked after loading by `src/lib/validate.ts`, which names file, entry and field.
 */
import { z } from 'astro/zod';
import { CHART_NAMES } from '../charts/names';
import { COUNTRIES, DIRECTIONS, EXCHANGE_KINDS, FLOW_CATEGORIES, FLOW_STATUSES, PLACE_KINDS, RANKS, SIDES, SURFACES, UNITS } from './vocabulary';

/** A calendar date written YYYY-MM-DD. YAML may hand us a Date; we keep the plain string. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'not a real calendar date'),
);

/**
 * An entry's text in another edition: its reader-facing fields under the same names, e.g.
 * `ko: { label: "…", summary: "…" }`. Which fields need it is checked in translations.ts.
 */
const translations = z.record(z.string(), z.unknown()).optional();

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like "shoigu-2023"');
/** One or more source ids; each must exist in sources.yaml (checked in validate.ts). */
const sourceIds = z.array(slug).min(1, 'every fact needs at least one source');

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: isoDate,
  url: z.url().optional(),
  /** Mirror, wire copy, or other caveat shown beside the source. */
  note: z.string().optional(),
  ko: translations,
});

export const placeSchema = z.object({
  name: z.string().min(1),
  /** The name in Hangul, Cyrillic, Japanese or Chinese script. */
  local: z.string().optional(),
  country: z.enum(COUNTRIES),
  kind: z.enum(PLACE_KINDS),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** What the coordinates stand for when they are not exact (a city centre for an undisclosed site, say). */
  precision: z.string().optional(),
  sources: sourceIds,
  ko: translations,
});

/** One figure about a launch, as claimed by the party named: a distance, where it came down, what it was. */
const launchClaim = z.object({
  id: slug,
  claimedBy: z.string().min(1),
  /** The claimant as the map names it, e.g. "JCS". */
  by: z.string().min(1).max(24),
  /** The claim as the map words it, e.g. "about 400 km". */
  label: z.string().min(1).max(48),
  /** A shorter wording for small screens, e.g. "on land". */
  short: z.string().min(1).max(24).optional(),
  /** The claim in full, in our own words, for the data table and the chart's description. */
  what: z.string().min(1),
  sources: sourceIds,
  ko: translations,
});

/** A missile launch drawn on the range map; every figure on it is a claim with its sources. */
export const launchSchema = z.object({
  date: isoDate,
  /** Local time (KST) as first reported, HH:MM. */
  time: z.string().regex(/^\d{2}:\d{2}$/, 'expected a time written HH:MM'),
  timeNote: z.string().optional(),
  /** Place id (places.yaml) of the launch area. */
  from: slug,
  fromNote: z.string().optional(),
  /** The direction as reported, in words. */
  direction: z.string().min(1),
  /** Place id the flight is drawn toward, when a point is known or derived. */
  toward: slug.optional(),
  /** The first is the distance flown, drawn as the flight; any others are drawn as ticks across it. */
  distances: z.array(launchClaim.extend({ km: z.number().positive() })).min(1),
  landings: z
    .array(launchClaim.extend({ date: isoDate, surface: z.enum(SURFACES), /** Place id, when the landing is drawn at a point. */ place: slug.optional() }))
    .default([]),
  claims: z.array(launchClaim).default([]),
  ko: translations,
});

export const exchangeSchema = z.object({
  start: isoDate,
  end: isoDate.optional(),
  /** A visit between the two countries, a missile launch, a parliament session, or related context. */
  kind: z.enum(EXCHANGE_KINDS),
  /** Who travelled to whom; "none" for events that are not visits. */
  direction: z.enum(DIRECTIONS),
  /** Short label for the chart, e.g. "Shoigu in Pyongyang". */
  label: z.string().min(1).max(40),
  who: z.string().min(1),
  /** The traveller's office at the time, e.g. "Russian defence minister". */
  role: z.string().optional(),
  rank: z.enum(RANKS),
  place: z.string().min(1),
  /** One or two sentences in our own words. */
  summary: z.string().min(1),
  /** Where sources differ or a date is approximate. */
  uncertainty: z.string().optional(),
  sources: sourceIds,
  ko: translations,
});

export const denialSchema = z.object({
  date: isoDate,
  who: z.string().min(1),
  role: z.string().min(1),
  side: z.enum(SIDES),
  /** A short quotation, exactly as reported. */
  quote: z.string().min(1),
  sources: sourceIds,
  ko: translations,
});

export const flowSchema = z.object({
  from: z.enum(SIDES),
  to: z.enum(SIDES),
  /** What kind of thing moves; one lane per category in the flow diagram. */
  category: z.enum(FLOW_CATEGORIES),
  what: z.string().min(1),
  /** The amount exactly as the claimant stated it, with its unit. */
  amount: z.string().optional(),
  /** A number for the amount where one is stated, and its unit. Units are never compared with each other. */
  value: z.number().positive().optional(),
  unit: z.enum(UNITS).optional(),
  claimedBy: z.array(z.string().min(1)).min(1, 'every flow names who claims it'),
  /** Who claims it, short enough for a chart label, e.g. "South Korea's defence minister". */
  claimant: z.string().min(1).max(34).optional(),
  /** The shortest form, for tight spots such as a dot in a small chart, e.g. "Seoul (NIS)". */
  claimantShort: z.string().min(1).max(18).optional(),
  /** The claimant's own conversion of the amount into another unit (containers into 152mm rounds, say). */
  equivalent: z
    .object({
      value: z.number().positive(),
      unit: z.enum(UNITS),
      /** The conversion as stated, e.g. "up to about 3 million 152mm rounds". */
      text: z.string().min(1),
    })
    .optional(),
  claimDate: isoDate,
  /** Denial ids from denials.yaml. */
  deniedBy: z.array(slug).default([]),
  status: z.enum(FLOW_STATUSES).default('claimed'),
  sources: sourceIds,
  ko: translations,
});

export const glossarySchema = z.object({
  term: z.string().min(1),
  /** The long form of an abbreviation. */
  expansion: z.string().optional(),
  definition: z.string().min(1),
  /** Required when the definition states a number, a date or a quotation (checked in validate.ts). */
  sources: z.array(slug).default([]),
  ko: translations,
});

export const personSchema = z.object({
  name: z.string().min(1),
  /** The name in the person's own script. */
  local: z.string().min(1),
  /** BCP 47 language of `local`, so screen readers pronounce it right. */
  lang: z.enum(['ko', 'ru', 'uk', 'ja', 'zh']),
  role: z.string().min(1),
  sources: sourceIds,
  ko: translations,
});

/**
 * A discussion question: plain text, or `{ q, sources }` when it states a fact. A question that
 * states a number, a date or a quotation must name its sources (checked in validate.ts).
 */
const question = z.union([
  z.string().min(1).transform((q) => ({ q, sources: [] as string[] })),
  z.object({ q: z.string().min(1), sources: z.array(slug).default([]) }),
]);

/** Discussion questions for one chapter (the entry id is the chapter's file name). */
export const classroomSchema = z.object({
  questions: z.array(question).min(2, 'give each chapter at least two discussion questions'),
  ko: translations,
});

/**
 * One entry of "What changed", as newsrooms keep it. A correction says what the page got wrong
 * and what is right; an update adds or clarifies without anything having been wrong.
 * `at` is where the change shows a note: a step id, a chapter id, or one of the page's other
 * sections (`summary`, `classroom`, `glossary`, `sources`); a first-publication entry has none.
 */
const changeBase = { date: isoDate, at: slug.optional(), sources: z.array(slug).default([]), ko: translations };
export const updateSchema = z.discriminatedUnion('kind', [
  z.object({
    ...changeBase,
    kind: z.literal('correction'),
    /** What the page said, in brief. */
    was: z.string().min(1),
    /** What is right, in brief; the note at the place quotes this. */
    now: z.string().min(1),
  }),
  z.object({
    ...changeBase,
    kind: z.literal('update'),
    text: z.string().min(1),
  }),
]);

/**
 * One step of a chapter's chart: its id (the permalink), its takeaway with the sources behind it,
 * and the chart's parameters for it. A takeaway that states a number, a date or a quotation must
 * name its sources (checked in validate.ts).
 */
export const stepSchema = z
  .object({ id: slug, takeaway: z.string().min(1).optional(), sources: z.array(slug).default([]) })
  .catchall(z.unknown());

/** A chapter's edition in another language (content/<locale>/story/): its title, and each step's takeaway by id; the chart's parameters stay in the English file. */
/**
 * A chapter in another edition: its title and kicker, and for each step the words the English
 * step table gives its chart (the takeaway; an annotation's text; a frame's label and note), laid
 * over the English rows by src/lib/content.ts. Everything else about a step stays in the English table.
 */
export const chapterEditionSchema = z.object({
  title: z.string().min(1),
  kicker: z.string().optional(),
  steps: z
    .array(
      z.strictObject({
        id: slug,
        takeaway: z.string().min(1).optional(),
        annotations: z.array(z.strictObject({ text: z.string().min(1) })).optional(),
        frame: z.strictObject({ label: z.string().min(1), note: z.string().min(1) }).optional(),
      }),
    )
    .default([]),
});

export const chapterSchema = z.object({
  title: z.string().min(1),
  kicker: z.string().optional(),
  order: z.number().int(),
  /** The chart beside the prose, or none for a prose chapter. */
  chart: z.enum([...CHART_NAMES, 'none']),
  /** The dates this chapter covers; every dated row its chart draws must fall inside. */
  period: z.object({ start: isoDate, end: isoDate }).optional(),
  /** The chart's state table: one row per `<Step id>` in the body, in reading order. */
  steps: z.array(stepSchema).default([]),
});

export type SourceData = z.output<typeof sourceSchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type LaunchData = z.output<typeof launchSchema>;
export type ExchangeData = z.output<typeof exchangeSchema>;
export type DenialData = z.output<typeof denialSchema>;
export type FlowData = z.output<typeof flowSchema>;
export type UpdateData = z.output<typeof updateSchema>;
