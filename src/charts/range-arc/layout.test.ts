import { describe, expect, test } from 'vitest';
import { sceneSvg } from '../../../tests/unit/scene-svg';
import { alongPolyline, BUILD_SIZES, clockTime, MIN_FONT_PX, rangeArcLayout, rangeArcScene, shortDate } from './layout';
import { map, steps } from './fixtures';
import { stateAt, summaryState } from './state';
import { viewFor } from './projection';
import type { Rect } from './labels';

/** Chart canvases at 320, 390, 768, 1440 and 2560 px wide pages, and a short phone. */
const SIZES = [
  { width: 296, height: 240 },
  { width: 296, height: 294 },
  { width: 366, height: 354 },
  { width: 744, height: 416 },
  { width: 880, height: 612 },
  { width: 1360, height: 704 },
];
const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const ids = steps.map((s) => s.id);
/** Every step at every size, and the picture for readers without JavaScript at the two sizes the build draws it. */
const cases = [
  ...SIZES.flatMap((size) => ids.map((id) => [id, size.width, size.height] as const)),
  ['summary', BUILD_SIZES.wide.width, BUILD_SIZES.wide.height] as const,
  ['summary', BUILD_SIZES.narrow.width, BUILD_SIZES.narrow.height] as const,
];
const stateFor = (id: string, progress = 1) => (id === 'summary' ? summaryState(steps) : stateAt(steps, id, progress));

describe('rangeArcLayout(map, state, size): labels', () => {
  test.each(cases)('%s at %s × %s px: every label fits, none collides, none is under 12 px', (id, width, height) => {
    const size = { width, height };
    const { scene, labels } = rangeArcLayout(map, stateFor(id), size);
    const scale = width / scene.width;
    for (const label of labels) {
      // Clean placement too: no label pushed over a line or a dot. The one exception is the picture for readers
      // without JavaScript on the narrowest phone, which packs every step into 296 × 240 px.
      if (!(id === 'summary' && width === BUILD_SIZES.narrow.width)) expect(label.forced, `${label.key} had to be forced`).toBe(false);
      expect(label.fontSize * scale).toBeGreaterThanOrEqual(MIN_FONT_PX - 1e-9);
      expect(label.box.x0).toBeGreaterThanOrEqual(0);
      expect(label.box.y0).toBeGreaterThanOrEqual(0);
      expect(label.box.x1).toBeLessThanOrEqual(scene.width);
      expect(label.box.y1).toBeLessThanOrEqual(scene.height);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.key} × ${labels[j]!.key}`).toBe(false);
  });

  test.each(SIZES.map((s) => [s.width, s.height] as const))('the region step names the four places and the sea at %s × %s px', (width, height) => {
    const keys = rangeArcScene(map, stateAt(steps, 'arc-region'), { width, height }).marks.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining(['place-label-pyongyang', 'place-label-seoul', 'place-label-tokyo', 'place-label-vladivostok', 'region-sea-east']),
    );
  });

  test.each(SIZES.map((s) => [s.width, s.height] as const))(
    'the landing step labels both reports and the ring step its ring at %s × %s px',
    (width, height) => {
      const landing = rangeArcScene(map, stateAt(steps, 'arc-landing'), { width, height }).marks.map((m) => m.key);
      expect(landing).toEqual(expect.arrayContaining(['first-reports', 'landing-land', 'landing-sea-label', 'landing-land-label']));
      const ring = rangeArcScene(map, stateAt(steps, 'arc-ring'), { width, height }).marks.map((m) => m.key);
      expect(ring).toEqual(expect.arrayContaining(['ring', 'ring-label']));
    },
  );
});

describe('rangeArcScene(map, state, size): marks', () => {
  const size = { width: 880, height: 612 };
  const mark = (id: string, key: string, progress = 1) => rangeArcScene(map, stateAt(steps, id, progress), size).marks.find((m) => m.key === key);

  test('the viewBox is the view for the size', () => {
    const scene = rangeArcScene(map, stateAt(steps, 'arc-ring'), size);
    expect({ width: scene.width, height: scene.height }).toEqual(viewFor(size, map));
  });

  test.each([0, 0.1, 0.25, 0.5, 0.9, 1])('at progress %s the flight reaches that share of 400 km and the readout says so', (p) => {
    const line = mark('arc-flight', 'flight', p)!;
    const [x, y] = alongPolyline(map.flight.points, p);
    expect(line.attrs.x2).toBeCloseTo(x, 1);
    expect(line.attrs.y2).toBeCloseTo(y, 1);
    const length = Math.hypot(Number(line.attrs.x2) - map.launch.x, Number(line.attrs.y2) - map.launch.y);
    expect(length).toBeCloseTo(400 * p, 0);
    expect(mark('arc-flight', 'readout-value', p)!.text).toBe(`${Math.round(400 * p)} km`);
  });

  test('with reduced motion the flight step shows the whole flight at any progress', () => {
    const whole = rangeArcScene(map, stateAt(steps, 'arc-flight', 0.2, { wholeFlight: true }), size);
    expect(whole.marks.find((m) => m.key === 'readout-value')!.text).toBe('400 km');
    expect(whole).toEqual(rangeArcScene(map, stateAt(steps, 'arc-flight', 1), size));
  });

  test('the ring step names the cities inside the ring, with their distances, and Chongjin as just outside', () => {
    const texts = rangeArcScene(map, stateAt(steps, 'arc-ring'), size)
      .marks.filter((m) => m.layer === 'labels')
      .map((m) => [m.text].flat().join(' '));
    for (const city of [
      'Pyongyang 75 km',
      'Seoul 255 km',
      'Hamhung 141 km',
      'Wonsan 145 km',
      'Shenyang 312 km',
      'Sinuiju / Dandong 136–138 km',
      'Chongjin 401 km',
    ]) {
      expect(texts).toContain(city);
    }
    expect(mark('arc-ring', 'place-chongjin')!.attrs.class).toContain('is-outside');
    expect(mark('arc-ring', 'place-seoul')!.attrs.class).toContain('is-inside');
    expect(texts.join(' ')).toContain('the distance flown, not the');
  });

  test('every mark key is unique within a scene', () => {
    for (const id of ids) {
      const keys = rangeArcScene(map, stateAt(steps, id, 0.5), size).marks.map((m) => `${m.tag}:${m.key}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  test('the description says who claimed what', () => {
    const desc = rangeArcScene(map, stateAt(steps, 'arc-context'), size).desc;
    expect(desc).toContain('KCNA');
    expect(desc).toContain('320 km');
    expect(desc).toContain("South Korea's JCS");
    expect(rangeArcScene(map, stateAt(steps, 'arc-landing'), size).desc).toMatch(/South Korea's JCS, Sep 19: two ballistic missiles came down on land/);
    expect(rangeArcScene(map, stateAt(steps, 'arc-ring'), size).desc).toContain('Inside it: Pyongyang (75 km)');
  });
});

test.each([
  ['2024-09-18', false, 'Sep 18'],
  ['2024-09-12', true, 'Sep 12, 2024'],
  ['2024-06-19', false, 'Jun 19'],
] as const)('shortDate(%s, %s) -> %s', (iso, year, text) => expect(shortDate(iso, year)).toBe(text));

test.each([
  ['06:50', '6:50 a.m.'],
  ['00:05', '12:05 a.m.'],
  ['13:10', '1:10 p.m.'],
])('clockTime(%s) -> %s', (t, text) => expect(clockTime(t)).toBe(text));

describe('SVG snapshots, one per step (numbers rounded to 0.1)', () => {
  const style =
    'rect.bg{fill:#f3f5f7}.flight{stroke:#1b1c1e;stroke-width:5}.range-ring{fill:none;stroke:#1b1c1e;stroke-width:3}.launch-area{fill:#999}.landing-sea,.earlier-arc{fill:none;stroke:#6b6f76;stroke-width:6;stroke-dasharray:4 8}.earlier-fan{fill:#6b6f7633}.claim-tick{fill:none;stroke:#007a5a;stroke-width:6}.landing-land,.scale-bar{fill:none;stroke:#1b1c1e;stroke-width:4}.place-dot{fill:#1b1c1e}.is-outside{fill:#fff;stroke:#1b1c1e}tspan+tspan{font-weight:400}';
  test.each([
    ...ids.flatMap((id) => [[id, 880, 612] as const, [id, 366, 354] as const]),
    ['summary', BUILD_SIZES.wide.width, BUILD_SIZES.wide.height] as const,
    ['summary', BUILD_SIZES.narrow.width, BUILD_SIZES.narrow.height] as const,
  ])('%s at %s × %s px', async (id, width, height) => {
    const scene = rangeArcScene(map, stateFor(id, 0.5), { width, height });
    const underlay = `<rect class="bg" width="${scene.width}" height="${scene.height}"/>`;
    await expect(sceneSvg(scene, { style, underlay })).toMatchFileSnapshot(`./__snapshots__/${id}-${width}.svg`);
  });
});
