/** Date helpers for YYYY-MM-DD strings, all in UTC so that no machine's time zone moves a day. */
import { utcFormat } from 'd3-time-format';

/** `utcDate('2024-09-18')` -> the Date at 00:00 UTC that day. */
export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const day = utcFormat('%-d');
const monthDay = utcFormat('%b %-d');
const full = utcFormat('%b %-d, %Y');

/**
 * A short human date or range, the way a newsroom writes it:
 * `dateRange('2023-07-25', '2023-07-27')` -> "Jul 25–27, 2023";
 * `dateRange('2024-09-18')` -> "Sep 18, 2024".
 */
export function dateRange(start: string, end?: string): string {
  const a = utcDate(start);
  if (!end || end === start) return full(a);
  const b = utcDate(end);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${full(a)} – ${full(b)}`;
  if (a.getUTCMonth() === b.getUTCMonth()) return `${monthDay(a)}–${day(b)}, ${b.getUTCFullYear()}`;
  return `${monthDay(a)} – ${monthDay(b)}, ${b.getUTCFullYear()}`;
}

/** The day without its year, for labels where the year goes without saying: `shortDay('2024-09-18')` -> "Sep 18". */
export const shortDay = (iso: string): string => monthDay(utcDate(iso));

/** True when `date` lies within [start, end], all YYYY-MM-DD (strings compare in date order). */
export const within = (date: string, start: string, end: string): boolean => date >= start && date <= end;
