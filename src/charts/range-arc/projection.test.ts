import { describe, expect, test } from 'vitest';
import { map, model, projection } from './fixtures';
import { ASPECT_RANGE, viewFor, WIDE_MIN_ASPECT } from './projection';

const dist = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const centre: [number, number] = [map.launch.x, map.launch.y];

describe('projectMap(model): azimuthal equidistant on the launch area, 1 unit = 1 km', () => {
  test('the projection is centred on Kaechon', () => {
    expect(projection.rotate()[0]).toBeCloseTo(-model.launch.from.lon, 9);
    expect(projection.rotate()[1]).toBeCloseTo(-model.launch.from.lat, 9);
  });

  test('every projected ring vertex is 400 ± 0.2 units from the projected centre (distances from the launch area are true)', () => {
    for (const p of map.ring.points) expect(Math.abs(dist(p, centre) - 400)).toBeLessThanOrEqual(0.2);
  });

  test('the flight is a straight line on the map, 400 units long', () => {
    const pts = map.flight.points;
    const end = pts[pts.length - 1]!;
    expect(dist(centre, end)).toBeCloseTo(400, 0);
    for (const p of pts) {
      const cross = (end[0] - centre[0]) * (p[1] - centre[1]) - (end[1] - centre[1]) * (p[0] - centre[0]);
      expect(Math.abs(cross) / 400).toBeLessThan(0.2);
    }
  });

  test('the core region holds the ring, the flight and both launches, inside the basemap', () => {
    for (const [x, y] of [...map.ring.points, ...map.flight.points, ...(map.earlier?.seaArc ?? [])]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.core.width);
      expect(y).toBeLessThanOrEqual(map.core.height);
    }
    expect(map.wide.width).toBeGreaterThanOrEqual(map.core.width);
    expect(map.extent.width).toBeGreaterThanOrEqual(map.wide.width);
    expect(map.extent.height).toBeGreaterThanOrEqual(map.core.height);
  });

  test('Tokyo (1,291 km) is in the wide region, not the core', () => {
    const tokyo = map.places.find((p) => p.id === 'tokyo')!;
    expect(tokyo.x).toBeGreaterThan(map.core.width);
    expect(tokyo.x).toBeLessThan(map.wide.width);
  });

  test('the browser data is small and JSON-safe', () => {
    const json = JSON.stringify(map);
    expect(JSON.parse(json)).toEqual(map);
    expect(json.length).toBeLessThan(12_000);
  });
});

describe('viewFor(size, map)', () => {
  test.each([
    [296, 240],
    [296, 354],
    [366, 354],
    [744, 416],
    [880, 612],
    [1360, 704],
    [340, 700],
    [2000, 500],
  ])('at %s × %s px the view keeps the screen’s shape (within the allowed range) and holds the core', (width, height) => {
    const view = viewFor({ width, height }, map);
    const aspect = Math.min(ASPECT_RANGE[1], Math.max(ASPECT_RANGE[0], width / height));
    expect(view.width / view.height).toBeCloseTo(aspect, 2);
    expect(view.width).toBeGreaterThanOrEqual(map.core.width - 1);
    expect(view.height).toBeGreaterThanOrEqual(map.core.height - 1);
    expect(view.width).toBeLessThanOrEqual(map.extent.width + 1);
    expect(view.height).toBeLessThanOrEqual(map.extent.height + 1);
  });

  test.each([
    [366, 354, false],
    [296, 240, false],
    [880, 612, true],
    [744, 416, false],
    [1360, 704, true],
    [600, 700, false],
  ])('at %s × %s px it shows the wide region (Tokyo): %s', (width, height, wide) => {
    const view = viewFor({ width, height }, map);
    expect(view.width >= map.wide.width - 1 && width / height >= WIDE_MIN_ASPECT).toBe(wide);
  });
});
