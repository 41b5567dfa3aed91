/**
 * The basemap, built once at build time from Natural Earth (world-atlas, 1:50m) and never sent
 * to the browser as data: land merged from every country, borders as the mesh between countries,
 * projected, clipped to the map's extent, simplified, and written as compact SVG paths.
 *
 *   basemapSvg(projection, { width: 1980, height: 1500 }, 'range-arc-basemap')
 *   -> '<g id="range-arc-basemap" class="basemap"><rect class="sea" …/><path class="land" d="M…"/>…</g>'
 */
import { geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import world from 'world-atlas/countries-50m.json';
import type { LonLat } from './geo';
import type { Box } from './projection';

const topology = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const countries = topology.objects.countries;

/** All land, as one MultiPolygon. */
export const land: MultiPolygon = merge(topology, countries.geometries as never);
/** Borders between countries (not coastlines). */
export const borders = mesh(topology, countries, (a, b) => a !== b);

/** True where `p` lies on land in Natural Earth 1:50m. */
export const isLand = (p: LonLat): boolean => geoContains(land, p);

type Ring = Array<[number, number]>;

/** Collects the projected, clipped lines d3-geo draws, as arrays of points. */
function collect(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0]): Array<{ points: Ring; closed: boolean }> {
  const lines: Array<{ points: Ring; closed: boolean }> = [];
  let current: Ring = [];
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      lines.push({ points: current, closed: false });
    },
    lineTo(x: number, y: number) {
      current.push([x, y]);
    },
    closePath() {
      lines[lines.length - 1]!.closed = true;
    },
    arc() {},
  };
  geoPath(projection, context as never)(object);
  return lines;
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/**
 * Douglas–Peucker: drops points closer than `tolerance` to the line through their neighbours.
 *
 *   simplify([[0, 0], [1, 0.1], [2, 0]], 0.5) -> [[0, 0], [2, 0]]
 */
export function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let max = t2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Twice the signed area of a ring (shoelace). */
const area2 = (ring: Ring) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + x * ny - nx * y;
  }, 0);

/**
 * Writes lines as one compact path: whole-number coordinates, relative moves, repeated points
 * dropped. Rings with an area under `minArea` square units (islets) are left out.
 */
export function pathData(lines: Array<{ points: Ring; closed: boolean }>, tolerance: number, minArea = 0): string {
  let d = '';
  for (const line of lines) {
    const simple = simplify(line.points, tolerance);
    if (line.closed && Math.abs(area2(simple)) / 2 < minArea) continue;
    const pts = simple
      .map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    if (pts.length < 2 || (line.closed && pts.length < 3)) continue;
    const [[x0, y0], ...rest] = pts as [[number, number], ...Array<[number, number]>];
    d += `M${x0} ${y0}`;
    let px = x0;
    let py = y0;
    let first = true;
    for (const [x, y] of rest) {
      const dx = x - px;
      const dy = y - py;
      d += `${first ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      first = false;
      px = x;
      py = y;
    }
    if (line.closed) d += 'z';
  }
  return d;
}

/** Simplification tolerance, km (= user units): under a pixel at every size the page draws. */
export const TOLERANCE_KM = 1.2;
/** Islets smaller than this, km², are left out (Ulleungdo, 73 km², stays). */
export const MIN_ISLAND_KM2 = 25;

/** The basemap as an SVG group with `id`: a sea rectangle, the land, and the borders. */
export function basemapSvg(projection: GeoProjection, extent: Box, id: string): string {
  const clipped = projection.clipExtent([
    [-2, -2],
    [extent.width + 2, extent.height + 2],
  ]);
  const landD = pathData(collect(clipped, land), TOLERANCE_KM, MIN_ISLAND_KM2);
  const bordersD = pathData(collect(clipped, borders), TOLERANCE_KM);
  projection.clipExtent(null);
  return (
    `<g id="${id}" class="basemap">` +
    `<rect class="sea" x="-2" y="-2" width="${extent.width + 4}" height="${extent.height + 4}"/>` +
    `<path class="land" d="${landD}"/>` +
    `<path class="borders" d="${bordersD}"/>` +
    `</g>`
  );
}
