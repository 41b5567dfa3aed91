import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { bearingDeg, destination, distanceKm, EARTH_RADIUS_KM, greatCircle, kmToDegrees, rangeRing, ringSegment, type LonLat } from './geo';

const KAECHON: LonLat = [125.9061, 39.6986];
const PYONGYANG: LonLat = [125.7543, 39.0339];
const SEOUL: LonLat = [126.9778, 37.5683];
const BUSAN: LonLat = [129.0403, 35.1028];

describe('distanceKm(a, b)', () => {
  test.each([
    ['a point to itself', KAECHON, KAECHON, 0, 1e-9],
    ['Kaechon to Pyongyang', KAECHON, PYONGYANG, 75.1, 0.1],
    ['Seoul to Busan', SEOUL, BUSAN, 330.6, 0.1],
    ['a quarter of the equator', [0, 0] as LonLat, [90, 0] as LonLat, (Math.PI / 2) * EARTH_RADIUS_KM, 1e-6],
    ['pole to pole', [0, 90] as LonLat, [0, -90] as LonLat, Math.PI * EARTH_RADIUS_KM, 1e-6],
  ])('%s', (_name, a, b, km, tolerance) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
  });

  test('is geoDistance × 6371.0088 km', () => {
    expect(distanceKm(SEOUL, BUSAN)).toBe(geoDistance(SEOUL, BUSAN) * 6371.0088);
  });
});

describe('bearingDeg(a, b)', () => {
  test.each([
    ['north', [0, 0], [0, 10], 0],
    ['east along the equator', [0, 0], [10, 0], 90],
    ['south', [0, 10], [0, 0], 180],
    ['west along the equator', [10, 0], [0, 0], 270],
  ] as Array<[string, LonLat, LonLat, number]>)('%s', (_name, a, b, expected) => {
    expect(bearingDeg(a, b)).toBeCloseTo(expected, 9);
  });

  test('Kaechon to the derived landing point is northeast (50.0°)', () => {
    expect(bearingDeg(KAECHON, [129.6, 41.95])).toBeCloseTo(50.0, 1);
  });
});

describe('destination(start, bearing, km)', () => {
  test.each([0, 30, 49.6, 90, 135, 200, 315])('lands exactly km away at bearing %s°', (bearing) => {
    for (const km of [1, 320, 400, 1290]) {
      const end = destination(KAECHON, bearing, km);
      expect(Math.abs(distanceKm(KAECHON, end) - km)).toBeLessThan(1e-6);
      expect(Math.abs(((bearingDeg(KAECHON, end) - bearing + 540) % 360) - 180)).toBeLessThan(1e-6);
    }
  });

  test('keeps longitudes within ±180°', () => {
    expect(destination([179, 0], 90, 500)[0]).toBeLessThan(-175);
  });
});

describe('greatCircle(a, b, segments)', () => {
  const end = destination(KAECHON, 49.6, 400);
  const points = greatCircle(KAECHON, end, 40);

  test('runs from a to b in segments + 1 points', () => {
    expect(points).toHaveLength(41);
    expect(distanceKm(points[0]!, KAECHON)).toBeLessThan(1e-9);
    expect(distanceKm(points[40]!, end)).toBeLessThan(1e-9);
  });

  test('spaces the points evenly (10 km apart for 400 km)', () => {
    for (let i = 1; i < points.length; i++) expect(distanceKm(points[i - 1]!, points[i]!)).toBeCloseTo(10, 6);
  });

  test('stays on the great circle: every point is exactly as far from a as its share of the way', () => {
    points.forEach((p, i) => expect(distanceKm(KAECHON, p)).toBeCloseTo(i * 10, 6));
  });
});

describe('rangeRing(center, km)', () => {
  test.each([
    [KAECHON, 400],
    [KAECHON, 20],
    [PYONGYANG, 360],
    [[0, 89] as LonLat, 400],
  ])('every vertex of the ring around %j lies %s ± 1 km from the centre', (center, km) => {
    const ring = rangeRing(center, km);
    expect(ring.length).toBeGreaterThan(100);
    for (const p of ring) expect(Math.abs(distanceKm(center, p) - km)).toBeLessThanOrEqual(1);
  });

  test('is closed, one vertex per 2° of bearing by default', () => {
    const ring = rangeRing(KAECHON, 400);
    expect(ring).toHaveLength(181);
    expect(distanceKm(ring[0]!, ring[180]!)).toBeLessThan(1e-6);
  });

  test('kmToDegrees(400) is 400 / 6371.0088 rad in degrees', () => {
    expect(kmToDegrees(400)).toBeCloseTo((400 / 6371.0088) * (180 / Math.PI), 12);
  });
});

describe('ringSegment(center, km, from, to, keep)', () => {
  test('returns the longest unbroken run of kept bearings', () => {
    // Keep bearings 10–20° and 40–70°: the second run is longer.
    const keep = (p: LonLat) => {
      const b = bearingDeg(KAECHON, p);
      return (b > 9.5 && b < 20.5) || (b > 39.5 && b < 70.5);
    };
    const run = ringSegment(KAECHON, 400, 0, 90, keep);
    expect(run).toHaveLength(31);
    expect(bearingDeg(KAECHON, run[0]!)).toBeCloseTo(40, 6);
    expect(bearingDeg(KAECHON, run[30]!)).toBeCloseTo(70, 6);
    for (const p of run) expect(distanceKm(KAECHON, p)).toBeCloseTo(400, 6);
  });

  test('is empty when nothing is kept', () => {
    expect(ringSegment(KAECHON, 400, 0, 90, () => false)).toEqual([]);
  });
});
