import { describe, expect, test } from 'vitest';
import { basemapSvg, isLand, pathData, simplify } from './basemap';
import { map, projection } from './fixtures';

describe('simplify(points, tolerance)', () => {
  test.each([
    [
      [
        [0, 0],
        [1, 0.1],
        [2, 0],
      ],
      0.5,
      [
        [0, 0],
        [2, 0],
      ],
    ],
    [
      [
        [0, 0],
        [1, 1],
        [2, 0],
      ],
      0.5,
      [
        [0, 0],
        [1, 1],
        [2, 0],
      ],
    ],
    [
      [
        [0, 0],
        [1, 0],
      ],
      5,
      [
        [0, 0],
        [1, 0],
      ],
    ],
    [
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 0],
        [3, 3],
      ],
      0.1,
      [
        [0, 0],
        [3, 0],
        [3, 3],
      ],
    ],
  ] as Array<[Array<[number, number]>, number, Array<[number, number]>]>)('%j at %s', (points, tolerance, out) => {
    expect(simplify(points, tolerance)).toEqual(out);
  });
});

describe('pathData(lines, tolerance, minArea)', () => {
  test('writes whole numbers and relative moves', () => {
    expect(
      pathData(
        [
          {
            points: [
              [10.4, 20.6],
              [13.2, 18],
              [9, 25.1],
            ],
            closed: false,
          },
        ],
        0,
      ),
    ).toBe('M10 21l3-3-4 7');
  });
  test('closes rings and leaves out islets smaller than minArea', () => {
    const square = (s: number): Array<[number, number]> => [
      [0, 0],
      [s, 0],
      [s, s],
      [0, s],
      [0, 0],
    ];
    expect(pathData([{ points: square(10), closed: true }], 0, 50)).toBe('M0 0l10 0 0 10-10 0 0-10z');
    expect(pathData([{ points: square(5), closed: true }], 0, 50)).toBe('');
  });
});

test.each([
  ['Pyongyang', [125.7543, 39.0339], true],
  ['Kaechon', [125.9061, 39.6986], true],
  ['the East Sea', [132, 40], false],
  ['the Yellow Sea', [124, 37], false],
  ['Tokyo', [139.6917, 35.6895], true],
] as Array<[string, [number, number], boolean]>)('isLand(%s) is %s', (_name, p, land) => {
  expect(isLand(p)).toBe(land);
});

describe('basemapSvg(projection, extent, id)', () => {
  const svg = basemapSvg(projection, map.extent, 'range-arc-basemap');
  test('is one group with the sea, the land and the borders', () => {
    expect(svg.startsWith('<g id="range-arc-basemap" class="basemap">')).toBe(true);
    expect(svg).toMatch(/<rect class="sea"[^>]*\/><path class="land" d="M[^"]+"\/><path class="borders" d="M[^"]+"\/><\/g>$/);
  });
  test('stays well under its 60 KB share of the page', () => {
    expect(svg.length).toBeLessThan(20_000);
  });
  test('keeps every coordinate inside the drawn extent, give or take the clip margin', () => {
    const numbers = [...svg.matchAll(/M(-?\d+) (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of numbers) {
      expect(x).toBeGreaterThanOrEqual(-3);
      expect(y).toBeGreaterThanOrEqual(-3);
      expect(x).toBeLessThanOrEqual(map.extent.width + 3);
      expect(y).toBeLessThanOrEqual(map.extent.height + 3);
    }
  });
  test('leaves the projection without its clip, as it found it', () => {
    expect(projection.clipExtent()).toBeNull();
  });
});
