/**
 * Label placement for the map: text widths from ../text.ts (Inter's measured advances), greedy placement in
 * priority order, and nothing drawn where it would collide or leave the view. Pure and
 * deterministic, so the build and the browser place labels identically at the same size.
 *
 *   placeLabels([{ key: 'seoul', lines: ['Seoul'], x: 534, y: 686, ... }], { scale: 0.6, view, obstacles: [] })
 *   -> [{ key: 'seoul', x: 544.3, y: 690.9, anchor: 'start', box: { x0: 542, ... } }]
 */
import { LINE_HEIGHT } from '../scene';
import { textEm } from '../text';

/** Labels wrap with the charts' one text measure (../text.ts). */
export { wrapEm as wrap } from '../text';

/** Inter's ascent and descent, in ems. */
export const ASCENT = 0.969;
export const DESCENT = 0.242;
/** A line's ascent and descent in ems at `px` CSS pixels: browsers round each to whole pixels. */
export const lineMetrics = (px: number) => ({ ascent: Math.round(ASCENT * px) / px, descent: Math.round(DESCENT * px) / px });

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a label sits relative to its point: the side, as a unit vector, and the text anchor. */
export type Side = 'e' | 'w' | 'n' | 's' | 'ne' | 'nw' | 'se' | 'sw' | 'c';
export const AROUND: Side[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's'];

export interface LabelSpec {
  key: string;
  lines: string[];
  /** The point labelled, in user units. */
  x: number;
  y: number;
  /** On-screen size in CSS pixels; converted to user units with the view's scale. */
  fontPx: number;
  weight?: 400 | 600 | 700;
  letterSpacingEm?: number;
  className: string;
  /** Sides to try, best first. */
  sides: Side[];
  /** Distance from the point to the text, in pixels. */
  gapPx?: number;
  /** Further points to try, in order, after every side of (x, y) fails; each may bring its own sides. */
  alternates?: Array<{ x: number; y: number; sides?: Side[] }>;
  /** Other wordings to try, in order, when `lines` fits nowhere (the same text on more lines, say). */
  variants?: string[][];
  /** Required labels are always drawn (at the least-bad place); others are dropped when they do not fit. */
  required?: boolean;
}

export interface PlacedLabel {
  key: string;
  lines: string[];
  className: string;
  /** Text position: `x` for the anchor, `y` for the first baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  fontSize: number;
  weight: number;
  letterSpacingEm: number;
  box: Rect;
  /** True when a required label could not avoid every collision. */
  forced: boolean;
}

/**
 * Something labels must not cover: a box, or a line segment. The label named `owner` (the mark's
 * own) may touch it; with `only`, it concerns just the labels whose keys start so.
 */
export type Obstacle = ({ rect: Rect } | { segment: [number, number, number, number] }) & { owner?: string; only?: string };

const concerns = (o: Obstacle, key: string) => o.owner !== key && (o.only === undefined || key.startsWith(o.only));

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const overlapArea = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const inside = (r: Rect, v: Rect) => r.x0 >= v.x0 && r.y0 >= v.y0 && r.x1 <= v.x1 && r.y1 <= v.y1;

/** Whether the segment from (ax, ay) to (bx, by) crosses the rectangle (Liang–Barsky). */
export function segmentHitsRect([ax, ay, bx, by]: [number, number, number, number], r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: Array<[number, number]> = [
    [-dx, ax - r.x0],
    [dx, r.x1 - ax],
    [-dy, ay - r.y0],
    [dy, r.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const hits = (r: Rect, o: Obstacle) => ('rect' in o ? overlaps(r, o.rect) : segmentHitsRect(o.segment, r));
const cost = (r: Rect, o: Obstacle) => ('rect' in o ? overlapArea(r, o.rect) : segmentHitsRect(o.segment, r) ? (r.x1 - r.x0) * (r.y1 - r.y0) * 0.05 : 0);

const DIRS: Record<Side, [number, number]> = {
  e: [1, 0],
  w: [-1, 0],
  n: [0, -1],
  s: [0, 1],
  ne: [0.8, -0.8],
  nw: [-0.8, -0.8],
  se: [0.8, 0.8],
  sw: [-0.8, 0.8],
  c: [0, 0],
};

/** The text's box and position for one side of a point. */
function layoutAt(spec: LabelSpec, px: number, py: number, side: Side, scale: number): Omit<PlacedLabel, 'key' | 'lines' | 'className' | 'forced'> {
  const f = spec.fontPx / scale;
  const weight = spec.weight ?? 400;
  const ls = spec.letterSpacingEm ?? 0;
  const width = Math.max(...spec.lines.map((l) => textEm(l, weight, ls))) * f;
  const { ascent, descent } = lineMetrics(spec.fontPx);
  const height = ((spec.lines.length - 1) * LINE_HEIGHT + ascent + descent) * f;
  const gap = (spec.gapPx ?? 5) / scale;
  const [ux, uy] = DIRS[side];
  // The box's reference point: its near edge faces the point.
  const x0 = ux > 0 ? px + gap * ux : ux < 0 ? px + gap * ux - width : px - width / 2;
  const y0 = uy > 0 ? py + gap * uy : uy < 0 ? py + gap * uy - height : py - height / 2;
  const anchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
  const x = anchor === 'start' ? x0 : anchor === 'end' ? x0 + width : x0 + width / 2;
  return { x, y: y0 + ascent * f, anchor, fontSize: f, weight, letterSpacingEm: ls, box: { x0, y0, x1: x0 + width, y1: y0 + height } };
}

const pad = (r: Rect, by: number): Rect => ({ x0: r.x0 - by, y0: r.y0 - by, x1: r.x1 + by, y1: r.y1 + by });

/**
 * Places labels in the order given (most important first). Each takes the first side, at its
 * point or an alternate, whose box stays inside `view` and clears every obstacle and every label
 * already placed, with `haloPx` to spare. Optional labels that fit nowhere are dropped.
 */
export function placeLabels(specs: LabelSpec[], opts: { scale: number; view: Rect; obstacles: Obstacle[]; haloPx?: number }): PlacedLabel[] {
  const { scale, view, obstacles } = opts;
  const halo = (opts.haloPx ?? 2) / scale;
  const placed: PlacedLabel[] = [];
  for (const spec of specs) {
    const points = [{ x: spec.x, y: spec.y, sides: spec.sides }, ...(spec.alternates ?? [])];
    let chosen: PlacedLabel | null = null;
    let fallback: { label: PlacedLabel; cost: number } | null = null;
    search: for (const lines of [spec.lines, ...(spec.variants ?? [])])
      for (const { x: px, y: py, sides } of points) {
        for (const side of sides ?? spec.sides) {
          const at = layoutAt({ ...spec, lines }, px, py, side, scale);
          const label: PlacedLabel = { ...at, key: spec.key, lines, className: spec.className, forced: false };
          const box = pad(at.box, halo);
          if (!inside(at.box, view)) continue;
          const blocked = obstacles.some((o) => concerns(o, spec.key) && hits(box, o)) || placed.some((p) => overlaps(box, p.box));
          if (!blocked) {
            chosen = label;
            break search;
          }
          if (spec.required) {
            const c =
              obstacles.reduce((sum, o) => sum + (concerns(o, spec.key) ? cost(box, o) : 0), 0) +
              placed.reduce((sum, p) => sum + overlapArea(box, p.box) * 10, 0);
            if (!fallback || c < fallback.cost) fallback = { label: { ...label, forced: true }, cost: c };
          }
        }
      }
    if (!chosen && fallback) chosen = fallback.label;
    if (!chosen && spec.required) {
      // Nothing fits inside the view: pin the label to the view's nearest corner area.
      const at = layoutAt(spec, spec.x, spec.y, spec.sides[0] ?? 'e', scale);
      const w = at.box.x1 - at.box.x0;
      const h = at.box.y1 - at.box.y0;
      const x0 = Math.min(Math.max(at.box.x0, view.x0), view.x1 - w);
      const y0 = Math.min(Math.max(at.box.y0, view.y0), view.y1 - h);
      const dx = x0 - at.box.x0;
      const dy = y0 - at.box.y0;
      chosen = {
        ...at,
        x: at.x + dx,
        y: at.y + dy,
        box: { x0, y0, x1: x0 + w, y1: y0 + h },
        key: spec.key,
        lines: spec.lines,
        className: spec.className,
        forced: true,
      };
    }
    if (chosen) placed.push(chosen);
  }
  return placed;
}
