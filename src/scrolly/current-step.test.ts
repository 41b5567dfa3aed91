import { describe, expect, it } from 'vitest';
import { currentStep, triggerRatio } from './current-step';

const boxes = [
  { id: 'a', top: 100, bottom: 500 },
  { id: 'b', top: 900, bottom: 1300 },
  { id: 'c', top: 1700, bottom: 2100 },
];
/** The same page scrolled by `dy` pixels. */
const scrolled = (dy: number) => boxes.map((b) => ({ ...b, top: b.top - dy, bottom: b.bottom - dy }));

describe('currentStep(boxes, triggerY)', () => {
  it.each([
    // scrolled by, expected step, expected progress (trigger line at 400 px)
    [-400, 'a', 0], // above the first step: the first step, not yet begun
    [-100, 'a', 0.5],
    [200, 'a', 1], // between steps: the last one passed, finished
    [500, 'b', 0],
    [700, 'b', 0.5],
    [899, 'b', 0.9975],
    [1200, 'b', 1],
    [1500, 'c', 0.5],
    [9000, 'c', 1], // far below: the last step
  ])('scrolled %i px: step %s at progress %f', (dy, id, progress) => {
    expect(currentStep(scrolled(dy), 400)).toEqual({ id, progress });
  });

  it('gives null when a chapter has no steps', () => {
    expect(currentStep([], 400)).toBeNull();
  });
});

describe('triggerRatio(width)', () => {
  it('sits lower on phones, where the chart takes the top of the screen', () => {
    expect(triggerRatio(390)).toBeGreaterThan(triggerRatio(1440));
  });
});
