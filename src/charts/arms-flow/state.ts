/**
 * What the flow diagram shows at each step: a pure function of the step, with no memory of the
 * steps before it. The table is the `steps:` front matter of content/story/03-arms.mdx.
 *
 *   stateAt(steps, 'flow-aid') -> { lanes: ['shells', 'munitions', ..., 'diplomatic-cover'], focus: ['food', ...], claims: false, ... }
 *   stateAt(steps, 'nope')     -> BLANK (the two countries, no flows)
 */
import { CATEGORIES, type Category } from './model';

export interface Annotation {
  lane: Category;
  text: string;
  sources: string[];
}

export interface TreatyFrame {
  label: string;
  note: string;
  sources: string[];
}

/** One row of the chapter's steps table. */
export interface ArmsFlowStep {
  id: string;
  takeaway?: string;
  /** Lanes drawn: categories, or "all". */
  lanes?: Category[] | 'all';
  /** Lanes labelled in full (amount, claimant, date); the rest are drawn muted with a name only. */
  focus?: Category[] | 'all';
  /** A small chart inside the diagram. */
  inset?: 'shell-estimates';
  /** Tag every focused lane with who claims it and who denies it. */
  claims?: boolean;
  /** Denial ids from denials.yaml, shown as quoted cards, most important first (cards are dropped from the end when space is short). */
  denials?: string[];
  annotations?: Annotation[];
  /** A frame around both countries, with a label: the treaty. */
  frame?: TreatyFrame;
}

export interface ArmsFlowState {
  stepId: string | null;
  takeaway: string;
  /** In drawing order (LANE_DEFS), whatever order the step lists them in. */
  lanes: Category[];
  focus: Category[];
  inset: 'shell-estimates' | null;
  claims: boolean;
  denials: string[];
  annotations: Annotation[];
  frame: TreatyFrame | null;
}

/** The state before any step: both countries, nothing flowing. */
export const BLANK: ArmsFlowState = {
  stepId: null,
  takeaway: '',
  lanes: [],
  focus: [],
  inset: null,
  claims: false,
  denials: [],
  annotations: [],
  frame: null,
};

const pick = (list: Category[] | 'all' | undefined, within: Category[]): Category[] =>
  list === 'all' ? within : within.filter((c) => (list ?? []).includes(c));

/** The chart's state at `stepId`; an unknown or missing step gives the blank state. Progress through a step changes nothing. */
export function stateAt(steps: ReadonlyArray<ArmsFlowStep>, stepId: string | null, _progress = 0): ArmsFlowState {
  const step = steps.find((s) => s.id === stepId);
  if (!step) return BLANK;
  const lanes = pick(step.lanes, CATEGORIES);
  return {
    stepId: step.id,
    takeaway: step.takeaway ?? '',
    lanes,
    focus: pick(step.focus, lanes),
    inset: step.inset ?? null,
    claims: step.claims ?? false,
    denials: [...(step.denials ?? [])],
    annotations: (step.annotations ?? []).filter((a) => lanes.includes(a.lane)).map((a) => ({ ...a, sources: [...a.sources] })),
    frame: step.frame ? { ...step.frame, sources: [...step.frame.sources] } : null,
  };
}

