import { describe, expect, test } from 'vitest';
import { lineMetrics, placeLabels, segmentHitsRect, wrap, type LabelSpec, type Rect } from './labels';
import { textEm } from '../text';

describe('textEm(text, weight)', () => {
  test.each([
    ['', 400, 0],
    ['Seoul', 400, 2.81],
    ['Seoul', 700, 2.89],
    ['400 km', 400, 3.84],
  ])('%j at weight %s is about %s em', (text, weight, em) => {
    expect(textEm(text, weight)).toBeCloseTo(em, 1);
  });
  test('counts letter spacing per character', () => {
    expect(textEm('CHINA', 700, 0.08) - textEm('CHINA', 700)).toBeCloseTo(5 * 0.08 * 1.06, 6);
  });
  test('counts unknown characters as wide', () => {
    expect(textEm('평양')).toBeGreaterThan(1.7);
  });
});

describe('wrap(text, maxEm)', () => {
  test.each([
    ['at sea, outside Japan’s EEZ', 10, ['at sea, outside', 'Japan’s EEZ']],
    ['short', 10, ['short']],
    ['Komsomolsk-on-Amur is far', 4, ['Komsomolsk-on-Amur', 'is far']],
    ['  spaced   words ', 30, ['spaced words']],
  ])('%j in %s em', (text, maxEm, lines) => {
    expect(wrap(text, maxEm)).toEqual(lines);
  });
});

test.each([
  [12, 12 / 12, 3 / 12],
  [12.5, 12 / 12.5, 3 / 12.5],
  [13, 13 / 13, 3 / 13],
])('lineMetrics(%s) rounds ascent and descent to whole pixels, as browsers do', (px, ascent, descent) => {
  expect(lineMetrics(px)).toEqual({ ascent, descent });
});

describe('segmentHitsRect(segment, rect)', () => {
  const r: Rect = { x0: 0, y0: 0, x1: 10, y1: 10 };
  test.each([
    ['crossing', [-5, 5, 15, 5], true],
    ['inside', [2, 2, 3, 3], true],
    ['touching a corner diagonally', [-5, -5, 0, 0], true],
    ['passing by', [-5, 12, 15, 12], false],
    ['pointing at it but stopping short', [-10, 5, -1, 5], false],
    ['vertical, beside it', [11, -5, 11, 15], false],
  ] as Array<[string, [number, number, number, number], boolean]>)('%s', (_name, segment, hit) => {
    expect(segmentHitsRect(segment, r)).toBe(hit);
  });
});

describe('placeLabels(specs, options)', () => {
  const view: Rect = { x0: 0, y0: 0, x1: 400, y1: 300 };
  const spec = (key: string, x: number, y: number, extra: Partial<LabelSpec> = {}): LabelSpec => ({
    key,
    lines: [key],
    x,
    y,
    fontPx: 12,
    className: 'l',
    sides: ['e', 'w', 'n', 's'],
    ...extra,
  });
  const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  test('places labels without overlaps, in the view', () => {
    const placed = placeLabels([spec('Alpha', 100, 100), spec('Bravo', 100, 118), spec('Charlie', 100, 136), spec('Delta', 390, 290)], {
      scale: 1,
      view,
      obstacles: [],
    });
    expect(placed.map((p) => p.key)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
    for (const a of placed) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(400);
      for (const b of placed) if (a !== b) expect(overlap(a.box, b.box)).toBe(false);
    }
  });

  test('takes the first side that fits: east of the point, then west', () => {
    const [first] = placeLabels([spec('Seoul', 100, 100)], { scale: 1, view, obstacles: [] });
    expect(first).toMatchObject({ anchor: 'start', forced: false });
    expect(first!.box.x0).toBeGreaterThan(100);
    const [atEdge] = placeLabels([spec('Seoul', 395, 100)], { scale: 1, view, obstacles: [] });
    expect(atEdge!.anchor).toBe('end');
  });

  test('drops an optional label with nowhere to go, and forces a required one', () => {
    const block = { rect: { x0: -1000, y0: -1000, x1: 1000, y1: 1000 } };
    expect(placeLabels([spec('gone', 100, 100)], { scale: 1, view, obstacles: [block] })).toEqual([]);
    const [kept] = placeLabels([spec('kept', 100, 100, { required: true })], { scale: 1, view, obstacles: [block] });
    expect(kept!.forced).toBe(true);
  });

  test('ignores the obstacle a label owns (its own dot)', () => {
    const dot = { rect: { x0: 95, y0: 95, x1: 105, y1: 105 }, owner: 'Seoul' };
    expect(placeLabels([spec('Seoul', 100, 100, { gapPx: 3 })], { scale: 1, view, obstacles: [dot] })[0]!.forced).toBe(false);
  });

  test('an obstacle with `only` concerns just the labels whose keys start so', () => {
    const line = { segment: [0, 105, 400, 105] as [number, number, number, number], only: 'region-' };
    const [city] = placeLabels([spec('city', 100, 100, { sides: ['e'] })], { scale: 1, view, obstacles: [line] });
    expect(city!.forced).toBe(false);
    expect(placeLabels([spec('region-x', 100, 100, { sides: ['e'] })], { scale: 1, view, obstacles: [line] })).toEqual([]);
  });

  test('tries shorter wordings before giving up', () => {
    const tight: Rect = { x0: 0, y0: 0, x1: 80, y1: 60 };
    const [label] = placeLabels([spec('x', 5, 30, { lines: ['A very long wording indeed'], variants: [['Short']], required: true })], {
      scale: 1,
      view: tight,
      obstacles: [],
    });
    expect(label).toMatchObject({ lines: ['Short'], forced: false });
  });

  test('sizes text in user units: 12 px at half scale is 24 units', () => {
    const [label] = placeLabels([spec('Seoul', 100, 100)], { scale: 0.5, view: { x0: 0, y0: 0, x1: 800, y1: 600 }, obstacles: [] });
    expect(label!.fontSize).toBe(24);
  });
});
