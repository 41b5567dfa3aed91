import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { isLand } from './basemap';
import { bearingDeg, destination, distanceKm, EARTH_RADIUS_KM, type LonLat } from './geo';
import { launches, model, places, sources } from './fixtures';
import { LAUNCH_AREA_KM, rangeArcModel, SEA_BEARINGS, type LaunchData, type PlaceData } from './model';

const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;
const centre = model.launch.from.lonLat;
const g = model.geometry;

describe('rangeArcModel(content) on the real data', () => {
  test('draws the Sept 18 launch from Kaechon, with Sept 12 as the earlier one', () => {
    expect(model.launch.id).toBe('launch-2024-09-18');
    expect(model.launch.from.id).toBe('kaechon');
    expect(model.earlier?.id).toBe('launch-2024-09-12');
    expect(model.earlier?.from.id).toBe('pyongyang');
    expect(model.flightKm).toBe(400);
  });

  test("the arc's end lies 400 ± 5 km from its start by geoDistance", () => {
    expect(km(g.arc[0]!, centre)).toBeLessThan(1e-9);
    expect(Math.abs(km(g.arc[0]!, g.arc[g.arc.length - 1]!) - 400)).toBeLessThanOrEqual(5);
  });

  test('the arc heads for the derived landing area in North Hamgyong, about northeast', () => {
    const landing = model.places.find((p) => p.id === 'north-hamgyong-landing')!;
    expect(model.bearing).toBeCloseTo(bearingDeg(centre, landing.lonLat), 9);
    expect(model.bearing).toBeGreaterThan(40);
    expect(model.bearing).toBeLessThan(60);
    expect(km(g.arc[g.arc.length - 1]!, landing.lonLat)).toBeLessThan(2);
  });

  test('every arc point lies on the great circle, its share of 400 km from the start', () => {
    g.arc.forEach((p, i) => expect(km(centre, p)).toBeCloseTo((400 * i) / (g.arc.length - 1), 6));
  });

  test('every ring vertex lies 400 ± 1 km from the centre', () => {
    expect(g.ring.length).toBeGreaterThan(100);
    for (const p of g.ring) expect(Math.abs(km(centre, p) - 400)).toBeLessThanOrEqual(1);
  });

  test(`the launch area is drawn ${LAUNCH_AREA_KM} km around Kaechon`, () => {
    for (const p of g.launchArea) expect(km(centre, p)).toBeCloseTo(LAUNCH_AREA_KM, 6);
  });

  test("KCNA's 320 km sits on the track, 320 km out", () => {
    expect(g.ticks).toHaveLength(1);
    const [tick] = g.ticks;
    expect(tick!.id).toBe('kcna');
    expect(km(centre, tick!.at)).toBeCloseTo(320, 6);
    expect(bearingDeg(centre, tick!.at)).toBeCloseTo(model.bearing, 6);
  });

  test('the first reports are drawn where a 400 km flight to the northeast would end at sea', () => {
    expect(g.seaArc.length).toBeGreaterThan(10);
    for (const p of g.seaArc) {
      expect(km(centre, p)).toBeCloseTo(400, 6);
      expect(isLand(p)).toBe(false);
      const b = bearingDeg(centre, p);
      expect(b).toBeGreaterThanOrEqual(SEA_BEARINGS.main[0] - 1e-9);
      expect(b).toBeLessThanOrEqual(SEA_BEARINGS.main[1] + 1e-9);
    }
  });

  test('the Sept 12 launch is drawn as the part of a 360 km circle around Pyongyang that lies at sea', () => {
    const pyongyang = model.earlier!.from.lonLat;
    expect(g.earlierSeaArc.length).toBeGreaterThan(10);
    for (const p of g.earlierSeaArc) {
      expect(km(pyongyang, p)).toBeCloseTo(360, 6);
      expect(isLand(p)).toBe(false);
    }
  });

  test('places come nearest first, every one with a source', () => {
    for (let i = 1; i < model.places.length; i++) expect(model.places[i]!.km).toBeGreaterThanOrEqual(model.places[i - 1]!.km);
    for (const p of model.places) expect(p.sourceNames.length).toBeGreaterThan(0);
  });
});

describe("each place's inside flag agrees with its computed distance", () => {
  test.each(model.places.map((p) => [p.id, p] as const))('%s', (_id, place) => {
    const d = distanceKm(centre, place.lonLat);
    expect(place.km).toBeCloseTo(d, 9);
    expect(place.inside).toBe(d <= 400);
  });

  test('Chongjin, 401 km away, is just outside; Shenyang, 312 km, inside', () => {
    const byId = new Map(model.places.map((p) => [p.id, p]));
    expect(byId.get('chongjin')).toMatchObject({ inside: false });
    expect(byId.get('chongjin')!.km).toBeCloseTo(400.7, 1);
    expect(byId.get('shenyang')).toMatchObject({ inside: true });
  });
});

describe('rangeArcModel(content) on made-up places', () => {
  const base: PlaceData = { name: 'Origin', country: 'KP', kind: 'launch-area', lat: 40, lon: 127, sources: ['s'] };
  const at = (bearing: number, d: number): PlaceData => {
    const [lon, lat] = destination([127, 40], bearing, d);
    return { ...base, name: `${d} km`, kind: 'city', lon, lat };
  };
  const launch: LaunchData = {
    date: '2024-01-01',
    time: '06:00',
    from: 'origin',
    direction: 'east',
    distances: [{ id: 'd', by: 'X', label: '400 km', claimedBy: 'X', what: 'w', km: 400, sources: ['s'] }],
    landings: [],
    claims: [],
  };
  test.each([
    [90, 0.5, true],
    [10, 399, true],
    [200, 399.9, true],
    [300, 400, true],
    [45, 400.1, false],
    [135, 401, false],
    [270, 1300, false],
  ])('a city at bearing %s°, %s km out, is inside: %s', (bearing, d, inside) => {
    const m = rangeArcModel({
      places: [
        { id: 'origin', data: base },
        { id: 'city', data: at(bearing, d) },
      ],
      launches: [{ id: 'l', data: launch }],
      sources: new Map([['s', { publisher: 'P' }]]),
      isLand: () => false,
    });
    expect(m.places.find((p) => p.id === 'city')!.inside).toBe(inside);
  });

  test('names the file, entry and field when the launch area is unknown', () => {
    expect(() => rangeArcModel({ places: [], launches: [{ id: 'l', data: launch }], sources: new Map(), isLand: () => false })).toThrow(
      'content/data/launches.yaml: entry "l", field "from": unknown place id "origin"',
    );
  });
});

test('the fixtures read the real files', () => {
  expect(places.length).toBeGreaterThan(20);
  expect(launches).toHaveLength(2);
  expect(sources.size).toBeGreaterThan(50);
});
