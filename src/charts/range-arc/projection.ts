/**
 * The map's projection and the screen geometry the browser needs, computed once at build time.
 *
 * Azimuthal equidistant, centred on the launch area, at one unit per kilometre: every distance
 * and direction measured from the launch area is true, so the 400 km ring is a circle of radius
 * 400 and the flight's great circle is a straight line. The map is translated so that the region
 * every screen must show (the "core") starts at (0, 0); a chart's viewBox is always `0 0 w h`, so
 * wider screens see more to the east and taller ones more to the south.
 *
 *   projectMap(model, steps).core -> { width: 1010, height: 905 }
 */
import { geoAzimuthalEquidistant, type GeoProjection } from 'd3-geo';
import { destination, EARTH_RADIUS_KM, type LonLat } from './geo';
import type { Claim, Launch, MapPlace, RangeArcModel } from './model';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import { WORDS, type RegionKey } from './words';

export type XY = [number, number];

export interface Box {
  width: number;
  height: number;
}

export interface ProjectedPlace {
  id: string;
  name: string;
  country: MapPlace['country'];
  kind: MapPlace['kind'];
  x: number;
  y: number;
  /** Distance from the launch area, km, to 0.1 km. */
  km: number;
  inside: boolean;
}

export interface RegionLabel {
  key: string;
  kind: 'country' | 'sea';
  lines: string[];
  /** Candidate centres, best first; the layout takes the first that fits. */
  anchors: XY[];
}

export interface ClaimText {
  id: string;
  by: string;
  label: string;
  short?: string;
  claimedBy: string;
  what: string;
  date?: string;
}

/** Everything the browser needs to draw any state at any size: small, JSON-safe, projected. */
export interface MapData {
  /** The edition: every name below is in its language, and the layout draws its words (words.ts). */
  locale: Locale;
  /** The region every view shows (the ring, the flight, the nearer places named by steps). */
  core: Box;
  /** The core plus the farther places named by steps (Tokyo); shown when the screen is large enough. */
  wide: Box;
  /** How far the basemap is drawn; views never go beyond it. */
  extent: Box;
  launch: { x: number; y: number; name: string; date: string; time: string; area: string; fromNote: string };
  flight: { km: number; bearing: number; /** As reported, in words. */ direction: string; by: string; label: string; claimedBy: string; points: XY[] };
  ring: { km: number; points: XY[] };
  ticks: Array<ClaimText & { km: number; x: number; y: number }>;
  /** First reports (a sea arc) and the later assessment (a point), in date order. */
  landings: Array<ClaimText & { surface: 'sea' | 'land'; points: XY[] }>;
  earlier: null | {
    x: number;
    y: number;
    area: string;
    fromName: string;
    date: string;
    time: string;
    km: number;
    by: string;
    label: string;
    claimedBy: string;
    seaArc: XY[];
    claims: ClaimText[];
  };
  claims: ClaimText[];
  places: ProjectedPlace[];
  regions: RegionLabel[];
}

/** Room kept around the core region, km. */
export const MARGIN_KM = 45;
/** Room kept around each named place for its label, km. */
export const LABEL_ROOM_KM = 80;
/** Places named by steps within this many flight distances of the launch area belong to the core. */
export const CORE_REACH = 2;
/** The aspect ratios a view may take; beyond them the picture is letterboxed. */
export const ASPECT_RANGE: [number, number] = [0.7, 2.2];
/** The wide view needs a landscape screen and at least this many pixels per km. */
export const WIDE_MIN_ASPECT = 1.2;
export const WIDE_MIN_SCALE = 0.4;
/** Room for a label beside the farthest wide-view place, km. */
const WIDE_LABEL_KM = 150;
/** Points the wide view also holds: Jeju, so that the whole peninsula shows. */
const WIDE_EXTRAS: LonLat[] = [[126.53, 33.2]];

/** Country and sea names (their words in words.ts): cartographic choices, anchored in longitude and latitude. */
const REGIONS: Array<{ key: RegionKey; kind: RegionLabel['kind']; anchors: LonLat[] }> = [
  {
    key: 'sea-east',
    kind: 'sea',
    anchors: [
      [134.2, 40.6],
      [133.2, 39.6],
      [135.6, 41.6],
      [132.2, 38.3],
      [131.6, 40.4],
      [131.2, 39.3],
      [130.9, 38.2],
      [131.3, 37.2],
      [130.6, 40.0],
      [131.0, 36.5],
    ],
  },
  {
    key: 'country-kp',
    kind: 'country',
    anchors: [
      [127.2, 41.3],
      [125.1, 38.75],
      [127.6, 40.0],
      [126.4, 40.65],
    ],
  },
  {
    key: 'country-kr',
    kind: 'country',
    anchors: [
      [128.1, 36.45],
      [127.6, 36.0],
      [128.4, 37.1],
    ],
  },
  {
    key: 'country-cn',
    kind: 'country',
    anchors: [
      [123.6, 43.2],
      [124.6, 42.4],
      [122.6, 41.6],
      [126.6, 43.6],
    ],
  },
  {
    key: 'country-ru',
    kind: 'country',
    anchors: [
      [132.9, 43.75],
      [131.3, 43.8],
      [134.2, 43.9],
      [133.4, 44.25],
    ],
  },
  {
    key: 'country-jp',
    kind: 'country',
    anchors: [
      [138.3, 36.6],
      [134.1, 35.1],
      [132.5, 34.55],
      [130.8, 33.3],
    ],
  },
];

const round1 = (n: number) => Math.round(n * 10) / 10;
const xy = (p: [number, number] | null): XY => (p ? [round1(p[0]), round1(p[1])] : [NaN, NaN]);

/** The projection for a model: azimuthal equidistant on the launch area, 1 unit = 1 km, core at the origin. */
export function mapProjection(model: RangeArcModel, stepPlaces: string[] = []): { projection: GeoProjection; core: Box; wide: Box; extent: Box } {
  const centre = model.launch.from.lonLat;
  const base = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]).scale(EARTH_RADIUS_KM).translate([0, 0]).precision(0.1);
  const named = model.places.filter((p) => stepPlaces.includes(p.id));
  const near = named.filter((p) => p.km <= CORE_REACH * model.flightKm);
  const far = named.filter((p) => p.km > CORE_REACH * model.flightKm);
  const g = model.geometry;
  const room = (p: MapPlace) => [0, 90, 180, 270].map((b) => destination(p.lonLat, b, LABEL_ROOM_KM));
  const corePoints = [...g.ring, ...g.arc, ...g.seaArc, ...g.earlierSeaArc, ...near.flatMap(room), ...(model.earlier ? [model.earlier.from.lonLat] : [])];
  const bounds = (points: LonLat[]) => {
    const xs = points.map((p) => base(p)!);
    return [Math.min(...xs.map((p) => p[0])), Math.min(...xs.map((p) => p[1])), Math.max(...xs.map((p) => p[0])), Math.max(...xs.map((p) => p[1]))] as const;
  };
  const [x0, y0, x1, y1] = bounds(corePoints);
  const left = x0 - MARGIN_KM;
  const top = y0 - MARGIN_KM;
  const core = { width: Math.ceil(x1 + MARGIN_KM - left), height: Math.ceil(y1 + MARGIN_KM - top) };
  // The wide view adds the farther named places (with room for a label to their east) and the whole peninsula.
  const [, , fx1, fy1] = bounds([...far.map((p) => p.lonLat), ...WIDE_EXTRAS]);
  const wide = {
    width: Math.ceil(Math.max(core.width, fx1 + (far.length ? WIDE_LABEL_KM : MARGIN_KM) - left)),
    height: Math.ceil(Math.max(core.height, fy1 + MARGIN_KM - top)),
  };
  const [minA, maxA] = ASPECT_RANGE;
  const extent = {
    width: Math.ceil(Math.max(wide.width, maxA * Math.max(core.height, wide.height))),
    height: Math.ceil(Math.max(core.width / minA, wide.width / WIDE_MIN_ASPECT)),
  };
  const projection = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]).scale(EARTH_RADIUS_KM).translate([-left, -top]).precision(0.1);
  return { projection, core, wide, extent };
}

/**
 * The viewBox size for a screen of `size` CSS pixels: the same shape as the screen (within
 * `ASPECT_RANGE`), just large enough for the core, or for the wide region where it fits.
 *
 *   viewFor({ width: 366, height: 354 }, map) -> { width: 1010, height: 977 }
 */
export function viewFor(size: Box, map: Pick<MapData, 'core' | 'wide'>): Box {
  const aspect = Math.min(ASPECT_RANGE[1], Math.max(ASPECT_RANGE[0], size.width / size.height));
  const fit = (b: Box): Box => (aspect >= b.width / b.height ? { width: b.height * aspect, height: b.height } : { width: b.width, height: b.width / aspect });
  const wide = fit(map.wide);
  const useWide = aspect >= WIDE_MIN_ASPECT && Math.min(size.width / wide.width, size.height / wide.height) >= WIDE_MIN_SCALE;
  const view = useWide ? wide : fit(map.core);
  return { width: Math.round(view.width), height: Math.round(view.height) };
}

const claimText = (c: Claim): ClaimText => ({
  id: c.id,
  by: c.by,
  label: c.label,
  ...(c.short ? { short: c.short } : {}),
  claimedBy: c.claimedBy,
  what: c.what,
  ...(c.date ? { date: c.date } : {}),
});

/** Projects the model (in `locale`'s words) into the browser's data. `stepPlaces` are the place ids any step names. */
export function projectMap(model: RangeArcModel, stepPlaces: string[] = [], locale: Locale = DEFAULT_LOCALE): { map: MapData; projection: GeoProjection } {
  const { projection, core, wide, extent } = mapProjection(model, stepPlaces);
  const p = (lonLat: LonLat) => xy(projection(lonLat));
  const g = model.geometry;
  const launch: Launch = model.launch;
  const [lx, ly] = p(launch.from.lonLat);
  const inExtent = ([x, y]: XY) => x >= 0 && y >= 0 && x <= extent.width && y <= extent.height;
  const landingPoints = (c: Claim): XY[] => {
    if (c.surface === 'sea') return g.seaArc.map(p);
    const place = model.places.find((pl) => pl.id === c.place);
    return place ? [p(place.lonLat)] : [p(g.arc[g.arc.length - 1]!)];
  };
  const map: MapData = {
    locale,
    core,
    wide,
    extent,
    launch: {
      x: lx,
      y: ly,
      name: launch.from.name,
      date: launch.date,
      time: launch.time,
      area: g.launchArea.map((q) => p(q).join(',')).join(' '),
      fromNote: launch.fromNote ?? '',
    },
    flight: {
      km: model.flightKm,
      bearing: round1(model.bearing),
      direction: launch.direction,
      by: launch.distances[0]!.by,
      label: launch.distances[0]!.label,
      claimedBy: launch.distances[0]!.claimedBy,
      points: g.arc.map(p),
    },
    ring: { km: model.flightKm, points: g.ring.map(p) },
    ticks: g.ticks.map((t) => {
      const [x, y] = p(t.at);
      return { ...claimText(launch.distances.find((d) => d.id === t.id)!), km: t.km, x, y };
    }),
    landings: [...launch.landings]
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
      .map((c) => ({ ...claimText(c), surface: c.surface ?? 'sea', points: landingPoints(c) })),
    earlier: model.earlier
      ? {
          x: p(model.earlier.from.lonLat)[0],
          y: p(model.earlier.from.lonLat)[1],
          area: g.earlierArea.map((q) => p(q).join(',')).join(' '),
          fromName: model.earlier.from.name,
          date: model.earlier.date,
          time: model.earlier.time,
          km: model.earlier.distances[0]!.km,
          by: model.earlier.distances[0]!.by,
          label: model.earlier.distances[0]!.label,
          claimedBy: model.earlier.distances[0]!.claimedBy,
          seaArc: g.earlierSeaArc.map(p),
          claims: model.earlier.claims.map(claimText),
        }
      : null,
    claims: launch.claims.map(claimText),
    places: model.places
      .filter((pl) => pl.kind !== 'launch-area' && pl.kind !== 'landing-area')
      .map((pl) => {
        const [x, y] = p(pl.lonLat);
        return { id: pl.id, name: pl.name, country: pl.country, kind: pl.kind, x, y, km: round1(pl.km), inside: pl.inside };
      })
      .filter((pl) => inExtent([pl.x, pl.y])),
    regions: REGIONS.map((r) => ({ key: r.key, kind: r.kind, lines: WORDS[locale].regions[r.key], anchors: r.anchors.map(p) })),
  };
  return { map, projection };
}
