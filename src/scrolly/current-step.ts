/**
 * Which step is current, derived from where the steps are on screen, never from the order
 * events arrived in: fast scrolls, skipped steps, reloads and resizes all land on the right step.
 *
 *   currentStep([{ id: 'a', top: -300, bottom: 100 }, { id: 'b', top: 100, bottom: 500 }], 400)
 *   -> { id: 'b', progress: 0.74 }  ((300 - 16) / (400 - 16), past its start margin, to 1/100)
 */
export interface StepBox {
  id: string;
  top: number;
  bottom: number;
}

/**
 * The first pixels past a step's top count as its start (progress 0). A deep link lands a step
 * just past the trigger line; without this margin that landing would draw a progress that
 * depends on sub-pixel rounding, and a deep link and a scroll to the same place could differ.
 */
export const START_MARGIN_PX = 16;

/**
 * Progress is drawn in steps of 1/100 (4 km of the 400 km flight): finer than the eye can follow,
 * and coarse enough that a pixel of rounding between two pages' layouts draws the same picture.
 * It also lets a chart reuse a scene for the many scroll frames that land in one step.
 */
export const PROGRESS_STEPS = 100;

export interface Current {
  id: string;
  /** How far the trigger line has moved through the step, 0 at its top and 1 at its bottom. */
  progress: number;
}

/**
 * The last step whose top has passed the trigger line at `triggerY` (viewport pixels).
 * Above the first step the first step is current, at progress 0.
 */
export function currentStep(boxes: StepBox[], triggerY: number): Current | null {
  if (boxes.length === 0) return null;
  let current = boxes[0]!;
  for (const box of boxes) if (box.top <= triggerY) current = box;
  const height = Math.max(1, current.bottom - current.top - START_MARGIN_PX);
  const exact = Math.min(1, Math.max(0, (triggerY - current.top - START_MARGIN_PX) / height));
  const progress = Math.round(exact * PROGRESS_STEPS) / PROGRESS_STEPS;
  return { id: current.id, progress };
}

/** Where the trigger line sits, as a share of the viewport's height: lower on phones, where the chart sits on top. */
export const triggerRatio = (viewportWidth: number): number => (viewportWidth < 900 ? 0.7 : 0.5);
