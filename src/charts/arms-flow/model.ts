/**
 * The flow diagram's model: every dated claim joined to its sources and denials, grouped into
 * one lane per category, plus the shell estimates in rounds. Pure; never mutates its input.
 *
 * The flows, denials and sources come in one edition's words (`storyContent(locale)`); the model
 * keeps its `locale`, so the layout, here or in the browser, labels it in the same words.
 *
 *   armsFlowModel(flows, denials, sources)
 *   -> { locale: 'en', claims: [...26], lanes: [{ category: 'shells', from: 'kp', to: 'ru', headline: 'kp-ru-shells-2024-06-14', ... }, ...],
 *        denials: [...], shellEstimates: [{ date: '2023-11-01', value: 1000000, qualifier: 'more than', ... }, ...] }
 */
import { dateRange, dateSpan } from '../../lib/dates';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import { WORDS, type Qualifier } from './words';
import type { SourceData } from '../sources';
import type { Category, Side, Unit } from '../../lib/vocabulary';
import type { DenialData, FlowData } from '../../lib/schemas';

export type { Category, Side, Status, Unit } from '../../lib/vocabulary';
export type { DenialData, FlowData } from '../../lib/schemas';

export type { SourceData };

export interface Claim extends Omit<FlowData, 'claimant' | 'claimantShort'> {
  id: string;
  /** "Jun 14, 2024"; "2024년 6월 14일" */
  dateText: string;
  /** Who claims it, for a label. */
  claimant: string;
  claimantShort: string;
  sourceNames: string[];
}

export interface Denial extends DenialData {
  id: string;
  dateText: string;
  sourceNames: string[];
}

/** How a lane is drawn: solid for claims and the record, dashed for uncertain or undelivered. */
export type LaneStatus = 'claimed' | 'on-record' | 'uncertain' | 'sought';

export interface Lane {
  category: Category;
  from: Side;
  to: Side;
  /** "Artillery shells" */
  name: string;
  /** "Shells", for narrow screens */
  shortName: string;
  /** The unit the lane's headline amount is stated in, if any. */
  unit?: Unit;
  status: LaneStatus;
  /** The claim whose amount labels the lane: the latest with a number in the lane's unit, else the latest with an amount, else the latest. */
  headline: string;
  /** Claim ids, oldest first. */
  claims: string[];
  /** Denial ids named by any of the lane's claims, oldest first. */
  deniedBy: string[];
}

/** One shell estimate for the inset, in rounds (stated, or converted from containers by the claimant). */
export interface ShellEstimate {
  claim: string;
  date: string;
  value: number;
  /** The bound the claimant put on it. */
  qualifier: Qualifier;
  /** True when the claimant converted containers into rounds. */
  converted: boolean;
  /** The figure as stated: "possibly up to 4.8 million shells". */
  text: string;
  claimant: string;
  claimantShort: string;
}

export interface ArmsFlowModel {
  /** The edition the model's words are in; the layout labels it in the same. */
  locale: Locale;
  claims: Claim[];
  denials: Denial[];
  lanes: Lane[];
  shellEstimates: ShellEstimate[];
  /** The first and last dates of the claims and denials drawn (YYYY-MM-DD): the span the title and table name. */
  span: { first: string; last: string };
}

/** Every lane, in drawing order: North Korea's exports first, then what Russia sends back (names in English; each edition's in words.ts). */
export const LANE_DEFS: ReadonlyArray<{ category: Category; name: string; shortName: string; unit?: Unit }> = (
  [
    { category: 'shells', unit: 'rounds' },
    { category: 'munitions', unit: 'containers' },
    { category: 'missiles', unit: 'missiles' },
    { category: 'food', unit: 'containers' },
    { category: 'oil', unit: 'barrels' },
    { category: 'raw-materials' },
    { category: 'technology' },
    { category: 'weapons-sought' },
    { category: 'diplomatic-cover', unit: 'vetoes' },
  ] as Array<{ category: Category; unit?: Unit }>
).map((d) => ({ category: d.category, ...WORDS.en.lanes[d.category], ...(d.unit ? { unit: d.unit } : {}) }));

export const CATEGORIES: Category[] = LANE_DEFS.map((d) => d.category);

/** How each edition's amounts state a bound, tried in this order (an upper bound first: "up to about 3 million" is 'up to'). */
const QUALIFIERS: Array<[Exclude<Qualifier, ''>, RegExp]> = [
  ['up to', /\bup to\b|최대/],
  ['more than', /\b(more than|over|at least)\b|이상|넘는|넘게/],
  ['about', /\b(about|around|some|roughly)\b|(^|\s)약 |가량|안팎/],
];

/** "more than 1 million rounds" -> 'more than'; "possibly up to 4.8 million shells" -> 'up to'; "최대 480만 발에 이를 가능성" -> 'up to'. */
export function qualifierOf(text: string): Qualifier {
  const t = text.toLowerCase();
  return QUALIFIERS.find(([, pattern]) => pattern.test(t))?.[0] ?? '';
}

/** The claimant's name for a label: the short field if the data has one, else the first claimant before any bracket. */
const claimantOf = (f: FlowData) => f.claimant ?? f.claimedBy[0]!.replace(/\s*\(.*$/, '');

/** Joins flows and denials to their sources' publishers and builds the lanes and the shell series, in the edition `locale` (the rows' words must be in it). */
export function armsFlowModel(
  flows: ReadonlyArray<{ id: string; data: FlowData }>,
  denialRows: ReadonlyArray<{ id: string; data: DenialData }>,
  sources: ReadonlyMap<string, SourceData>,
  locale: Locale = DEFAULT_LOCALE,
): ArmsFlowModel {
  const publishers = (ids: string[]) => [...new Set(ids.map((s) => sources.get(s)?.publisher ?? s))];
  const byDate = <T extends { id: string }>(date: (x: T) => string) => (a: T, b: T) => date(a).localeCompare(date(b)) || a.id.localeCompare(b.id);

  const claims: Claim[] = flows
    .map(({ id, data }) => {
      const claimant = claimantOf(data);
      return {
        ...data,
        claimedBy: [...data.claimedBy],
        deniedBy: [...(data.deniedBy ?? [])],
        sources: [...data.sources],
        ...(data.equivalent ? { equivalent: { ...data.equivalent } } : {}),
        id,
        dateText: dateRange(data.claimDate, undefined, locale),
        claimant,
        claimantShort: data.claimantShort ?? claimant,
        sourceNames: publishers(data.sources),
      };
    })
    .sort(byDate((c) => c.claimDate));

  const denials: Denial[] = denialRows
    .map(({ id, data }) => ({ ...data, sources: [...data.sources], id, dateText: dateRange(data.date, undefined, locale), sourceNames: publishers(data.sources) }))
    .sort(byDate((d) => d.date));
  const denialOrder = new Map(denials.map((d, i) => [d.id, i]));

  const lanes: Lane[] = [];
  for (const def of LANE_DEFS) {
    const own = claims.filter((c) => c.category === def.category);
    if (own.length === 0) continue;
    const first = own[0]!;
    const mixed = own.find((c) => c.from !== first.from || c.to !== first.to);
    if (mixed) throw new Error(`flows.yaml: entry "${mixed.id}" runs ${mixed.from}→${mixed.to}, but other "${def.category}" flows run ${first.from}→${first.to}`);
    const latest = (list: Claim[]) => list[list.length - 1];
    const headline =
      latest(own.filter((c) => c.value !== undefined && c.unit === def.unit)) ?? latest(own.filter((c) => c.amount)) ?? latest(own)!;
    const statuses = new Set(own.map((c) => c.status));
    const status: LaneStatus =
      def.category === 'weapons-sought'
        ? 'sought'
        : statuses.size === 1 && statuses.has('on-record')
          ? 'on-record'
          : statuses.size === 1 && statuses.has('uncertain')
            ? 'uncertain'
            : 'claimed';
    const deniedBy = [...new Set(own.flatMap((c) => c.deniedBy))].sort((a, b) => (denialOrder.get(a) ?? 1e9) - (denialOrder.get(b) ?? 1e9));
    lanes.push({ ...def, ...WORDS[locale].lanes[def.category], from: first.from, to: first.to, status, headline: headline.id, claims: own.map((c) => c.id), deniedBy });
  }

  const shellEstimates: ShellEstimate[] = claims.flatMap((c): ShellEstimate[] => {
    if (c.category !== 'shells' && c.category !== 'munitions') return [];
    const base = { claim: c.id, date: c.claimDate, claimant: c.claimant, claimantShort: c.claimantShort };
    if (c.unit === 'rounds' && c.value !== undefined) {
      return [{ ...base, value: c.value, qualifier: qualifierOf(c.amount ?? ''), converted: false, text: c.amount ?? '' }];
    }
    if (c.equivalent?.unit === 'rounds') {
      return [{ ...base, value: c.equivalent.value, qualifier: qualifierOf(c.equivalent.text), converted: true, text: c.equivalent.text }];
    }
    return [];
  });

  // The span comes from the rows: a new claim moves the title's years, not an edit of the words.
  const span = dateSpan([...claims.map((c) => c.claimDate), ...denials.map((d) => d.date)]);
  return { locale, claims, denials, lanes, shellEstimates, span };
}

/** The model without what only the build needs (long descriptions, full claimant lists, source ids), for the page's JSON. */
export function clientModel(model: ArmsFlowModel): ArmsFlowModel {
  return {
    ...model,
    claims: model.claims.map(({ what: _w, claimedBy: _c, sources: _s, sourceNames: _n, ...rest }) => ({ ...rest, what: '', claimedBy: [], sources: [], sourceNames: [] })),
    denials: model.denials.map(({ role: _r, sources: _s, ...rest }) => ({ ...rest, role: '', sources: [] })),
  };
}
