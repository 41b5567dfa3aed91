/**
 * Date helpers for YYYY-MM-DD strings, all in UTC so that no machine's time zone moves a day.
 * Formatting uses the platform's Intl rather than d3-time-format: the browser already has it,
 * and the embeds' 25 KB script budget has no room for a second copy.
 */

/** `utcDate('2024-09-18')` -> the Date at 00:00 UTC that day. */
export const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A UTC date formatter in US English: `utcFormatter({ month: 'short' })(date)` -> "Sep". */
export const utcFormatter = (options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  return (date: Date) => format.format(date);
};

const day = utcFormatter({ day: 'numeric' });
const monthDay = utcFormatter({ month: 'short', day: 'numeric' });
const full = utcFormatter({ month: 'short', day: 'numeric', year: 'numeric' });

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
