/**
 * The words the data may use, each list declared once: the content schemas (src/lib/schemas.ts)
 * check the data against them, the charts and the downloads take their types and values from them.
 * A leaf module with no dependencies, so the browser's chart code can import it.
 */
export const COUNTRIES = ['KP', 'KR', 'JP', 'RU', 'CN', 'US', 'UA'] as const;
export const PLACE_KINDS = ['capital', 'city', 'launch-area', 'landing-area', 'site'] as const;
export const SURFACES = ['sea', 'land'] as const;
/** A visit between the two countries, a missile launch, a parliament session, or related context. */
export const EXCHANGE_KINDS = ['visit', 'launch', 'session', 'context'] as const;
/** Who travelled to whom; "none" for events that are not visits. */
export const DIRECTIONS = ['ru-to-kp', 'kp-to-ru', 'none'] as const;
export const RANKS = ['head-of-state', 'minister', 'official', 'none'] as const;
/** The two sides of the arms-for-aid exchange. */
export const SIDES = ['kp', 'ru'] as const;
/** What kind of thing moves: one lane per category in the flow diagram. */
export const FLOW_CATEGORIES = ['shells', 'missiles', 'munitions', 'food', 'oil', 'raw-materials', 'technology', 'diplomatic-cover', 'weapons-sought'] as const;
/** Units of a stated amount; never compared with each other. */
export const UNITS = ['rounds', 'containers', 'barrels', 'missiles', 'vetoes'] as const;
export const FLOW_STATUSES = ['claimed', 'uncertain', 'on-record'] as const;

export type Country = (typeof COUNTRIES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Surface = (typeof SURFACES)[number];
export type EventKind = (typeof EXCHANGE_KINDS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Rank = (typeof RANKS)[number];
export type Side = (typeof SIDES)[number];
export type Category = (typeof FLOW_CATEGORIES)[number];
export type Unit = (typeof UNITS)[number];
export type Status = (typeof FLOW_STATUSES)[number];
