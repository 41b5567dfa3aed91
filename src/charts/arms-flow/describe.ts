/**
 * The flow diagram in words: the phrases its labels are made of (who claims a lane, who denies
 * it, its amount, an estimate's figure) and the step as a whole, for `<desc>`. Pure; each takes
 * the edition's words, the layout's from the model's `locale`.
 *
 *   claimTag(shellClaims)            -> "Claimed by Seoul (NIS), Nov 2023; Kyiv (HUR), Jan 2024; …"
 *   claimTag(shellClaims, WORDS.ko)  -> "주장: 한국(국정원) 2023년 11월; 우크라이나(HUR) 2024년 1월; …"
 */
import { dateRange } from '../../lib/dates';
import type { ArmsFlowModel, Claim, Denial, Lane, ShellEstimate } from './model';
import type { ArmsFlowState } from './state';
import { WORDS, type ChartWords } from './words';

/** "Feb, Jun 2024" or "Dec 2023, Mar 2024": the months of several claims. */
export function monthsText(dates: string[], w: ChartWords = WORDS.en): string {
  return w.months([...new Set(dates.map((d) => d.slice(0, 7)))].sort());
}

/** "Claimed by Seoul (NIS), Nov 2023; Kyiv (HUR), Jan 2024; …" — every claimant of a lane with the months of their claims. */
export function claimTag(claims: Claim[], w: ChartWords = WORDS.en): string {
  const groups = new Map<string, string[]>();
  for (const c of claims) groups.set(c.claimantShort, [...(groups.get(c.claimantShort) ?? []), c.claimDate]);
  return w.claimTag([...groups].map(([who, dates]) => [who, monthsText(dates, w)]));
}

/** Who denies a lane, by capital; a lane on the record names the answer instead. */
export function denialTag(lane: Lane, denials: Denial[], w: ChartWords = WORDS.en): string {
  const own = lane.deniedBy.map((id) => denials.find((d) => d.id === id)).filter((d): d is Denial => !!d);
  if (lane.status === 'on-record') {
    const d = own[0];
    return d ? w.onRecordAnswer(d.who.split(' ').pop()!, d.dateText, d.quote) : w.onRecord;
  }
  if (own.length === 0) return w.noDenial;
  return w.deniedBy((['kp', 'ru'] as const).filter((s) => own.some((d) => d.side === s)).map((s) => w.capital[s]));
}

/** The lane's amount as its headline claim states it. */
export function amountText(lane: Lane, headline: Claim, w: ChartWords = WORDS.en): string {
  if (lane.status === 'sought') return w.sought;
  return headline.amount ?? w.noAmount;
}

/** An estimate's figure with its bound: "up to 4.8M". */
export const estimateValue = (e: ShellEstimate, w: ChartWords = WORDS.en): string => w.inset.value(e.qualifier, w.inset.millions(e.value));
/** Who gave an estimate and when: "Seoul (NIS), Nov 2023". */
export const estimateSource = (e: ShellEstimate, w: ChartWords = WORDS.en): string => w.inset.source(e.claimantShort, w.monthYear(e.date));

/** The step in words, for `<desc>`: every lane drawn with its amount, claimant and date, then the denials and the frame. */
export function describe(model: ArmsFlowModel, state: ArmsFlowState): string {
  const w = WORDS[model.locale];
  const claimById = new Map(model.claims.map((c) => [c.id, c]));
  const lanes = model.lanes.filter((l) => state.lanes.includes(l.category));
  const parts: string[] = [state.takeaway];
  if (lanes.length === 0) parts.push(w.desc.empty);
  for (const side of ['kp', 'ru'] as const) {
    const own = lanes.filter((l) => l.from === side);
    if (!own.length) continue;
    const items = own.map((l) => {
      const h = claimById.get(l.headline)!;
      return state.claims
        ? w.desc.claimsItem(l.name, claimTag(l.claims.map((id) => claimById.get(id)!), w), denialTag(l, model.denials, w))
        : w.desc.amountItem(l.name, amountText(l, h, w), h.claimant, h.dateText);
    });
    parts.push(w.desc.side(side, items));
  }
  if (state.inset === 'shell-estimates') {
    parts.push(w.desc.shells(model.shellEstimates.map((e) => w.desc.shellItem(e.text, e.claimant, dateRange(e.date, undefined, model.locale), e.converted))));
  }
  for (const a of state.annotations) parts.push(`${a.text}.`);
  const shown = state.denials.map((id) => model.denials.find((d) => d.id === id)).filter((d): d is Denial => !!d);
  if (shown.length) parts.push(w.desc.denials(shown.map((d) => w.desc.denialItem(d.who, d.dateText, d.quote))));
  if (state.frame) parts.push(w.desc.frame(state.frame.label, state.frame.note));
  parts.push(w.desc.widths);
  return parts.filter(Boolean).join(' ');
}
