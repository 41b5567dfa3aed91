/**
 * The flow diagram's model: every dated claim joined to its sources and denials, grouped into
 * one lane per category, plus the shell estimates in rounds. Pure; never mutates its input.
 *
 *   armsFlowModel(flows, denials, sources)
 *   -> { claims: [...26], lanes: [{ category: 'shells', from: 'kp', to: 'ru', headline: 'kp-ru-shells-2024-06-14', ... }, ...],
 *        denials: [...], shellEstimates: [{ date: '2023-11-01', value: 1000000, qualifier: 'more than', ... }, ...] }
 */
import { dateRange } from '../../lib/dates';
import type { SourceData } from '../sources';
import type { Category, Side, Unit } from '../../lib/vocabulary';
import type { DenialData, FlowData } from '../../lib/schemas';

export type { Category, Side, Status, Unit } from '../../lib/vocabulary';
export type { DenialData, FlowData } from '../../lib/schemas';

export type { SourceData };

export interface Claim extends Omit<FlowData, 'claimant' | 'claimantShort'> {
  id: string;
  /** "Jun 14, 2024" */
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
  qualifier: 'more than' | 'about' | 'up to' | '';
  /** True when the claimant converted containers into rounds. */
  converted: boolean;
  /** The figure as stated: "possibly up to 4.8 million shells". */
  text: string;
  claimant: string;
  claimantShort: string;
}

export interface ArmsFlowModel {
  claims: Claim[];
  denials: Denial[];
  lanes: Lane[];
  shellEstimates: ShellEstimate[];
}

/** Every lane, in drawing order: North Korea's exports first, then what Russia sends back. */
export const LANE_DEFS: ReadonlyArray<{ category: Category; name: string; shortName: string; unit?: Unit }> = [
  { category: 'shells', name: 'Artillery shells', shortName: 'Shells', unit: 'rounds' },
  { category: 'munitions', name: 'Containers of munitions', shortName: 'Containers', unit: 'containers' },
  { category: 'missiles', name: 'Ballistic missiles (Hwasong-11)', shortName: 'Missiles', unit: 'missiles' },
  { category: 'food', name: 'Food and other aid', shortName: 'Food, aid', unit: 'containers' },
  { category: 'oil', name: 'Refined oil', shortName: 'Oil', unit: 'barrels' },
  { category: 'raw-materials', name: 'Raw materials, weapons parts', shortName: 'Raw materials' },
  { category: 'technology', name: 'Satellite and weapons help', shortName: 'Weapons help' },
  { category: 'weapons-sought', name: 'Jets, air defences: sought', shortName: 'Arms sought' },
  { category: 'diplomatic-cover', name: 'UN veto: sanctions panel ended', shortName: 'UN veto', unit: 'vetoes' },
];

export const CATEGORIES: Category[] = LANE_DEFS.map((d) => d.category);

/** "more than 1 million rounds" -> 'more than'; "possibly up to 4.8 million shells" -> 'up to'. */
export function qualifierOf(text: string): ShellEstimate['qualifier'] {
  const t = text.toLowerCase();
  if (/\bup to\b/.test(t)) return 'up to';
  if (/\b(more than|over|at least)\b/.test(t)) return 'more than';
  if (/\b(about|around|some|roughly)\b/.test(t)) return 'about';
  return '';
}

/** The claimant's name for a label: the short field if the data has one, else the first claimant before any bracket. */
const claimantOf = (f: FlowData) => f.claimant ?? f.claimedBy[0]!.replace(/\s*\(.*$/, '');

/** Joins flows and denials to their sources' publishers and builds the lanes and the shell series. */
export function armsFlowModel(
  flows: ReadonlyArray<{ id: string; data: FlowData }>,
  denialRows: ReadonlyArray<{ id: string; data: DenialData }>,
  sources: ReadonlyMap<string, SourceData>,
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
        dateText: dateRange(data.claimDate),
        claimant,
        claimantShort: data.claimantShort ?? claimant,
        sourceNames: publishers(data.sources),
      };
    })
    .sort(byDate((c) => c.claimDate));

  const denials: Denial[] = denialRows
    .map(({ id, data }) => ({ ...data, sources: [...data.sources], id, dateText: dateRange(data.date), sourceNames: publishers(data.sources) }))
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
    lanes.push({ ...def, from: first.from, to: first.to, status, headline: headline.id, claims: own.map((c) => c.id), deniedBy });
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

  return { claims, denials, lanes, shellEstimates };
}

/** The model without what only the build needs (long descriptions, full claimant lists, source ids), for the page's JSON. */
export function clientModel(model: ArmsFlowModel): ArmsFlowModel {
  return {
    ...model,
    claims: model.claims.map(({ what: _w, claimedBy: _c, sources: _s, sourceNames: _n, ...rest }) => ({ ...rest, what: '', claimedBy: [], sources: [], sourceNames: [] })),
    denials: model.denials.map(({ role: _r, sources: _s, ...rest }) => ({ ...rest, role: '', sources: [] })),
  };
}
