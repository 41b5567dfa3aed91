/**
 * The map's text alternative (`<desc>`): what a state draws, in the edition's words, with each
 * figure's claimant and every caveat the picture carries.
 *
 *   describe(map, stateAt(steps, 'arc-ring')) -> "… A ring marks 400 km from the launch area, … Inside it: Pyongyang (75 km), …"
 */
import type { MapData } from './projection';
import type { RangeArcState } from './state';
import { WORDS } from './words';

/** Cities just outside the ring, up to this share of the distance flown beyond it, are named too. */
export const NEAR_OUTSIDE = 1.1;

/** The state in words, for `<desc>`: what is drawn, with each figure's claimant. */
export function describe(map: MapData, state: RangeArcState): string {
  const w = WORDS[map.locale];
  const d = w.desc;
  const date = (iso: string | undefined, year = false) => w.date(iso ?? map.launch.date, year);
  const parts: string[] = [];
  if (state.takeaway) parts.push(state.takeaway);
  parts.push(d.intro);
  const [landSea, landLand] = [map.landings.find((l) => l.surface === 'sea'), map.landings.find((l) => l.surface === 'land')];
  if (state.launch) parts.push(d.launch(map.launch.name, date(map.launch.date, true), w.time(map.launch.time)));
  if (state.flight !== null) {
    const { km, claimedBy, direction } = map.flight;
    parts.push(state.flight < 1 ? d.flightPart(Math.round(km * state.flight), km, claimedBy, direction) : d.flightWhole(km, claimedBy, direction));
  }
  if (state.landing) {
    if (landSea) parts.push(d.landingSea(landSea.claimedBy, date(landSea.date), landSea.what));
    if (landLand) parts.push(d.landingLand(landLand.claimedBy, date(landLand.date), landLand.what));
  }
  if (state.ring) {
    const cities = map.places.filter((p) => p.kind === 'city' || p.kind === 'capital');
    const named = (list: typeof cities) => list.map((p) => d.placeAt(p.name, w.number(p.km)));
    const inside = named(cities.filter((p) => p.inside));
    const near = named(cities.filter((p) => !p.inside && p.km <= map.ring.km * NEAR_OUTSIDE));
    parts.push(d.ring(map.ring.km, inside, near));
  }
  if (state.context) {
    // A claimed range is not a rival measure of the same flight: say what each number is.
    for (const t of map.ticks) parts.push(d.tick(t.claimedBy, t.what, t.km, map.flight.claimedBy, map.flight.km));
    for (const c of map.claims) parts.push(d.claim(c.claimedBy, c.what));
    if (map.earlier) parts.push(d.earlier(date(map.earlier.date), map.earlier.fromName, map.earlier.km, map.earlier.claimedBy));
  }
  return parts.join(' ');
}
