/**
 * What the range map shows at each step: a pure function of the step (and, on the flight step,
 * of the scroll progress through it), with no memory of the steps before. The table comes from
 * the chapter's front matter.
 *
 *   stateAt(steps, 'arc-flight', 0.5)                         -> { flight: 0.5, readout: true, ... }
 *   stateAt(steps, 'arc-flight', 0.5, { wholeFlight: true }) -> { flight: 1, readout: true, ... }
 */

/** The layers of meaning a step can switch on. */
export const FEATURES = ['launch', 'flight', 'landing', 'ring', 'context'] as const;
export type Feature = (typeof FEATURES)[number];

export interface RangeArcStep {
  id: string;
  /** The one sentence a reader should take from this step. */
  takeaway?: string;
  /** What the step draws beyond the basemap. */
  show?: Feature[];
  /** Place ids to mark and name. The ring step names its cities itself, by distance. */
  places?: string[];
  /** `scroll`: the flight draws itself with the reader's progress through the step. */
  flight?: 'scroll' | 'whole';
}

export interface RangeArcState {
  stepId: string | null;
  takeaway: string;
  /** The launch area, with the time. */
  launch: boolean;
  /** Share of the flight drawn, 0 to 1; null when the flight is not shown. */
  flight: number | null;
  /** The distance counter that follows the flight as it draws. */
  readout: boolean;
  landing: boolean;
  ring: boolean;
  context: boolean;
  places: string[];
}

/** The state before any step, and of a step with no parameters: the basemap and its names. */
export const BLANK: RangeArcState = {
  stepId: null,
  takeaway: '',
  launch: false,
  flight: null,
  readout: false,
  landing: false,
  ring: false,
  context: false,
  places: [],
};

export interface StateOptions {
  /** Reduced motion: the flight appears whole at once instead of following the scroll. */
  wholeFlight?: boolean;
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** The map's state at `stepId` and `progress` (0–1 through the step); an unknown step gives the blank state. */
export function stateAt(steps: RangeArcStep[], stepId: string | null, progress = 0, options: StateOptions = {}): RangeArcState {
  const step = steps.find((s) => s.id === stepId);
  if (!step) return BLANK;
  const show = new Set(step.show ?? []);
  const drawing = show.has('flight') && step.flight === 'scroll';
  return {
    stepId: step.id,
    takeaway: step.takeaway ?? '',
    launch: show.has('launch'),
    flight: show.has('flight') ? (drawing && !options.wholeFlight ? clamp01(progress) : 1) : null,
    readout: drawing,
    landing: show.has('landing'),
    ring: show.has('ring'),
    context: show.has('context'),
    places: step.places ?? [],
  };
}

/** Whether scroll progress changes the picture at `stepId`. */
export const usesProgress = (steps: RangeArcStep[], stepId: string): boolean => steps.find((s) => s.id === stepId)?.flight === 'scroll';

/**
 * The picture for readers without JavaScript, who see one state only: the flight whole, both
 * landing reports and the ring with its cities.
 */
export function summaryState(steps: RangeArcStep[]): RangeArcState {
  const takeaway = steps
    .map((s) => s.takeaway)
    .filter(Boolean)
    .slice(2, 5)
    .join(' ');
  return { ...BLANK, stepId: null, takeaway, launch: true, flight: 1, landing: true, ring: true };
}

/** Problems with a step table, naming the step and field (unknown features or flight modes). */
export function stepProblems(steps: RangeArcStep[]): string[] {
  const problems: string[] = [];
  steps.forEach((step, i) => {
    (step.show ?? []).forEach((f, j) => {
      if (!FEATURES.includes(f)) problems.push(`steps[${i}].show[${j}] (step "${step.id}"): unknown feature "${f}"; expected one of ${FEATURES.join(', ')}`);
    });
    if (step.flight !== undefined && step.flight !== 'scroll' && step.flight !== 'whole')
      problems.push(`steps[${i}].flight (step "${step.id}"): expected "scroll" or "whole"`);
  });
  return problems;
}
