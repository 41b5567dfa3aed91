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
    [-92, 'a', 0.5], // 208 px in: (208 - 16) / (400 - 16)
    [200, 'a', 1], // between steps: the last one passed, finished
    [500, 'b', 0],
    [502, 'b', 0], // where a deep link lands, 2 px past the line: still the start, whatever the rounding
    [516, 'b', 0], // the end of the start margin
    [708, 'b', 0.5],
    [900, 'b', 1],
    [1200, 'b', 1],
    [1508, 'c', 0.5],
    [9000, 'c', 1], // far below: the last step
  ])('scrolled %i px: step %s at progress %f', (dy, id, progress) => {
    expect(currentStep(scrolled(dy), 400)).toEqual({ id, progress });
  });

  it('draws the same progress for layouts a pixel apart, and still moves as the reader scrolls', () => {
    const at = (dy: number) => currentStep(scrolled(dy), 400)!.progress;
    // Around the middle of step b, (708 - 500 - 16) / 384 = 0.5: a pixel either way is the same picture.
    expect([at(707), at(708), at(709)]).toEqual([0.5, 0.5, 0.5]);
    expect(at(720)).toBeGreaterThan(at(708));
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
