/**
 * Date helpers for YYYY-MM-DD strings, all in UTC so that no machine's time zone moves a day.
 * Formatting uses the platform's Intl rather than d3-time-format: the browser already has it,
 * and the embeds' script budget has no room for a second copy. Each edition writes dates its
 * own way: "Sep 18, 2024" in English, "2024년 9월 18일" in Korean.
 */
import { INTL, type Locale } from '../i18n/locales';

/** `utcDate('2024-09-18')` -> the Date at 00:00 UTC that day. */
export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A UTC date formatter: `utcFormatter({ month: 'short' })(date)` -> "Sep"; with 'ko', "9월". */
export const utcFormatter = (options: Intl.DateTimeFormatOptions, locale: Locale = 'en') => {
  const format = new Intl.DateTimeFormat(INTL[locale], { ...options, timeZone: 'UTC' });
  return (date: Date) => format.format(date);
};

const MONTH = { en: 'short', ko: 'long' } as const;
const formats = new Map<Locale, { day: (d: Date) => string; monthDay: (d: Date) => string; full: (d: Date) => string; range: Intl.DateTimeFormat }>();
function formatsFor(locale: Locale) {
  let f = formats.get(locale);
  if (!f) {
    const month = MONTH[locale];
    f = {
      day: utcFormatter({ day: 'numeric' }, locale),
      monthDay: utcFormatter({ month, day: 'numeric' }, locale),
      full: utcFormatter({ month, day: 'numeric', year: 'numeric' }, locale),
      range: new Intl.DateTimeFormat(INTL[locale], { month, day: 'numeric', year: 'numeric', timeZone: 'UTC' }),
    };
    formats.set(locale, f);
  }
  return f;
}

/**
 * A short human date or range, the way a newsroom writes it:
 * `dateRange('2023-07-25', '2023-07-27')` -> "Jul 25–27, 2023"; with 'ko', "2023년 7월 25일~27일";
 * `dateRange('2024-09-18')` -> "Sep 18, 2024"; with 'ko', "2024년 9월 18일".
 */
export function dateRange(start: string, end?: string, locale: Locale = 'en'): string {
  const { day, monthDay, full, range } = formatsFor(locale);
  const a = utcDate(start);
  if (!end || end === start) return full(a);
  const b = utcDate(end);
  // Korean ranges follow Intl's own pattern; English keeps the house style's en dashes.
  if (locale !== 'en') return range.formatRange(a, b).replace(/\s*~\s*/, '~');
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${full(a)} – ${full(b)}`;
  if (a.getUTCMonth() === b.getUTCMonth()) return `${monthDay(a)}–${day(b)}, ${b.getUTCFullYear()}`;
  return `${monthDay(a)} – ${monthDay(b)}, ${b.getUTCFullYear()}`;
}

/** The day without its year, for labels where the year goes without saying: `shortDay('2024-09-18')` -> "Sep 18"; with 'ko', "9월 18일". */
export const shortDay = (iso: string, locale: Locale = 'en'): string => formatsFor(locale).monthDay(utcDate(iso));

/** A month and year: `monthYear('2023-07-25')` -> "July 2023"; with 'ko', "2023년 7월". */
export const monthYear = (iso: string, locale: Locale = 'en'): string => utcFormatter({ month: 'long', year: 'numeric' }, locale)(utcDate(iso));

/** The first and last of some YYYY-MM-DD dates, so a caption can say the span its data covers. */
export function dateSpan(dates: string[]): { first: string; last: string } {
  const sorted = [...dates].sort();
  if (!sorted.length) throw new Error('dateSpan: no dates');
  return { first: sorted[0]!, last: sorted.at(-1)! };
}

/** True when `date` lies within [start, end], all YYYY-MM-DD (strings compare in date order). */
export const within = (date: string, start: string, end: string): boolean => date >= start && date <= end;
