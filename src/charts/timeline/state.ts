/**
 * What the timeline shows at each step: a pure function of the step, with no memory of the
 * steps before it. The table comes from the chapter's front matter.
 *
 *   stateAt(steps, 'envoy-september') -> { view: 'september', highlight: ['shoigu-2024'], ... }
 */
export type TimelineView = 'full' | 'september';

export interface TimelineStep {
  id: string;
  /** The span of time on the axis. */
  view?: TimelineView;
  /** Exchange ids to bring forward and label. */
  highlight?: string[];
  /** The one sentence a reader should take from this step. */
  takeaway?: string;
}

export interface TimelineState {
  stepId: string | null;
  view: TimelineView;
  highlight: string[];
  takeaway: string;
}

/** The state before any step: the whole period, nothing singled out. */
export const BLANK: TimelineState = { stepId: null, view: 'full', highlight: [], takeaway: '' };

/** The chart's state at `stepId`; an unknown or missing step gives the blank state. */
export function stateAt(steps: TimelineStep[], stepId: string | null): TimelineState {
  const step = steps.find((s) => s.id === stepId);
  if (!step) return BLANK;
  return {
    ...BLANK,
    stepId: step.id,
    view: step.view ?? BLANK.view,
    highlight: step.highlight ?? [],
    takeaway: step.takeaway ?? '',
  };
}

/** The date span each view puts on the axis, inclusive. */
export const VIEW_DOMAINS: Record<TimelineView, [string, string]> = {
  full: ['2023-07-01', '2024-10-31'],
  september: ['2024-09-09', '2024-10-11'],
};
