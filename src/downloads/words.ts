/**
 * The downloads' own words in each edition: the tables' titles and descriptions and every
 * column's description (the CSV/JSON files, the Data Package descriptor and the /data/ page all
 * show them), the words the tables compute (a distance's method, the countries), each file's
 * one-line description, the archive's README and the slide deck. The rows' own text comes from
 * the content, in the edition's words (lib/content.ts); ids, dates, numbers and field names are
 * the same in every edition, so a script written for one reads the other.
 *
 *   DOWNLOAD_WORDS.ko.countries.kp -> '북한'
 *   DOWNLOAD_WORDS.en.statedBy("South Korea's JCS") -> "As stated by South Korea's JCS; not measured by us."
 */
import type { Locale } from '../i18n/locales';

/** A table's title, description and the description of each of its columns. */
export interface TableWords<F extends string> {
  title: string;
  description: string;
  fields: Record<F, string>;
}

type SourceField = 'source_ids' | 'source_publishers' | 'source_dates' | 'source_urls';
type ClaimField =
  | 'launch_id' | 'launch_date' | 'launch_time_kst' | 'launch_area' | 'launch_area_note' | 'claim_id' | 'claim_kind' | 'claimed_by' | 'claim'
  | 'distance_km' | 'distance_method' | 'landing_surface' | 'landing_reported';
type PlaceField = 'place_id' | 'name' | 'local_name' | 'country' | 'kind' | 'lat' | 'lon' | 'precision' | 'distance_from_launch_km' | 'distance_method';
type ExchangeField = 'event_id' | 'start' | 'end' | 'kind' | 'direction' | 'label' | 'who' | 'role' | 'place' | 'summary' | 'uncertainty';
type FlowField =
  | 'flow_id' | 'from' | 'to' | 'category' | 'what' | 'amount' | 'value' | 'unit' | 'equivalent' | 'claimant' | 'claim_date' | 'status' | 'denial_ids' | 'denied_by';
type DenialField = 'denial_id' | 'date' | 'who' | 'role' | 'side' | 'quote';
type SourceTableField = 'source_id' | 'publisher' | 'title' | 'date' | 'url' | 'note';

/** What a step picture's file is, for the README and the /data/ page. */
interface PictureLabel {
  chapter: string;
  position: number;
  count: number;
  stepId: string;
  theme: 'light' | 'dark';
}

export interface ReadmeWords {
  /** The README's sections, in order; `home` is the story's address. */
  intro: (home: string, version: string) => string;
  licence: (licence: { name: string; title: string; path: string }, credit: string, home: string) => string;
  data: (delimiter: string) => string;
  /** One table's heading line: "Sources (sources, 12 rows)". */
  table: (title: string, name: string, rows: number) => string;
  pictures: string;
  files: string;
  /** The README's own line in the list of files. */
  self: string;
}

/** The slides' words: `howTo`, `version`, `footnoted`, `endHeading` and `endNote` are HTML, given escaped arguments (their own text needs no escaping). */
export interface DeckWords {
  /** `<html lang>`. */
  lang: string;
  /** The document's `<title>`. */
  title: (story: string) => string;
  /** A slide's place: its aria-label and the line above its chart. */
  slideLabel: (chapter: string, position: number, count: number) => string;
  where: (chapter: string, position: number, count: number) => string;
  titleLabel: string;
  /** The title slide's note on how to move. */
  howTo: (slides: number) => string;
  /** Before the story's address on the title slide. */
  version: (date: string) => string;
  endHeading: string;
  /** Before the story's address on the closing slide. */
  footnoted: string;
  endNote: (licence: string, credit: string) => string;
}

export interface DownloadWords {
  tables: {
    'launch-claims': TableWords<ClaimField>;
    /** `origin`: the name of the launch area the distances are measured from. */
    places: (origin: string) => TableWords<PlaceField>;
    /** `from`, `to`: the months of the first and last event ("July 2023"). */
    exchanges: (from: string, to: string) => TableWords<ExchangeField>;
    flows: TableWords<FlowField>;
    denials: TableWords<DenialField>;
    sources: TableWords<SourceTableField>;
  };
  /** The four source columns every table but the sources ends with. */
  sourceFields: Record<SourceField, string>;
  /** Where no launch area is known to measure from. */
  launchArea: string;
  /** How the places' distances were computed. */
  distanceMethod: string;
  /** How a claimed distance was obtained. */
  statedBy: (claimant: string) => string;
  /** The two countries, as the flows' and denials' `from`, `to` and `side` columns name them. */
  countries: { kp: string; ru: string };
  /** The Data Package descriptor's words. */
  package: {
    /** The story's description, then what every row carries. */
    description: (story: string) => string;
    keywords: string[];
    sources: { reports: string; basemap: string };
  };
  /** Each file in a few words, for the README and the /data/ page. */
  about: {
    csv: (title: string, rows: number) => string;
    json: (title: string) => string;
    descriptor: string;
    svg: (picture: PictureLabel) => string;
    png: (picture: PictureLabel) => string;
    deck: string;
    archive: string;
  };
  /** The licence's name in the edition's language, where a reader reads it (the descriptor keeps the standard's English). */
  licenceTitle: string;
  readme: ReadmeWords;
  deck: DeckWords;
}

/** The object particle after a Korean word: '을' after a final consonant, '를' after a vowel (or a non-Hangul letter). */
const objectParticle = (word: string): string => {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code <= 11171 && code % 28 ? '을' : '를';
};

const en: DownloadWords = {
  tables: {
    'launch-claims': {
      title: 'Claims about the September 2024 launches',
      description:
        'Every figure the range map draws for the launches of Sept 12 and Sept 18, 2024: how far the missiles flew, where they came down and what they were, one row per claim, each with the party that made it. Where parties disagree, each claim is its own row.',
      fields: {
        launch_id: 'The launch this claim is about.',
        launch_date: 'The launch date (Korea Standard Time).',
        launch_time_kst: 'Local time (KST, UTC+9) of the launch as first reported, HH:MM.',
        launch_area: 'The area named as the launch site.',
        launch_area_note: 'What is and is not known about the launch site.',
        claim_id: 'The claim, unique within its launch.',
        claim_kind: 'distance: how far the missiles flew; landing: where they came down; weapon: what was fired.',
        claimed_by: 'Who made the claim.',
        claim: 'The claim in full, in our words.',
        distance_km: 'For a distance claim: the distance as claimed.',
        distance_method: 'How distance_km was obtained.',
        landing_surface: 'For a landing claim: sea or land.',
        landing_reported: 'For a landing claim: the date the claim was made.',
      },
    },
    places: (origin) => ({
      title: 'Places on the map',
      description: `Every place the range map can draw, with its coordinates, what they stand for, and its distance from ${origin}.`,
      fields: {
        place_id: 'The place.',
        name: 'Its name in English.',
        local_name: 'Its name in its own script (Hangul, Cyrillic, Japanese or Chinese).',
        country: 'ISO 3166-1 alpha-2 code of the country it is in.',
        kind: 'What the place is on the map.',
        lat: 'Latitude, WGS 84.',
        lon: 'Longitude, WGS 84.',
        precision: 'What the coordinates stand for when they are not an exact, published location.',
        distance_from_launch_km: `Distance from ${origin}, the launch area of Sept 18, 2024, rounded to 1 km.`,
        distance_method: 'How distance_from_launch_km was computed.',
      },
    }),
    exchanges: (from, to) => ({
      title: 'Exchanges between Moscow and Pyongyang',
      description: `The visits, launches and sessions the timeline draws, ${from} to ${to}, one row per event.`,
      fields: {
        event_id: 'The event.',
        start: 'The first day.',
        end: 'The last day, for events of more than one day.',
        kind: "visit: a trip between the two countries; launch: a missile launch; session: the Supreme People's Assembly; context: a related event.",
        direction: 'Who travelled to whom: ru-to-kp, kp-to-ru, or none for an event that is not a trip.',
        label: 'The event as the timeline labels it.',
        who: 'Who travelled or acted.',
        role: 'Their office at the time.',
        place: 'Where it happened.',
        summary: 'What happened, in our words.',
        uncertainty: 'Where sources differ or a date is approximate.',
      },
    }),
    flows: {
      title: 'Arms and aid: who claims what',
      description:
        'Every claim of arms, aid or cover moving between North Korea and Russia that the flow diagram draws, one row per dated claim. No amount has been independently audited; each is the claim of the party named, and the denials by Moscow and Pyongyang are listed with each row.',
      fields: {
        flow_id: 'The claim.',
        from: 'Where it is said to come from: North Korea or Russia.',
        to: 'Where it is said to go.',
        category: 'What kind of thing moves (one lane of the diagram).',
        what: 'What is said to move, in our words.',
        amount: 'The amount exactly as the claimant stated it.',
        value: 'The amount as a number, where one was stated; in the unit of the unit column (units are never added together).',
        unit: 'The unit of value.',
        equivalent: "The claimant's own conversion of the amount into another unit, as stated.",
        claimant: 'Who makes the claim.',
        claim_date: 'When the claim was made.',
        status: 'claimed: an accusation; uncertain: reported, not confirmed; on-record: stated by the two governments themselves.',
        denial_ids: 'The denials of this claim (ids in the denials table).',
        denied_by: 'Who denied it and when, e.g. "Dmitry Peskov (2023-10-17)"; the quotations are in the denials table.',
      },
    },
    denials: {
      title: 'Denials by Moscow and Pyongyang',
      description:
        "Statements rejecting the arms-for-aid accusations, with the words as reported. The quotations are their speakers' words, not ours, and are not covered by this package's licence.",
      fields: {
        denial_id: 'The statement.',
        date: 'When it was made.',
        who: 'Who made it.',
        role: 'Their office, and what they were answering.',
        side: 'Which government spoke.',
        quote: "A short quotation exactly as the source reports it: the speaker's words, not ours.",
      },
    },
    sources: {
      title: 'Sources',
      description: 'Every document the other tables and the story cite: who published it, its title, its date and its address.',
      fields: {
        source_id: 'The id the other tables cite.',
        publisher: 'Who published it.',
        title: 'Its headline, or a description of it where we do not quote the headline.',
        date: 'Its date of publication (or of the copy read, where the note says so).',
        url: 'Where to read it; empty where no address is known.',
        note: 'Mirrors, wire copies and other caveats.',
      },
    },
  },
  sourceFields: {
    source_ids: 'The sources behind this row (ids in the sources table), separated by "|".',
    source_publishers: "Each source's publisher, in the order of source_ids.",
    source_dates: "Each source's date of publication (YYYY-MM-DD), in the order of source_ids.",
    source_urls: "Each source's address, in the order of source_ids; empty where none is known.",
  },
  launchArea: 'the launch area',
  distanceMethod:
    'Great-circle distance on a sphere of radius 6,371.0088 km (the mean Earth radius), computed by us with d3-geo from the coordinates in this table.',
  statedBy: (claimant) => `As stated by ${claimant}; not measured by us.`,
  countries: { kp: 'North Korea', ru: 'Russia' },
  package: {
    description: (story) => `${story} Every row names its sources. Amounts of arms and aid are claims by the party named; none has been independently audited.`,
    keywords: ['North Korea', 'Russia', 'missile launch', 'arms trade', 'Choe Son Hui'],
    sources: { reports: 'The news reports listed in the sources table', basemap: 'Natural Earth (basemap, public domain)' },
  },
  about: {
    csv: (title, rows) => `${title}: ${rows} rows (CSV)`,
    json: (title) => `${title} (JSON)`,
    descriptor: "The Data Package descriptor: every table's fields, types, units and sources (Frictionless Data Package v2)",
    svg: (p) => `${p.chapter}, step ${p.position} of ${p.count} (${p.stepId}), ${p.theme}: SVG`,
    png: (p) => `${p.chapter}, step ${p.position} of ${p.count} (${p.stepId}), ${p.theme}: PNG, 1600 px wide`,
    deck: 'The story as slides, one per chart step, for a browser (works offline; print it for a PDF)',
    archive: 'All of the above in one archive, with a README',
  },
  licenceTitle: 'Creative Commons Attribution 4.0 International',
  readme: {
    intro: (home, version) => `Everything you can download from ${home}data/, as of the version of ${version}.`,
    licence: (licence, credit, home) => `WHAT YOU MAY DO WITH IT
Our text, charts and compiled data are under ${licence.title} (${licence.name}, ${licence.path}):
use them, change them and share them, also commercially, as long as you credit "${credit}" and
link to ${home}. Quotations (the "quote" column of the denials table, and words in quotation
marks anywhere) are their speakers' and authors' words, not ours, and are not covered by that
licence. The map's land and borders come from Natural Earth, which is in the public domain.`,
    data: (delimiter) => `THE DATA
Each table comes as CSV (UTF-8 with a byte-order mark, so Excel shows every letter; dates are
YYYY-MM-DD) and as JSON (the same rows as an array of objects). Columns that hold several values,
such as source_ids, separate them with "${delimiter}"; in the JSON they are arrays. Every row names
its sources, with each source's publisher, date and address. Amounts of arms and aid are claims
by the party named: none has been independently audited. datapackage.json describes every table
(field names, types, units, descriptions) as a Frictionless Data Package (v2), so tools such as
frictionless (Python), dpkit or R's frictionless package load all of it from that one file.`,
    table: (title, name, rows) => `${title} (${name}, ${rows} rows)`,
    pictures: `THE PICTURES
images/ holds every step of every chart as SVG and as PNG (1600 px wide, for slides), in light and
dark colours ("_dark" in the name). Under each chart is a caption strip with the step's takeaway,
its sources, the licence and the address of that step, which opens the story at the same picture.
The SVG files carry their own font, so they look the same on any computer.`,
    files: 'THE FILES',
    self: 'This file',
  },
  deck: {
    lang: 'en',
    title: (story) => `${story}: slides`,
    slideLabel: (chapter, position, count) => `${chapter}, step ${position} of ${count}`,
    where: (chapter, position, count) => `${chapter} · step ${position} of ${count}`,
    titleLabel: 'Title',
    howTo: (slides) =>
      `${slides} slides, one per step of the story's charts. Move with PageDown, Space, the arrow keys or a clicker; F11 (or ⌃⌘F) for full screen. Print for a PDF, one slide a page.`,
    version: (date) => `Version of ${date}`,
    endHeading: 'Sources and licence',
    footnoted: 'Every fact in these slides is footnoted in the story, with links to its sources:',
    endNote: (licence, credit) =>
      `Text, charts and data: ${licence}; credit "${credit}" and link to the story. Quotations are their speakers' words. Map data: Natural Earth (public domain).`,
  },
};

const ko: DownloadWords = {
  tables: {
    'launch-claims': {
      title: '2024년 9월 미사일 발사에 관한 주장',
      description:
        '2024년 9월 12일과 9월 18일 발사에 대해 사거리 지도가 그리는 모든 수치입니다. 미사일이 얼마나 날아갔는지, 어디에 떨어졌는지, 무엇이었는지를 주장 하나에 한 행씩, 주장한 당사자와 함께 담았습니다. 당사자들의 주장이 엇갈리면 주장마다 따로 한 행을 둡니다.',
      fields: {
        launch_id: '이 주장이 다루는 발사.',
        launch_date: '발사 날짜(한국 표준시).',
        launch_time_kst: '처음 보도된 발사 시각(한국 표준시, UTC+9), HH:MM.',
        launch_area: '발사 지점으로 지목된 지역.',
        launch_area_note: '발사 지점에 대해 알려진 것과 알려지지 않은 것.',
        claim_id: '주장. 같은 발사 안에서 고유합니다.',
        claim_kind: 'distance: 미사일의 비행거리, landing: 낙하 지점, weapon: 발사한 무기.',
        claimed_by: '주장한 당사자.',
        claim: '주장의 전체 내용(우리가 정리한 표현).',
        distance_km: '거리 주장일 때: 주장된 거리.',
        distance_method: 'distance_km 값을 얻은 방법.',
        landing_surface: '낙하 주장일 때: sea(바다) 또는 land(육지).',
        landing_reported: '낙하 주장일 때: 그 주장이 나온 날짜.',
      },
    },
    places: (origin) => ({
      title: '지도 위의 장소',
      description: `사거리 지도가 그릴 수 있는 모든 장소와 그 좌표, 좌표가 가리키는 것, ${origin}에서의 거리입니다.`,
      fields: {
        place_id: '장소.',
        name: '한국어 이름.',
        local_name: '현지 문자로 쓴 이름(한글, 키릴 문자, 일본어 또는 중국어).',
        country: '장소가 속한 나라의 ISO 3166-1 alpha-2 코드.',
        kind: '지도에서 이 장소가 무엇인지.',
        lat: '위도, WGS 84.',
        lon: '경도, WGS 84.',
        precision: '좌표가 정확히 공개된 위치가 아닐 때, 그 좌표가 가리키는 것.',
        distance_from_launch_km: `2024년 9월 18일의 발사 지역인 ${origin}에서의 거리. 1km 단위로 반올림했습니다.`,
        distance_method: 'distance_from_launch_km를 계산한 방법.',
      },
    }),
    exchanges: (from, to) => ({
      title: '모스크바와 평양의 교류',
      description: `타임라인이 그리는 ${from}부터 ${to}까지의 방문, 발사, 회의입니다. 사건 하나에 한 행입니다.`,
      fields: {
        event_id: '사건.',
        start: '첫날.',
        end: '하루를 넘는 사건의 마지막 날.',
        kind: 'visit: 두 나라 사이의 방문, launch: 미사일 발사, session: 최고인민회의, context: 관련 사건.',
        direction: '누가 누구를 찾아갔는지: ru-to-kp(러시아에서 북한으로), kp-to-ru(북한에서 러시아로), 방문이 아닌 사건은 none.',
        label: '타임라인에 붙은 사건 이름.',
        who: '방문하거나 행동한 사람.',
        role: '당시의 직책.',
        place: '일어난 곳.',
        summary: '일어난 일(우리가 정리한 표현).',
        uncertainty: '출처끼리 엇갈리거나 날짜가 대략적인 부분.',
      },
    }),
    flows: {
      title: '무기와 원조: 누가 무엇을 주장하나',
      description:
        '흐름도가 그리는, 북한과 러시아 사이를 오간다는 무기·원조·외교적 비호에 관한 모든 주장입니다. 날짜가 있는 주장 하나에 한 행입니다. 어떤 수량도 독립적으로 검증되지 않았습니다. 모두 이름을 밝힌 당사자의 주장이며, 모스크바와 평양의 부인은 행마다 함께 적었습니다.',
      fields: {
        flow_id: '주장.',
        from: '보낸다고 알려진 쪽: 북한 또는 러시아.',
        to: '받는다고 알려진 쪽.',
        category: '오가는 것의 종류(흐름도의 한 줄).',
        what: '오간다고 알려진 것(우리가 정리한 표현).',
        amount: '주장한 쪽이 밝힌 그대로의 수량.',
        value: '수량이 밝혀진 경우 그 수. unit 열의 단위이며, 단위가 다른 값은 서로 더하지 않습니다.',
        unit: 'value의 단위.',
        equivalent: '주장한 쪽이 직접 다른 단위로 환산해 밝힌 수량.',
        claimant: '주장한 당사자.',
        claim_date: '주장이 나온 날짜.',
        status: 'claimed: 의혹 제기, uncertain: 보도되었으나 확인되지 않음, on-record: 두 나라 정부가 직접 밝힘.',
        denial_ids: '이 주장에 대한 부인(부인 표의 id).',
        denied_by: '누가 언제 부인했는지. 예: "드미트리 페스코프 (2023-10-17)". 발언 내용은 부인 표에 있습니다.',
      },
    },
    denials: {
      title: '모스크바와 평양의 부인',
      description:
        '무기·원조 맞교환 의혹을 부인한 발언을 보도된 그대로 모았습니다. 인용문은 우리 말이 아니라 발언자의 말이며, 이 데이터 패키지의 라이선스가 적용되지 않습니다.',
      fields: {
        denial_id: '발언.',
        date: '발언한 날짜.',
        who: '발언한 사람.',
        role: '발언자의 직책과 무엇에 대한 답이었는지.',
        side: '어느 나라 정부의 발언인지.',
        quote: '출처가 보도한 그대로의 짧은 인용문. 우리 말이 아니라 발언자의 말입니다.',
      },
    },
    sources: {
      title: '출처',
      description: '다른 표들과 본문이 인용하는 모든 문서: 발행처, 제목, 날짜, 주소.',
      fields: {
        source_id: '다른 표들이 인용하는 id.',
        publisher: '발행처.',
        title: '기사 제목. 제목을 그대로 인용하지 않는 경우 문서에 대한 설명.',
        date: '발행일(비고에 밝힌 경우 참고한 사본의 날짜).',
        url: '읽을 수 있는 주소. 알려진 주소가 없으면 비워 둡니다.',
        note: '미러, 통신사 전재본 등 유의할 점.',
      },
    },
  },
  sourceFields: {
    source_ids: '이 행의 근거가 된 출처(출처 표의 id). "|"로 구분합니다.',
    source_publishers: '각 출처의 발행처. source_ids와 같은 순서입니다.',
    source_dates: '각 출처의 발행일(YYYY-MM-DD). source_ids와 같은 순서입니다.',
    source_urls: '각 출처의 주소. source_ids와 같은 순서이며, 알려진 주소가 없으면 비워 둡니다.',
  },
  launchArea: '발사 지역',
  distanceMethod: '반지름 6,371.0088km(지구 평균 반지름)인 구 위의 대권 거리. 이 표의 좌표로 d3-geo를 써서 직접 계산했습니다.',
  statedBy: (claimant) => `${claimant} 발표 수치이며, 직접 측정한 값이 아닙니다.`,
  countries: { kp: '북한', ru: '러시아' },
  package: {
    description: (story) => `${story} 모든 행에 출처를 밝혔습니다. 무기와 원조의 수량은 이름을 밝힌 당사자의 주장이며, 독립적으로 검증된 것은 없습니다.`,
    keywords: ['북한', '러시아', '미사일 발사', '무기 거래', '최선희'],
    sources: { reports: '출처 표에 실린 보도', basemap: 'Natural Earth(기본 지도, 퍼블릭 도메인)' },
  },
  about: {
    csv: (title, rows) => `${title}: ${rows}행 (CSV)`,
    json: (title) => `${title} (JSON)`,
    descriptor: '데이터 패키지 설명 파일: 모든 표의 필드, 형식, 단위, 출처(Frictionless Data Package v2)',
    svg: (p) => `${p.chapter}, ${p.count}단계 중 ${p.position}단계 (${p.stepId}), ${p.theme === 'dark' ? '어두운 화면' : '밝은 화면'}: SVG`,
    png: (p) => `${p.chapter}, ${p.count}단계 중 ${p.position}단계 (${p.stepId}), ${p.theme === 'dark' ? '어두운 화면' : '밝은 화면'}: PNG, 가로 1600픽셀`,
    deck: '차트 단계마다 한 장씩, 브라우저로 보는 슬라이드(오프라인에서도 열림, 인쇄하면 PDF)',
    archive: '위의 모든 파일과 README를 묶은 압축 파일',
  },
  licenceTitle: '크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스',
  readme: {
    intro: (home, version) => `${home}data/ 에서 내려받을 수 있는 모든 파일입니다. ${version} 버전 기준.`,
    licence: (licence, credit, home) => `이용 조건
우리가 쓴 글, 그린 차트, 정리한 데이터는 크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스
(${licence.name}, ${licence.path})를 따릅니다. "${credit}"${objectParticle(credit)} 출처로 밝히고 ${home} 로
링크하면 상업적 용도를 포함해 자유롭게 쓰고, 고치고, 공유할 수 있습니다. 인용문(부인 표의
quote 열, 그리고 어디서든 따옴표 안의 말)은 우리 말이 아니라 발언자와 필자의 말이며, 이
라이선스가 적용되지 않습니다. 지도의 육지와 국경은 퍼블릭 도메인인 Natural Earth 자료입니다.`,
    data: (delimiter) => `데이터
표마다 CSV(엑셀에서 한글이 깨지지 않도록 바이트 순서 표시(BOM)를 붙인 UTF-8, 날짜는
YYYY-MM-DD)와 JSON(같은 행을 객체 배열로) 두 가지로 제공합니다. source_ids처럼 값이 여러 개인
열은 "${delimiter}"로 구분하며, JSON에서는 배열입니다. 모든 행에 출처와 각 출처의 발행처, 날짜,
주소를 밝혔습니다. 무기와 원조의 수량은 이름을 밝힌 당사자의 주장이며, 독립적으로 검증된 것은
없습니다. datapackage.json은 모든 표(필드 이름, 형식, 단위, 설명)를 Frictionless Data Package(v2)
형식으로 설명하므로, frictionless(Python), dpkit, R의 frictionless 패키지 같은 도구로 이 파일
하나에서 모든 표를 불러올 수 있습니다. 필드 이름, id, 날짜, 수치는 영어판 파일과 같고, 글로 된
값만 한국어입니다.`,
    table: (title, name, rows) => `${title} (${name}, ${rows}행)`,
    pictures: `그림
images/ 폴더에는 모든 차트의 모든 단계가 SVG와 PNG(슬라이드용, 가로 1600픽셀)로, 밝은 화면과
어두운 화면("_dark"가 붙은 이름)으로 들어 있습니다. 각 차트 아래에는 그 단계의 요점, 출처,
라이선스, 그리고 같은 그림에서 이야기를 여는 그 단계의 주소가 적혀 있습니다. SVG 파일은 글꼴을
담고 있어 어느 컴퓨터에서나 똑같이 보입니다.`,
    files: '파일 목록',
    self: '이 파일',
  },
  deck: {
    lang: 'ko',
    title: (story) => `${story}: 슬라이드`,
    slideLabel: (chapter, position, count) => `${chapter}, ${count}단계 중 ${position}단계`,
    where: (chapter, position, count) => `${chapter} · ${count}단계 중 ${position}단계`,
    titleLabel: '표지',
    howTo: (slides) =>
      `슬라이드 ${slides}장: 이야기 속 차트의 단계마다 한 장입니다. PageDown, 스페이스 바, 방향키나 프레젠테이션 리모컨으로 넘기고, F11(Mac은 ⌃⌘F)로 전체 화면을 켭니다. 인쇄하면 한 쪽에 슬라이드 한 장씩 PDF가 됩니다.`,
    version: (date) => `${date} 버전`,
    endHeading: '출처와 라이선스',
    footnoted: '이 슬라이드의 모든 사실은 본문에 각주로 출처와 링크를 달았습니다:',
    endNote: (licence, credit) =>
      `글, 차트, 데이터: ${licence}. “${credit}”${objectParticle(credit)} 출처로 밝히고 이야기로 링크해 주세요. 인용문은 발언자의 말입니다. 지도 자료: Natural Earth(퍼블릭 도메인).`,
  },
};

export const DOWNLOAD_WORDS: Record<Locale, DownloadWords> = { en, ko };
