/**
 * Lays the range map out for one state at one screen size. The basemap is fixed at build time
 * (1 unit = 1 km from the launch area); this chooses the viewBox for the screen's shape, sizes
 * text and symbols in user units so they come out at fixed pixel sizes, and places every label
 * so that none collides with another or leaves the view.
 *
 *   rangeArcScene(map, stateAt(steps, 'arc-ring'), { width: 880, height: 612 })
 *   -> { width: 1837, height: 1278, marks: [{ key: 'ring', tag: 'polygon', ... }, ...] }
 */
import type { Locale } from '../../i18n/locales';
import type { Mark, Scene } from '../scene';
import { describe, NEAR_OUTSIDE } from './describe';
import { AROUND, placeLabels, wrap, type LabelSpec, type Obstacle, type PlacedLabel, type Rect, type Side } from './labels';
import { viewFor, type Box, type MapData, type ProjectedPlace, type XY } from './projection';
import type { RangeArcState } from './state';
import { WORDS, type ChartWords } from './words';

export interface Size {
  width: number;
  height: number;
}

const LAYERS = ['zones', 'ring', 'flight', 'points', 'labels'];

type Tick = MapData['ticks'][number];
type Landing = MapData['landings'][number];
/** A place the step shows, and how: with its distance, whether its label must be placed, beyond the ring. */
type ShownPlace = { place: ProjectedPlace; withKm: boolean; required: boolean; outside: boolean };

/** The chart sizes the build draws for readers without JavaScript: a laptop's, and the narrowest phone's. */
export const BUILD_SIZES = { wide: { width: 880, height: 612 }, narrow: { width: 296, height: 240 } };

/** Below this width (CSS px) labels wrap shorter and the panel text is smaller. */
export const COMPACT_WIDTH = 560;
/** Smallest on-screen text, CSS px: chart labels never go below 12 px. */
export const MIN_FONT_PX = 12;

const r1 = (n: number) => Math.round(n * 10) / 10;
const r3 = (n: number) => Math.round(n * 1000) / 1000;
/** "2024-09-18" -> "Sep 18" (with the year: "Sep 18, 2024"), as the rest of the page writes dates; in Korean "9월 18일". */
export const shortDate = (iso: string, year = false, locale: Locale = 'en') => WORDS[locale].date(iso, year);
/** "06:50" -> "6:50 a.m."; in Korean "오전 6시 50분". */
export const clockTime = (hhmm: string, locale: Locale = 'en') => WORDS[locale].time(hhmm);

/** The point a share `t` (0–1) of the way along a polyline with evenly spaced points. */
export function alongPolyline(points: XY[], t: number): XY {
  const n = points.length - 1;
  const at = Math.min(n, Math.max(0, t * n));
  const i = Math.min(n - 1, Math.floor(at));
  const f = at - i;
  const [ax, ay] = points[i]!;
  const [bx, by] = points[i + 1]!;
  return [ax + (bx - ax) * f, ay + (by - ay) * f];
}

const pointsAttr = (points: XY[]) => points.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');
const segments = (points: XY[]): Obstacle[] =>
  points.slice(1).map((p, i) => ({ segment: [points[i]![0], points[i]![1], p[0], p[1]] as [number, number, number, number] }));
const dot = (x: number, y: number, r: number, owner?: string): Obstacle => ({
  rect: { x0: x - r, y0: y - r, x1: x + r, y1: y + r },
  ...(owner ? { owner } : {}),
});

/** The side of a point facing away from `from`, for labels that should sit outside a shape. */
function sidesAway(x: number, y: number, from: XY): Side[] {
  const a = (Math.atan2(y - from[1], x - from[0]) * 180) / Math.PI; // screen angle, 0 = east, 90 = south
  const order: Side[] = ['e', 'se', 's', 'sw', 'w', 'nw', 'n', 'ne'];
  const i = ((Math.round(a / 45) % 8) + 8) % 8;
  return [order[i]!, order[(i + 1) % 8]!, order[(i + 7) % 8]!];
}

/** Everything the map draws in `state` on a screen of `size` CSS pixels. */
export function rangeArcScene(map: MapData, state: RangeArcState, size: Size): Scene {
  return rangeArcLayout(map, state, size).scene;
}

/** The scene, and the placed labels with their boxes and whether any had to be forced into a collision (tests read these). */
export function rangeArcLayout(map: MapData, state: RangeArcState, size: Size): { scene: Scene; labels: PlacedLabel[] } {
  const ctx = layoutContext(map, state, size);
  const [landSea, landLand] = [map.landings.find((l) => l.surface === 'sea'), map.landings.find((l) => l.surface === 'land')];
  // The sections run in this order because labels are placed in the order their specs are pushed:
  // earlier ones get first pick of the room, and obstacles pushed so far shape what follows.
  drawPanel(ctx);
  drawScaleBar(ctx);
  drawZones(ctx, landSea);
  drawRing(ctx);
  const flightEnd = drawFlight(ctx);
  if (state.context && state.flight !== null) {
    labelFlightEnd(ctx, flightEnd);
    for (const tick of map.ticks) drawClaimTick(ctx, tick);
  }
  labelEarlierLaunch(ctx);
  labelRing(ctx);
  if (state.landing) {
    if (landLand) drawLandReport(ctx, landLand);
    if (landSea && landSea.points.length > 1) labelSeaReport(ctx, landSea);
  }
  labelLaunchArea(ctx);
  drawPlaces(ctx);
  labelRegions(ctx);
  const placed = placeAndDrawLabels(ctx);

  const title = ctx.w.title(map.launch.date, map.launch.name);
  return { scene: { width: ctx.view.width, height: ctx.view.height, title, desc: describe(map, state), layers: LAYERS, marks: ctx.marks }, labels: placed };
}

/**
 * What every section of the layout reads (the view, its scale, the text sizes) and the lists the
 * sections add to, in order: the marks, the obstacles labels keep clear of, and the labels' specs.
 */
interface Layout {
  map: MapData;
  state: RangeArcState;
  w: ChartWords;
  view: Box;
  /** CSS px per unit. */
  scale: number;
  /** A length in CSS px, in units. */
  u: (px: number) => number;
  compact: boolean;
  fontPx: number;
  wrapEm: number;
  inset: number;
  viewRect: Rect;
  centre: XY;
  marks: Mark[];
  obstacles: Obstacle[];
  specs: LabelSpec[];
  /** Labels placed as they come (the panel's text), ahead of all the others. */
  fixed: PlacedLabel[];
  /** Where the panel's next block of text starts. */
  panelY: number;
}

function layoutContext(map: MapData, state: RangeArcState, size: Size): Layout {
  const view = viewFor(size, map);
  const scale = Math.min(size.width / view.width, size.height / view.height); // CSS px per unit
  const u = (px: number) => px / scale;
  const compact = size.width < COMPACT_WIDTH;
  const fontPx = compact ? MIN_FONT_PX : 13;
  const wrapEm = Math.min(compact ? 16 : 21, (size.width * 0.6) / fontPx);
  const inset = u(6);
  const viewRect: Rect = { x0: inset, y0: inset, x1: view.width - inset, y1: view.height - inset };
  const centre: XY = [map.launch.x, map.launch.y];
  return {
    map,
    state,
    w: WORDS[map.locale],
    view,
    scale,
    u,
    compact,
    fontPx,
    wrapEm,
    inset,
    viewRect,
    centre,
    marks: [],
    obstacles: [],
    specs: [],
    fixed: [],
    panelY: inset,
  };
}

const mark = (ctx: Layout, key: string, layer: string, tag: Mark['tag'], attrs: Mark['attrs']) => ctx.marks.push({ key, layer, tag, attrs });

/** Wordings of one label, longest first, each as wrapped lines (a wording's first line is its heading). */
const wordings = (ctx: Layout, options: string[][]): string[][] =>
  options.map(([head, ...rest]) => [...wrap(head!, ctx.wrapEm, 700), ...rest.flatMap((line) => wrap(line, ctx.wrapEm))]);

/** A required bold label for one of the step's annotations, in its wordings (longest first). */
function annotation(ctx: Layout, key: string, options: string[][], x: number, y: number, sides: Side[], className: string, extra: Partial<LabelSpec> = {}) {
  ctx.specs.push({
    key,
    lines: options[0]!,
    variants: options.slice(1),
    x,
    y,
    sides,
    className: `annotation ${className}`,
    fontPx: ctx.fontPx,
    weight: 700,
    required: true,
    gapPx: 8,
    ...extra,
  });
}

// A text block pinned to a corner of the view, stacked downward; other labels keep clear of it.
function panelText(ctx: Layout, key: string, lines: string[], px: number, weight: 400 | 700, className: string) {
  const { view, inset } = ctx;
  const [placed] = placeLabels([{ key, lines, x: inset, y: ctx.panelY, fontPx: px, weight, className, sides: ['se'], gapPx: 0 }], {
    scale: ctx.scale,
    view: { x0: 0, y0: 0, x1: view.width, y1: view.height },
    obstacles: [],
  });
  ctx.fixed.push(placed!);
  ctx.obstacles.push({ rect: placed!.box });
  ctx.panelY = placed!.box.y1 + ctx.u(2);
}

/** The panel: the date and time, then the distance counter while the flight draws. */
function drawPanel(ctx: Layout) {
  const { map, state, w, fontPx } = ctx;
  if (state.launch && !state.landing && !state.ring && !state.context) {
    panelText(ctx, 'panel-date', [w.date(map.launch.date, true), w.panelTime(map.launch.time)], fontPx, 700, 'panel-date');
  }
  if (state.readout && state.flight !== null) {
    panelText(ctx, 'readout-value', [w.km(map.flight.km * state.flight)], ctx.compact ? 22 : 26, 700, 'readout-value');
    panelText(ctx, 'readout-caption', [w.readoutCaption(map.flight.by, map.flight.label)], fontPx, 400, 'readout-caption');
  }
}

/** The scale bar, bottom left. */
function drawScaleBar(ctx: Layout) {
  const { view, inset, u } = ctx;
  const barKm = view.width > 1400 ? 200 : 100;
  const barY = view.height - inset - u(6);
  const barX = inset + u(2);
  mark(ctx, 'scale-bar', 'points', 'path', { class: 'scale-bar', d: `M${r1(barX)},${r1(barY - u(4))}V${r1(barY)}H${r1(barX + barKm)}V${r1(barY - u(4))}` });
  ctx.obstacles.push({ rect: { x0: barX - u(2), y0: barY - u(6), x1: barX + barKm + u(2), y1: barY + u(2) }, owner: 'scale-label' });
  ctx.specs.push({
    key: 'scale-label',
    lines: [ctx.w.km(barKm)],
    x: barX,
    y: barY - u(4),
    fontPx: MIN_FONT_PX,
    className: 'scale-label',
    sides: ['ne'],
    gapPx: 3,
    required: true,
  });
}

/** Zones: the earlier launch, the first reports, the launch area. */
function drawZones(ctx: Layout, landSea: Landing | undefined) {
  const { map, state } = ctx;
  if (state.context && map.earlier) {
    const e = map.earlier;
    if (e.seaArc.length > 1) {
      mark(ctx, 'earlier-fan', 'zones', 'polygon', { class: 'earlier-fan', points: pointsAttr([[e.x, e.y], ...e.seaArc]) });
      mark(ctx, 'earlier-area', 'zones', 'polygon', { class: 'launch-area is-earlier', points: e.area });
      mark(ctx, 'earlier-arc', 'zones', 'polyline', { class: 'earlier-arc', points: pointsAttr(e.seaArc) });
      ctx.obstacles.push(...segments(e.seaArc));
    }
  }

  if (state.landing && landSea && landSea.points.length > 1) {
    mark(ctx, 'first-reports', 'zones', 'polyline', { class: 'landing-sea', points: pointsAttr(landSea.points) });
    ctx.obstacles.push(...segments(landSea.points));
  }

  if (state.launch) {
    mark(ctx, 'launch-area', 'zones', 'polygon', { class: 'launch-area', points: map.launch.area });
  }
}

function drawRing(ctx: Layout) {
  if (!ctx.state.ring) return;
  const { ring } = ctx.map;
  mark(ctx, 'ring', 'ring', 'polygon', { class: 'range-ring', points: pointsAttr(ring.points) });
  // Country and sea names keep off the ring's line; city names may cross it.
  ctx.obstacles.push(...segments(ring.points.filter((_, i) => i % 3 === 0)).map((o) => ({ ...o, only: 'region-' })));
}

/** The flight as far as it has drawn; returns where it has got to (the launch area when it is not shown). */
function drawFlight(ctx: Layout): XY {
  const { map, state, centre, u } = ctx;
  const flightEnd = state.flight !== null ? alongPolyline(map.flight.points, state.flight) : centre;
  if (state.flight !== null) {
    mark(ctx, 'flight', 'flight', 'line', { class: 'flight', x1: r1(centre[0]), y1: r1(centre[1]), x2: r1(flightEnd[0]), y2: r1(flightEnd[1]) });
    mark(ctx, 'flight-head', 'flight', 'circle', { class: 'flight-head', cx: r1(flightEnd[0]), cy: r1(flightEnd[1]), r: r1(u(4.5)) });
    ctx.obstacles.push({ segment: [centre[0], centre[1], flightEnd[0], flightEnd[1]] }, dot(flightEnd[0], flightEnd[1], u(6), 'end-label'));
  }
  return flightEnd;
}

/** The label at the flight's end: the measured distance first, then the claims that differ from it. */
function labelFlightEnd(ctx: Layout, flightEnd: XY) {
  const { map, w } = ctx;
  const tickBys = new Set(map.ticks.map((t) => t.by));
  const others = map.claims.filter((c) => !tickBys.has(c.by));
  const flown = w.claim(map.flight.by, map.flight.label);
  annotation(
    ctx,
    'end-label',
    wordings(ctx, [[flown, ...others.map((c) => w.claim(c.by, c.label))], [flown, ...others.map((c) => w.claim(c.by, c.short ?? c.label))], [flown]]),
    flightEnd[0],
    flightEnd[1],
    ['ne', 'e', 'n', 'se', 'nw', 'w'],
    'is-measured',
    {
      gapPx: 9,
    },
  );
}

/** One claimed distance: its tick across the track, and its label. */
function drawClaimTick(ctx: Layout, tick: Tick) {
  const { map, w, centre, u } = ctx;
  // A short piece of the circle at the claimed distance, across the track: exact, since 1 unit = 1 km from the centre.
  const spread = Math.max(u(14), 25) / tick.km; // radians either side
  const b = (map.flight.bearing * Math.PI) / 180;
  const at = (a: number): XY => [centre[0] + tick.km * Math.sin(a), centre[1] - tick.km * Math.cos(a)];
  const [a0, a1] = [at(b - spread), at(b + spread)];
  mark(ctx, `tick-${tick.id}`, 'flight', 'path', { class: 'claim-tick', d: `M${r1(a0[0])},${r1(a0[1])}A${tick.km},${tick.km} 0 0 1 ${r1(a1[0])},${r1(a1[1])}` });
  ctx.obstacles.push({ segment: [a0[0], a0[1], a1[0], a1[1]], owner: `tick-label-${tick.id}` });
  const own = map.claims.filter((c) => c.by === tick.by);
  const along = [0.6, 0.45].map((f) => alongPolyline(map.flight.points, (tick.km / map.flight.km) * f));
  annotation(
    ctx,
    `tick-label-${tick.id}`,
    wordings(ctx, [
      [w.claim(tick.by, tick.label), ...own.map((c) => c.label)],
      [w.claim(tick.by, tick.label), ...own.map((c) => c.short ?? c.label)],
      // Small maps: the number on one line and what it measures on the next, never the bare number.
      [w.claim(tick.by, w.km(tick.km)), tick.short ?? tick.label, ...own.map((c) => c.short ?? c.label)],
      [w.claim(tick.by, w.km(tick.km)), tick.short ?? tick.label],
    ]),
    tick.x,
    tick.y,
    ['nw', 'w', 'sw', 'n', 'se', 's'],
    'is-claim',
    { gapPx: 14, alternates: along.map(([x, y]) => ({ x, y, sides: ['nw', 'se', 'n', 's'] as Side[] })) },
  );
}

/** The earlier launch's label, at the middle of its track or near the track's end. */
function labelEarlierLaunch(ctx: Layout) {
  const { map, w } = ctx;
  const e = map.earlier;
  if (!(ctx.state.context && e && e.seaArc.length > 1)) return;
  const mid = alongPolyline(e.seaArc, 0.5);
  const when = w.earlierWhen(w.date(e.date), e.fromName);
  annotation(
    ctx,
    'earlier-label',
    wordings(ctx, [
      [when, w.earlierTrack(e.by, e.label), ...e.claims.map((c) => w.claim(c.by, c.label))],
      [when, w.earlierTrack(e.by, e.label), ...e.claims.map((c) => w.claim(c.by, c.short ?? c.label))],
      [when, w.claim(e.by, e.label), w.trackNotPublished],
      [w.earlierLaunch(w.date(e.date)), w.earlierBrief(e.by, e.label), w.trackNotPublished],
    ]),
    mid[0],
    mid[1],
    ['se', 'e', 's', 'sw'],
    'is-uncertain',
    {
      alternates: [...e.seaArc.slice(-3).map(([x, y]) => ({ x, y, sides: ['s', 'se', 'sw'] as Side[] })), { x: mid[0], y: mid[1], sides: ['ne', 'n', 'w'] }],
    },
  );
}

function labelRing(ctx: Layout) {
  if (!ctx.state.ring) return;
  const { centre, u } = ctx;
  const r = ctx.map.ring.km;
  const lines = wordings(ctx, ctx.w.ring(r));
  const at = (deg: number, radius: number) => {
    const a = (deg * Math.PI) / 180;
    return [centre[0] + radius * Math.sin(a), centre[1] - radius * Math.cos(a)] as XY;
  };
  // Outside the ring first, then just inside it (small screens), facing the centre.
  const outside = [215, 235, 195, 250, 160, 140, 270, 300, 120].map((deg) => {
    const [x, y] = at(deg, r);
    return { x, y, sides: sidesAway(x, y, centre) };
  });
  const insideRing = [225, 200, 250, 135, 160, 180, 290, 315].map((deg) => {
    const [x, y] = at(deg, r - u(8));
    return { x, y, sides: sidesAway(x, y, at(deg, 2 * r)) };
  });
  const around = [...outside, ...insideRing];
  annotation(ctx, 'ring-label', lines, around[0]!.x, around[0]!.y, around[0]!.sides, 'is-ring', { alternates: around.slice(1), gapPx: 6, weight: 400 });
}

/** The later assessment's spot on land: a cross, and its label. */
function drawLandReport(ctx: Layout, landLand: Landing) {
  const { map, w, u } = ctx;
  const [x, y] = landLand.points[0]!;
  const s = u(6);
  mark(ctx, 'landing-land', 'points', 'path', {
    class: 'landing-land',
    d: `M${r1(x - s)},${r1(y - s)}L${r1(x + s)},${r1(y + s)}M${r1(x - s)},${r1(y + s)}L${r1(x + s)},${r1(y - s)}`,
  });
  ctx.obstacles.push(dot(x, y, s + u(2), 'landing-land-label'));
  const when = w.report(landLand.by, w.date(landLand.date ?? map.launch.date));
  annotation(
    ctx,
    'landing-land-label',
    wordings(ctx, [
      [when, w.spotApproximate(landLand.label)],
      [when, w.spotApproximate(landLand.short ?? landLand.label)],
      [when, landLand.short ?? landLand.label],
    ]),
    x,
    y,
    ['nw', 'n', 'w', 'ne', 'sw'],
    'is-measured',
    {
      gapPx: 10,
    },
  );
}

/** The first reports' label, beside their arc at sea (drawn with the zones). */
function labelSeaReport(ctx: Layout, landSea: Landing) {
  const { map, w } = ctx;
  const mid = alongPolyline(landSea.points, 0.55);
  const when = w.report(landSea.by, w.date(landSea.date ?? map.launch.date));
  const brief = [...w.reportBrief(landSea.by, w.date(landSea.date ?? map.launch.date)), landSea.short ?? landSea.label];
  annotation(
    ctx,
    'landing-sea-label',
    wordings(ctx, [[when, landSea.label, w.noSpot], [when, landSea.label], [when, landSea.short ?? landSea.label], brief]),
    mid[0],
    mid[1],
    ['e', 'se', 'ne'],
    'is-uncertain',
    {
      alternates: [...landSea.points].reverse().map(([x, y]) => ({ x, y, sides: ['e', 'se', 's', 'sw', 'w'] as Side[] })),
    },
  );
}

function labelLaunchArea(ctx: Layout) {
  const { map, state, w, centre } = ctx;
  if (!state.launch) return;
  // After the step's own annotations, which carry its point; it can shorten to its name.
  annotation(
    ctx,
    'launch-label',
    [[w.area(map.launch.name), w.siteNotDisclosed], [w.area(map.launch.name)]],
    centre[0],
    centre[1],
    ['w', 'sw', 'nw', 's', 'n', 'se'],
    'is-launch',
    {
      gapPx: 12,
      // Beside the ring and its cities the area can go unnamed on the smallest screens; the ring's label names it.
      required: !state.ring,
    },
  );
  ctx.obstacles.push(dot(centre[0], centre[1], 20, 'launch-label'));
}

/** Places: the ring's cities and the step's named places, each a dot and a label (near neighbours share one). */
function drawPlaces(ctx: Layout) {
  const { view, inset } = ctx;
  for (const cluster of clusterPlaces(ctx, placesShown(ctx))) {
    const { place } = cluster[0]!;
    const offView = place.x > view.width - inset || place.y > view.height - inset || place.x < inset || place.y < inset;
    if (offView) labelPlaceBeyondEdge(ctx, place);
    else drawPlaceCluster(ctx, cluster);
  }
}

/** The places to show, most important first: required, then inside the ring, capitals, nearest. */
function placesShown(ctx: Layout): ShownPlace[] {
  const { map, state } = ctx;
  const named = new Set(state.places);
  const shown = new Map<string, ShownPlace>();
  if (state.ring) {
    for (const place of map.places) {
      if (place.kind !== 'city' && place.kind !== 'capital') continue;
      if (place.inside) shown.set(place.id, { place, withKm: true, required: false, outside: false });
      else if (place.km <= map.ring.km * NEAR_OUTSIDE) shown.set(place.id, { place, withKm: true, required: false, outside: true });
    }
  }
  for (const place of map.places) {
    if (named.has(place.id))
      shown.set(place.id, { place, withKm: state.ring || (shown.get(place.id)?.withKm ?? false), required: true, outside: !place.inside && state.ring });
  }
  return [...shown.values()].sort(
    (a, b) =>
      Number(b.required) - Number(a.required) ||
      Number(a.outside) - Number(b.outside) ||
      Number(b.place.kind === 'capital') - Number(a.place.kind === 'capital') ||
      a.place.km - b.place.km,
  );
}

// Places closer together than a label's height (Sinuiju and Dandong, across the Yalu) share one label.
function clusterPlaces(ctx: Layout, placeOrder: ShownPlace[]): ShownPlace[][] {
  const clusters: ShownPlace[][] = [];
  for (const entry of placeOrder) {
    const near = clusters.find(([lead]) => Math.hypot(lead!.place.x - entry.place.x, lead!.place.y - entry.place.y) < ctx.u(12));
    if (near) near.push(entry);
    else clusters.push([entry]);
  }
  return clusters;
}

// A place beyond the edge (Tokyo on a phone): its name, distance and an arrow at the nearest edge.
function labelPlaceBeyondEdge(ctx: Layout, place: ProjectedPlace) {
  const { view, inset, u, w } = ctx;
  const east = place.x > view.width - inset;
  const text = `${w.placeKm(place.name, w.km(place.km))} ${east ? '→' : '↓'}`;
  ctx.specs.push({
    key: `place-label-${place.id}`,
    lines: [text],
    x: east ? view.width - inset : Math.min(Math.max(place.x, inset), view.width - inset),
    y: east ? Math.min(Math.max(place.y, inset + u(20)), view.height - inset - u(20)) : view.height - inset,
    sides: east ? ['w'] : ['n', 'nw', 'ne'],
    gapPx: 0,
    fontPx: ctx.fontPx,
    className: 'place-label is-edge',
    required: true,
    alternates: [0.3, 0.5, 0.7].map((f) => ({ x: view.width - inset, y: view.height * f, sides: ['w' as Side] })),
  });
}

/** A dot for each place in the cluster, and one label, at its lead place, naming them all. */
function drawPlaceCluster(ctx: Layout, cluster: ShownPlace[]) {
  const { w, state } = ctx;
  const { place, withKm, outside } = cluster[0]!;
  const required = cluster.some((c) => c.required);
  const key = `place-label-${place.id}`;
  const dotR = ctx.u(ctx.compact ? 3.5 : 4);
  for (const member of cluster) {
    const p = member.place;
    const cls = `place-dot ${p.kind === 'capital' ? 'is-capital' : ''} ${member.outside ? 'is-outside' : state.ring ? 'is-inside' : ''}`
      .replace(/\s+/g, ' ')
      .trim();
    mark(ctx, `place-${p.id}`, 'points', 'circle', { class: cls, cx: r1(p.x), cy: r1(p.y), r: r1(dotR) });
    ctx.obstacles.push(dot(p.x, p.y, dotR * 1.3, key));
  }
  const kms = [...new Set(cluster.map((c) => w.number(c.place.km)))];
  const distance = kms.length > 1 ? w.kmRange(kms[0]!, kms[kms.length - 1]!) : w.km(cluster[0]!.place.km);
  const name = cluster.map((c) => c.place.name).join(w.placeJoin);
  ctx.specs.push({
    key,
    lines: [withKm ? w.placeKm(name, distance) : name],
    variants: withKm ? [[name, distance]] : [],
    x: place.x,
    y: place.y,
    sides: AROUND,
    fontPx: ctx.fontPx,
    weight: place.kind === 'capital' ? 700 : 400,
    className: `place-label${outside ? ' is-outside' : ''}`,
    required,
    gapPx: 6,
  });
}

/** Country and sea names, last: they take the room the annotations and places leave. */
function labelRegions(ctx: Layout) {
  const { map, state, fontPx } = ctx;
  for (const region of map.regions) {
    const [first, ...rest] = region.anchors;
    if (!first) continue;
    const isSea = region.kind === 'sea';
    ctx.specs.push({
      key: `region-${region.key}`,
      lines: isSea ? region.lines : region.lines.map((l) => l.toUpperCase()),
      x: first[0],
      y: first[1],
      sides: ['c'],
      alternates: rest.map(([x, y]) => ({ x, y })),
      fontPx: isSea ? fontPx : MIN_FONT_PX,
      weight: isSea ? 400 : 700,
      letterSpacingEm: isSea ? 0 : 0.08,
      // Hangul has no italics: a Korean sea name stands upright, in every picture made from this scene.
      className: isSea ? (map.locale === 'ko' ? 'sea-label upright' : 'sea-label') : 'country-label',
      // The sea is always named on the plain map; beside annotations it gives way when there is no room.
      required: isSea && !state.landing && !state.ring && !state.context,
      gapPx: 0,
    });
  }
}

/** Places every label in the order its spec was pushed, after the panel's, and draws each as a text mark. */
function placeAndDrawLabels(ctx: Layout): PlacedLabel[] {
  const placed = [...ctx.fixed, ...placeLabels(ctx.specs, { scale: ctx.scale, view: ctx.viewRect, obstacles: ctx.obstacles, haloPx: 2.5 })];
  for (const label of placed) {
    ctx.marks.push({
      key: label.key,
      layer: 'labels',
      tag: 'text',
      attrs: {
        class: label.className,
        x: r1(label.x),
        y: r1(label.y),
        'text-anchor': label.anchor,
        'font-size': r3(label.fontSize),
        ...(label.letterSpacingEm ? { 'letter-spacing': r3(label.letterSpacingEm * label.fontSize) } : {}),
      },
      text: label.lines.length === 1 ? label.lines[0]! : label.lines,
    });
  }
  return placed;
}
