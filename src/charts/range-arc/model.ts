/**
 * The range map's model: the launches joined to their places and sources, every place's distance
 * from the launch area, and the marks' geometry in longitude and latitude. Pure: the test for
 * land comes in as a function, so the model never loads an atlas.
 *
 *   rangeArcModel({ places, launches, sources, isLand })
 *   -> { launch: { id: 'launch-2024-09-18', from: { id: 'kaechon', ... }, bearing: 49.6, ... },
 *        places: [{ id: 'pyongyang', km: 75.1, inside: true, ... }, ...], geometry: { arc: [...], ring: [...] } }
 */
import type { LaunchData, PlaceData } from '../../lib/schemas';
import type { Surface } from '../../lib/vocabulary';
import { bearingDeg, destination, distanceKm, greatCircle, rangeRing, ringSegment, type LonLat } from './geo';

export type { Country, PlaceKind } from '../../lib/vocabulary';
export type { LaunchData, PlaceData } from '../../lib/schemas';

export interface ClaimData {
  id: string;
  claimedBy: string;
  /** Short name of the claimant, for the map. */
  by: string;
  /** The claim in a few words, for the map. */
  label: string;
  /** Fewer words still, for small screens. */
  short?: string;
  what: string;
  sources: string[];
  km?: number;
  date?: string;
  surface?: Surface;
  place?: string;
}


export interface MapPlace extends PlaceData {
  id: string;
  lonLat: LonLat;
  /** Great-circle distance from the launch area, km. */
  km: number;
  /** Bearing from the launch area, degrees clockwise from north. */
  bearing: number;
  /** Within the distance flown: `km <= flightKm`, by calculation, never by hand. */
  inside: boolean;
  /** Publishers of the place's sources, without repeats. */
  sourceNames: string[];
}

export interface Claim extends ClaimData {
  sourceNames: string[];
}

export interface Launch extends Omit<LaunchData, 'from' | 'toward' | 'distances' | 'landings' | 'claims'> {
  id: string;
  from: MapPlace;
  toward?: MapPlace;
  distances: Array<Claim & { km: number }>;
  landings: Claim[];
  claims: Claim[];
}

/** The marks' shapes on the globe; the projection turns them into screen coordinates. */
export interface Geometry {
  /** The flight: the great circle from the launch area, `ARC_SEGMENTS + 1` points, as long as the distance flown. */
  arc: LonLat[];
  /** The launch area drawn as an area (the exact site was not disclosed). */
  launchArea: LonLat[];
  /** The geodesic ring at the distance flown. */
  ring: LonLat[];
  /** Each further distance claim (KCNA's 320 km) as a point on the track. */
  ticks: Array<{ id: string; km: number; at: LonLat }>;
  /** Where a flight of the reported length and direction would end at sea: the first reports. */
  seaArc: LonLat[];
  /** The earlier launch: the part of its distance circle that lies at sea in its reported direction. */
  earlierSeaArc: LonLat[];
  /** The earlier launch's area, drawn like the main one. */
  earlierArea: LonLat[];
}

export interface RangeArcModel {
  /** The launch the chapter is about (the latest). */
  launch: Launch;
  /** The launch a week earlier, for context. */
  earlier?: Launch;
  /** Distance flown, km: the launch's first distance claim. */
  flightKm: number;
  /** Bearing of the flight, degrees: from the launch area toward its `toward` place. */
  bearing: number;
  /** Every place, nearest the launch area first. */
  places: MapPlace[];
  geometry: Geometry;
}

/** Points along the flight's great circle (every 10 km for a 400 km flight). */
export const ARC_SEGMENTS = 40;
/** Radius of the drawn launch area, km: a symbol for "somewhere around Kaechon", not a measured zone. */
export const LAUNCH_AREA_KM = 20;
/**
 * Bearings searched for the at-sea part of a distance circle. Sept 18: "northeast" (JCS), toward
 * the sea off the east coast (first reports). Sept 12: "toward the East Sea", into waters off the
 * North's coast; beyond about 100° a 360 km flight from Pyongyang would end off South Korea.
 */
export const SEA_BEARINGS: Record<'main' | 'earlier', [number, number]> = { main: [22.5, 90], earlier: [45, 100] };

interface Entry<T> {
  id: string;
  data: T;
}

const publishers = (ids: string[], sources: Map<string, { publisher: string }>) => [...new Set(ids.map((id) => sources.get(id)?.publisher ?? id))];

/** Joins the data and computes every distance and shape the map draws. */
export function rangeArcModel(input: {
  places: Array<Entry<PlaceData>>;
  launches: Array<Entry<LaunchData>>;
  sources: Map<string, { publisher: string }>;
  /** True where a point is on land (Natural Earth at build time; a stub in tests). */
  isLand: (p: LonLat) => boolean;
}): RangeArcModel {
  const { sources, isLand } = input;
  const sorted = [...input.launches].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const main = sorted[0];
  if (!main) throw new Error('content/data/launches.yaml: the range map needs at least one launch');
  const placeData = new Map(input.places.map((p) => [p.id, p.data]));
  const origin = placeData.get(main.data.from);
  if (!origin) throw new Error(`content/data/launches.yaml: entry "${main.id}", field "from": unknown place id "${main.data.from}"`);
  const centre: LonLat = [origin.lon, origin.lat];
  const flightKm = main.data.distances[0]!.km;

  const places: MapPlace[] = input.places
    .map(({ id, data }) => {
      const lonLat: LonLat = [data.lon, data.lat];
      const km = distanceKm(centre, lonLat);
      return {
        ...data,
        id,
        lonLat,
        km,
        bearing: km > 0 ? bearingDeg(centre, lonLat) : 0,
        inside: km <= flightKm,
        sourceNames: publishers(data.sources, sources),
      };
    })
    .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id));
  const byId = new Map(places.map((p) => [p.id, p]));

  const claim = <T extends ClaimData>(c: T): T & Claim => ({ ...c, sourceNames: publishers(c.sources, sources) });
  const launchOf = ({ id, data }: Entry<LaunchData>): Launch => ({
    ...data,
    id,
    from: byId.get(data.from)!,
    toward: data.toward ? byId.get(data.toward) : undefined,
    distances: data.distances.map(claim),
    landings: data.landings.map(claim),
    claims: data.claims.map(claim),
  });
  const launch = launchOf(main);
  const earlier = sorted[1] ? launchOf(sorted[1]) : undefined;

  // The track was not published: we draw the great circle toward the reported landing area, as long as the reported distance.
  const bearing = launch.toward ? launch.toward.bearing : 45;
  const end = destination(centre, bearing, flightKm);
  const atSea = (p: LonLat) => !isLand(p);
  const geometry: Geometry = {
    arc: greatCircle(centre, end, ARC_SEGMENTS),
    launchArea: rangeRing(centre, LAUNCH_AREA_KM, 10),
    ring: rangeRing(centre, flightKm, 2),
    ticks: launch.distances.slice(1).map((d) => ({ id: d.id, km: d.km, at: destination(centre, bearing, d.km) })),
    seaArc: ringSegment(centre, flightKm, ...SEA_BEARINGS.main, atSea),
    earlierSeaArc: earlier ? ringSegment(earlier.from.lonLat, earlier.distances[0]!.km, ...SEA_BEARINGS.earlier, atSea) : [],
    earlierArea: earlier ? rangeRing(earlier.from.lonLat, LAUNCH_AREA_KM, 10) : [],
  };
  return { launch, earlier, flightKm, bearing, places, geometry };
}
