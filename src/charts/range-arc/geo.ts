/**
 * Spherical geometry for the range map: distances, bearings, great-circle tracks and geodesic
 * rings on a sphere of the Earth's mean radius. Pure functions of [longitude, latitude] pairs.
 *
 *   distanceKm([125.9061, 39.6986], [125.7543, 39.0339]) -> 75.1 (Kaechon to Pyongyang)
 *   rangeRing([125.9061, 39.6986], 400)                  -> 181 points, each 400 km from Kaechon
 */
import { geoCircle, geoDistance, geoInterpolate } from 'd3-geo';

/** [longitude, latitude] in degrees, the order d3-geo and GeoJSON use. */
export type LonLat = [number, number];

/** The Earth's mean radius in km (IUGG), the one every distance on the page uses. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in km: `distanceKm(a, b)` = `geoDistance(a, b)` × the Earth's mean radius. */
export const distanceKm = (a: LonLat, b: LonLat): number => geoDistance(a, b) * EARTH_RADIUS_KM;

/** Initial bearing from `a` towards `b`, in degrees clockwise from north, 0 to 360. */
export function bearingDeg(a: LonLat, b: LonLat): number {
  const [l1, p1] = [a[0] * RAD, a[1] * RAD];
  const [l2, p2] = [b[0] * RAD, b[1] * RAD];
  const y = Math.sin(l2 - l1) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** The point `km` from `start` along the great circle that leaves it at `bearing` degrees. */
export function destination(start: LonLat, bearing: number, km: number): LonLat {
  const d = km / EARTH_RADIUS_KM;
  const t = bearing * RAD;
  const [l1, p1] = [start[0] * RAD, start[1] * RAD];
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(t));
  const l2 = l1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [((l2 / RAD + 540) % 360) - 180, p2 / RAD];
}

/**
 * `segments + 1` points evenly spaced along the great circle from `a` to `b`, ends included.
 *
 *   greatCircle([0, 0], [90, 0], 2) -> [[0, 0], [45, 0], [90, 0]]
 */
export function greatCircle(a: LonLat, b: LonLat, segments: number): LonLat[] {
  const at = geoInterpolate(a, b);
  return Array.from({ length: segments + 1 }, (_, i) => at(i / segments) as LonLat);
}

/** A radius in km as the angle, in degrees, that `geoCircle` takes. */
export const kmToDegrees = (km: number): number => km / EARTH_RADIUS_KM / RAD;

/**
 * The closed ring of points `km` from `center` (a geodesic circle, not a screen circle),
 * one vertex every `stepDeg` degrees of bearing; the last point repeats the first.
 */
export function rangeRing(center: LonLat, km: number, stepDeg = 2): LonLat[] {
  const circle = geoCircle().center(center).radius(kmToDegrees(km)).precision(stepDeg)();
  return circle.coordinates[0] as LonLat[];
}

/**
 * The longest unbroken run of bearings in [from, to] (degrees, stepping by `stepDeg`) whose
 * point `km` from `center` passes `keep`, as those points in bearing order. Used to draw "the
 * part of a circle that lies at sea", given a test for land.
 *
 *   ringSegment(kaechon, 400, 30, 90, (p) => !isLand(p)) -> the 400 km points at sea, NE of Kaechon
 */
export function ringSegment(center: LonLat, km: number, from: number, to: number, keep: (p: LonLat) => boolean, stepDeg = 1): LonLat[] {
  let best: LonLat[] = [];
  let run: LonLat[] = [];
  for (let b = from; b <= to + 1e-9; b += stepDeg) {
    const p = destination(center, b, km);
    if (keep(p)) {
      run.push(p);
      if (run.length > best.length) best = run;
    } else run = [];
  }
  return best;
}
