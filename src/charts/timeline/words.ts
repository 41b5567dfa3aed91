/**
 * The timeline's own words in each edition: everything it draws or says that is not in the
 * content (labels, summaries and dates come from content/data/exchanges.yaml and lib/dates.ts).
 * Both tables travel to the browser; they are small.
 *
 *   WORDS.ko.bands.kp -> '북한'
 *   WORDS.ko.sourceLine(['TASS', 'Yonhap'], 3) -> '출처: TASS, Yonhap 외 3곳(아래 표). …'
 */
import type { Locale } from '../../i18n/locales';
import type { Direction, EventKind } from '../../lib/vocabulary';
import type { TimelineView } from './state';

export interface TimelineWords {
  /** The chart's `<title>`. */
  title: string;
  /** The two country bands' names. */
  bands: { ru: string; kp: string };
  /** The time each view puts on the axis, in words, for `<desc>`. */
  spans: Record<TimelineView, string>;
  /** `<desc>`'s sentence on the time shown. */
  timeShown(span: string): string;
  /** One highlighted event in `<desc>`: its label, its date and its sources' publishers. */
  highlightItem(label: string, dateText: string, publishers: string[]): string;
  /** `<desc>`'s sentence listing the highlighted events. */
  highlighted(items: string[]): string;
  /** The line under the chart: the first publishers, how many more, and how to read the arrows. */
  sourceLine(first: string[], more: number): string;
  /** The data table under the steps. */
  table: {
    /** The collapsed table's summary. */
    label: string;
    caption: string;
    headers: { date: string; event: string; kind: string; direction: string; who: string; where: string; sources: string };
    kind: Record<EventKind, string>;
    direction: Record<Direction, string>;
    /** The event cell: its label, then its summary. */
    event(label: string, summary: string): string;
    /** The caveat after the summary, with its own leading space. */
    uncertain(text: string): string;
    /** The person and, where known, their role. */
    who(who: string, role?: string): string;
  };
}

const en: TimelineWords = {
  title: 'Timeline: exchanges between Moscow and Pyongyang, July 2023 to October 2024',
  bands: { ru: 'Russia', kp: 'North Korea' },
  spans: { full: 'July 2023 to October 2024', september: 'September 9 to October 11, 2024' },
  timeShown: (span) => `Time shown: ${span}.`,
  highlightItem: (label, dateText, publishers) => `${label}, ${dateText} (${publishers.join(', ')})`,
  highlighted: (items) => `Highlighted: ${items.join('; ')}.`,
  sourceLine: (first, more) =>
    `Sources: ${first.join(', ')} and ${more} more (table below). Arrows point from the traveller's country to the host's; thicker arrows mean higher rank.`,
  table: {
    label: 'Table: every event in the timeline, with its sources',
    caption: 'Exchanges between Moscow and Pyongyang, July 2023 to October 2024',
    headers: { date: 'Date', event: 'Event', kind: 'Kind', direction: 'Direction', who: 'Who', where: 'Where', sources: 'Sources' },
    kind: { visit: 'Visit', launch: 'Missile launch', session: 'Parliament session', context: 'Related event' },
    direction: { 'ru-to-kp': 'Russia → North Korea', 'kp-to-ru': 'North Korea → Russia', none: '—' },
    event: (label, summary) => `${label}. ${summary}`,
    uncertain: (text) => ` Uncertain: ${text}`,
    who: (who, role) => (role ? `${who}, ${role}` : who),
  },
};

const count = new Intl.NumberFormat('ko-KR');

const ko: TimelineWords = {
  title: '타임라인: 모스크바와 평양의 교류(2023년 7월~2024년 10월)',
  bands: { ru: '러시아', kp: '북한' },
  spans: { full: '2023년 7월~2024년 10월', september: '2024년 9월 9일~10월 11일' },
  timeShown: (span) => `표시 기간: ${span}.`,
  highlightItem: (label, dateText, publishers) => `${label}: ${dateText}(출처: ${publishers.join(', ')})`,
  highlighted: (items) => `강조한 사건: ${items.join('; ')}.`,
  sourceLine: (first, more) =>
    `출처: ${first.join(', ')} 외 ${count.format(more)}곳(아래 표). 화살표는 방문자의 나라에서 방문한 나라 쪽을 가리키며, 굵을수록 방문자의 지위가 높다.`,
  table: {
    label: '표: 타임라인의 모든 사건과 출처',
    caption: '모스크바와 평양의 교류(2023년 7월~2024년 10월)',
    headers: { date: '날짜', event: '사건', kind: '유형', direction: '방향', who: '인물', where: '장소', sources: '출처' },
    kind: { visit: '방문', launch: '미사일 발사', session: '의회 회의', context: '관련 사건' },
    direction: { 'ru-to-kp': '러시아 → 북한', 'kp-to-ru': '북한 → 러시아', none: '—' },
    event: (label, summary) => `[${label}] ${summary}`,
    uncertain: (text) => ` 불확실한 점: ${text}`,
    who: (who, role) => (role ? `${who}, ${role}` : who),
  },
};

export const WORDS: Record<Locale, TimelineWords> = { en, ko };
