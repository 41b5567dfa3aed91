/**
 * Which step is current, derived from where the steps are on screen, never from the order
 * events arrived in: fast scrolls, skipped steps, reloads and resizes all land on the right step.
 *
 *   currentStep([{ id: 'a', top: -300, bottom: 100 }, { id: 'b', top: 100, bottom: 500 }], 400)
 *   -> { id: 'b', progress: 0.75 }
 */
export interface StepBox {
  id: string;
  top: number;
  bottom: number;
}

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
  const height = Math.max(1, current.bottom - current.top);
  const progress = Math.min(1, Math.max(0, (triggerY - current.top) / height));
  return { id: current.id, progress };
}

/** Where the trigger line sits, as a share of the viewport's height: lower on phones, where the chart sits on top. */
export const triggerRatio = (viewportWidth: number): number => (viewportWidth < 900 ? 0.7 : 0.5);
