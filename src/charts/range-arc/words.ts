/**
 * The range map's own words, in each edition: what the map draws around the content's names and
 * claims (the places' names and the claims' `by`, `label` and `short` come from content, already
 * in the edition's language) and its text alternative, in `WORDS`: the layout picks
 * `WORDS[map.locale]`, in the browser as at build time. The source line, the build's caption and
 * the data table, which only the build writes, are in `PAGE_WORDS`.
 *
 *   WORDS.en.km(400) -> '400 km';  WORDS.ko.km(400) -> '400km'
 *   WORDS.ko.panelTime('06:50') -> '현지시간 오전 6시 50분께'
 */
import { INTL, type Locale } from '../../i18n/locales';
import { dateRange, shortDay, utcFormatter } from '../../lib/dates';
import type { Country } from '../../lib/vocabulary';

/** The map's region names, by the region's key in projection.ts. */
export type RegionKey = 'sea-east' | 'country-kp' | 'country-kr' | 'country-cn' | 'country-ru' | 'country-jp';

export interface ChartWords {
  /** The SVG's `<title>`, from the launch's date (YYYY-MM-DD) and its area's name. */
  title(date: string, place: string): string;
  /** Region names, one entry per line. */
  regions: Record<RegionKey, string[]>;
  /** A distance, rounded to the kilometre, with its unit: '1,203 km' / '1,203km'. */
  km(n: number): string;
  /** A number rounded to the kilometre, without the unit: '1,203'. */
  number(n: number): string;
  /** Two rounded distances as a range, with the unit: '136–138 km' / '136~138km'. */
  kmRange(a: string, b: string): string;
  /** Between the names of places that share a label (Sinuiju and Dandong). */
  placeJoin: string;
  /** A place's name and its distance: 'Seoul 255 km'. */
  placeKm(name: string, distance: string): string;
  /** A date without its year ('Sep 18' / '9월 18일'), or with it ('Sep 18, 2024' / '2024년 9월 18일'). */
  date(iso: string, year?: boolean): string;
  /** A launch time, 'HH:MM': '6:50 a.m.' / '오전 6시 50분'. */
  time(hhmm: string): string;
  /** The panel's second line: the time, approximate, local. */
  panelTime(hhmm: string): string;
  /** Under the distance counter: what it counts, and whose figure it is. */
  readoutCaption(by: string, label: string): string;
  /** A claim on the map: its claimant's short name and its words. */
  claim(by: string, label: string): string;
  /** A report's claimant and date, heading a label: 'JCS, Sep 19:'; `brief` splits it over two lines. */
  report(by: string, date: string): string;
  reportBrief(by: string, date: string): string[];
  /** The earlier launch: its date and area, heading its label. */
  earlierWhen(date: string, from: string): string;
  earlierTrack(by: string, label: string): string;
  earlierLaunch(date: string): string;
  earlierBrief(by: string, label: string): string;
  trackNotPublished: string;
  /** The ring's label, longest wording first, each as lines (the first line is its heading). */
  ring(km: number): string[][];
  /** The land report's wording, with the caveat that the marked spot is approximate. */
  spotApproximate(label: string): string;
  /** The sea report gave no spot. */
  noSpot: string;
  /** The launch area: its name, then the caveat. */
  area(name: string): string;
  siteNotDisclosed: string;
  /** The text alternative's sentences. */
  desc: {
    intro: string;
    launch(name: string, date: string, time: string): string;
    flightPart(flown: number, km: number, by: string, direction: string): string;
    flightWhole(km: number, by: string, direction: string): string;
    landingSea(by: string, date: string, what: string): string;
    landingLand(by: string, date: string, what: string): string;
    /** A place named in the ring's sentence: 'Seoul (255 km)'. */
    placeAt(name: string, km: string): string;
    ring(km: number, inside: string[], near: string[]): string;
    tick(by: string, what: string, km: number, flightBy: string, flightKm: number): string;
    claim(by: string, what: string): string;
    earlier(date: string, from: string, km: number, by: string): string;
  };
}

/**
 * Words only the build draws (the source line, the caption of the picture for readers without JavaScript,
 * the data table): kept apart from `WORDS` so that the browser's bundle does not carry them.
 */
export interface PageWords {
  /** Under the chart. */
  sourceLine(first: string[], more: number): string;
  /** The caption of the finished picture drawn for readers without JavaScript. */
  buildCaption(km: number): string;
  /** The data table under the chapter. */
  table: {
    note(centre: string): string;
    label: string;
    placesCaption(centre: string, lat: string, lon: string, km: number): string;
    place: string;
    country: string;
    distance: string;
    within(km: number): string;
    coordinates: string;
    sources: string;
    launchArea: string;
    yes: string;
    no: string;
    coords(lat: string, lon: string): string;
    countries: Record<Country, string>;
    claimsCaption: string;
    launch: string;
    claimText: string;
    claimedBy: string;
    launchCell(date: string, area: string): string;
    claimKm(km: number): string;
    reported(date: string): string;
  };
}

const englishNumber = new Intl.NumberFormat(INTL.en);
const koreanNumber = new Intl.NumberFormat(INTL.ko);
const longEnglishDate = utcFormatter({ month: 'long', day: 'numeric', year: 'numeric' }, 'en');

/** "06:50" -> "6:50 a.m." */
const englishTime = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 || 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
};
/** "06:50" -> "오전 6시 50분"; "19:00" -> "오후 7시". */
const koreanTime = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h < 12 ? '오전' : '오후'} ${h % 12 || 12}시${m ? ` ${m}분` : ''}`;
};

/**
 * Korean particles that depend on the last syllable: `josa('합동참모본부(합참)', '이', '가')` -> '가'.
 * A closing parenthetical or quotation mark is skipped, as Korean usage reads the word before it.
 */
export function josa(word: string, afterConsonant: string, afterVowel: string): string {
  const bare = word.replace(/\s*\([^()]*\)\s*$/, '').replace(/[\s”’"'»)\]]+$/, '');
  const code = bare.charCodeAt(bare.length - 1) - 0xac00;
  if (code < 0 || code > 11171) return afterVowel;
  return code % 28 ? afterConsonant : afterVowel;
}

const en: ChartWords = {
  title: (date, place) => `Map: North Korea's missile launch of ${longEnglishDate(new Date(`${date}T00:00:00Z`))}, from the ${place} area`,
  regions: {
    'sea-east': ['East Sea /', 'Sea of Japan'],
    'country-kp': ['North Korea'],
    'country-kr': ['South Korea'],
    'country-cn': ['China'],
    'country-ru': ['Russia'],
    'country-jp': ['Japan'],
  },
  km: (n) => `${englishNumber.format(Math.round(n))} km`,
  number: (n) => englishNumber.format(Math.round(n)),
  kmRange: (a, b) => `${a}–${b} km`,
  placeJoin: ' / ',
  placeKm: (name, distance) => `${name} ${distance}`,
  date: (iso, year = false) => (year ? dateRange(iso) : shortDay(iso)),
  time: englishTime,
  panelTime: (hhmm) => `about ${englishTime(hhmm)} local time`,
  readoutCaption: (by, label) => `distance flown (${by}: ${label})`,
  claim: (by, label) => `${by}: ${label}`,
  report: (by, date) => `${by}, ${date}:`,
  reportBrief: (by, date) => [`${by},`, `${date}:`],
  earlierWhen: (date, from) => `${date}, ${from} area:`,
  earlierTrack: (by, label) => `${by}: ${label}, track not published`,
  earlierLaunch: (date) => `${date} launch:`,
  earlierBrief: (by, label) => `${label} (${by}),`,
  trackNotPublished: 'track not published',
  ring: (r) => [
    [`${r} km from the launch area: the distance flown, not the missiles' maximum range`],
    [`${r} km: the distance flown,`, 'not the maximum range'],
    [`${r} km:`, 'distance flown,', 'not maximum range'],
  ],
  spotApproximate: (label) => `${label} (spot approximate)`,
  noSpot: 'no spot given',
  area: (name) => `${name} area`,
  siteNotDisclosed: 'exact site not disclosed',
  desc: {
    intro: "A map of the Korean Peninsula with China, Russia's Far East, Japan and the East Sea (Sea of Japan).",
    launch: (name, date, time) => `The launch area around ${name} is shaded; the exact site was not disclosed. Launch: ${date}, about ${time} local time.`,
    flightPart: (flown, km, by, direction) => `The flight path is drawn ${flown} km of the ${km} km ${by} reported, heading ${direction}.`,
    flightWhole: (km, by, direction) => `The flight path runs about ${km} km ${direction}, as ${by} reported; the exact track was not published.`,
    landingSea: (by, date, what) => `${by}, ${date}: ${what}; no spot was given.`,
    landingLand: (by, date, what) => `${by}, ${date}: ${what}; the spot marked is approximate.`,
    placeAt: (name, km) => `${name} (${km} km)`,
    ring: (km, inside, near) =>
      `A ring marks ${km} km from the launch area, the distance flown, not the missiles' maximum range. Inside it: ${inside.join(', ')}.${near.length ? ` Just outside: ${near.join(', ')}.` : ''}`,
    tick: (by, what, km, flightBy, flightKm) => `${by}: ${what} was ${km} km; ${flightBy} gave the distance flown as about ${flightKm} km.`,
    claim: (by, what) => `${by}: ${what}.`,
    earlier: (date, from, km, by) => `${date}: missiles from the ${from} area flew about ${km} km into the sea (${by}); the track was not published.`,
  },
};

const ko: ChartWords = {
  title: (date, place) => `지도: 북한, ${dateRange(date, undefined, 'ko')} ${place} 일대에서 미사일 발사`,
  regions: {
    'sea-east': ['동해', '(일본명 일본해)'],
    'country-kp': ['북한'],
    'country-kr': ['한국'],
    'country-cn': ['중국'],
    'country-ru': ['러시아'],
    'country-jp': ['일본'],
  },
  km: (n) => `${koreanNumber.format(Math.round(n))}km`,
  number: (n) => koreanNumber.format(Math.round(n)),
  kmRange: (a, b) => `${a}~${b}km`,
  placeJoin: '·',
  placeKm: (name, distance) => `${name} ${distance}`,
  date: (iso, year = false) => (year ? dateRange(iso, undefined, 'ko') : shortDay(iso, 'ko')),
  time: koreanTime,
  panelTime: (hhmm) => `현지시간 ${koreanTime(hhmm)}께`,
  readoutCaption: (by, label) => `비행거리(${by}: ${label})`,
  claim: (by, label) => `${by}: ${label}`,
  report: (by, date) => `${by}, ${date}:`,
  reportBrief: (by, date) => [`${by},`, `${date}:`],
  earlierWhen: (date, from) => `${date}, ${from} 일대:`,
  earlierTrack: (by, label) => `${by}: ${label}, 궤적 미공개`,
  earlierLaunch: (date) => `${date} 발사:`,
  earlierBrief: (by, label) => `${label}(${by}),`,
  trackNotPublished: '궤적 미공개',
  ring: (r) => [
    // Two parts, so that a narrow map breaks the line at the colon.
    [`발사 지역에서 ${r}km:`, '미사일의 최대 사거리가 아닌 비행거리'],
    [`${r}km: 비행거리,`, '최대 사거리 아님'],
    [`${r}km:`, '비행거리,', '최대 사거리 아님'],
  ],
  spotApproximate: (label) => `${label}(대략적 위치)`,
  noSpot: '낙하 지점 미발표',
  area: (name) => `${name} 일대`,
  siteNotDisclosed: '정확한 지점 미공개',
  desc: {
    intro: '한반도와 중국, 러시아 극동, 일본, 동해(일본명 일본해)를 담은 지도.',
    launch: (name, date, time) => `${name} 일대의 발사 지역을 음영으로 표시했다. 정확한 발사 지점은 공개되지 않았다. 발사 시각: ${date} 현지시간 ${time}께.`,
    flightPart: (flown, km, by, direction) => `비행경로는 ${by}${josa(by, '이', '가')} 발표한 ${km}km 가운데 ${flown}km까지 그렸다. 방향은 ${direction}.`,
    flightWhole: (km, by, direction) => `${by}의 발표대로 비행경로는 ${direction} 방향으로 약 ${km}km 이어진다. 정확한 궤적은 공개되지 않았다.`,
    landingSea: (by, date, what) => `${by}, ${date}: ${what}. 낙하 지점은 제시되지 않았다.`,
    landingLand: (by, date, what) => `${by}, ${date}: ${what}. 지도에 표시한 지점은 대략적인 위치다.`,
    placeAt: (name, km) => `${name}(${km}km)`,
    ring: (km, inside, near) =>
      `원은 발사 지역에서 ${km}km 거리를 나타낸다. 미사일의 최대 사거리가 아니라 비행거리다. 원 안: ${inside.join(', ')}.${near.length ? ` 원 바로 밖: ${near.join(', ')}.` : ''}`,
    tick: (by, what, km, flightBy, flightKm) =>
      `${by}: ${what}${josa(what, '은', '는')} ${km}km. ${flightBy}${josa(flightBy, '이', '가')} 발표한 비행거리는 약 ${flightKm}km다.`,
    claim: (by, what) => `${by}: ${what}.`,
    earlier: (date, from, km, by) => `${date}: ${by}에 따르면 ${from} 일대에서 발사된 미사일이 약 ${km}km를 날아 바다에 떨어졌다. 궤적은 공개되지 않았다.`,
  },
};

export const WORDS: Record<Locale, ChartWords> = { en, ko };

export const PAGE_WORDS: Record<Locale, PageWords> = {
  en: {
    sourceLine: (first, more) => `Sources: ${first.join('; ')} and ${more} more (table below); Natural Earth. Distances: our calculation.`,
    buildCaption: (km) => `The whole picture: the flight, both landing reports and the ${km} km ring.`,
    table: {
      note: (centre) => `Map: azimuthal equidistant projection centred on ${centre}, so every distance from the launch area is true to scale.`,
      label: 'Table: the places on the map, their distance from the launch area, and the sources',
      placesCaption: (centre, lat, lon, km) =>
        `Distances from the centre of ${centre} (${lat}° N, ${lon}° E), by great circle on a sphere of radius 6,371 km (our calculation). “Within ${km} km” compares each distance with the ${km} km the missiles flew, not with their maximum range.`,
      place: 'Place',
      country: 'Country',
      distance: 'Distance (km)',
      within: (km) => `Within ${km} km?`,
      coordinates: 'Coordinates',
      sources: 'Sources',
      launchArea: 'launch area',
      yes: 'yes',
      no: 'no',
      coords: (lat, lon) => `${lat}° N, ${lon}° E`,
      countries: {
        KP: 'North Korea',
        KR: 'South Korea',
        JP: 'Japan',
        RU: 'Russia',
        CN: 'China',
        US: 'United States',
        UA: 'Ukraine',
      },
      claimsCaption: 'The figures on the map and who gave them. Each is a claim by the party named.',
      launch: 'Launch',
      claimText: 'Claim',
      claimedBy: 'Claimed by',
      launchCell: (date, area) => `${date}, ${area} area`,
      claimKm: (km) => `${km} km: `,
      reported: (date) => ` (reported ${date})`,
    },
  },
  ko: {
    sourceLine: (first, more) => `출처: ${first.join(', ')} 외 ${more}곳(아래 표), Natural Earth. 거리: 자체 계산.`,
    buildCaption: (km) => `전체 그림: 비행경로, 낙하 지점에 관한 두 보도, ${km}km 원.`,
    table: {
      note: (centre) => `지도: ${centre}${josa(centre, '을', '를')} 중심으로 한 정거방위도법이어서, 발사 지역에서 잰 거리는 모두 축척과 정확히 맞는다.`,
      label: '표: 지도에 나온 장소와 발사 지역에서의 거리, 출처',
      placesCaption: (centre, lat, lon, km) =>
        `${centre} 중심(북위 ${lat}°, 동경 ${lon}°)에서 잰 거리다. 지구를 반지름 6,371km의 구로 보고 대권 거리(구면 위 최단 거리)로 자체 계산했다. ‘${km}km 이내’는 각 거리를 미사일의 최대 사거리가 아니라 실제 비행거리 ${km}km와 비교한 것이다.`,
      place: '장소',
      country: '나라',
      distance: '거리(km)',
      within: (km) => `${km}km 이내`,
      coordinates: '좌표',
      sources: '출처',
      launchArea: '발사 지역',
      yes: '예',
      no: '아니요',
      coords: (lat, lon) => `북위 ${lat}°, 동경 ${lon}°`,
      countries: {
        KP: '북한',
        KR: '한국',
        JP: '일본',
        RU: '러시아',
        CN: '중국',
        US: '미국',
        UA: '우크라이나',
      },
      claimsCaption: '지도에 나온 수치와 이를 밝힌 주체. 각 수치는 명시된 주체의 주장이다.',
      launch: '발사',
      claimText: '주장',
      claimedBy: '주장 주체',
      launchCell: (date, area) => `${date}, ${area} 일대`,
      claimKm: (km) => `${km}km: `,
      reported: (date) => ` (${date} 발표)`,
    },
  },
};
