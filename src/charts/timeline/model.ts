/**
 * The timeline's model: exchange entries joined to their sources, sorted by date.
 *
 *   timelineModel([{ id: 'shoigu-2023', data: { start: '2023-07-25', ... } }], sources)
 *   -> [{ id: 'shoigu-2023', start: '2023-07-25', dateText: 'Jul 25–27, 2023', sourceNames: ['TASS'], ... }]
 *   timelineModel(exchanges, sources, 'ko') -> [{ ..., dateText: '2023년 7월 25일~27일', ... }]
 */
import { dateRange } from '../../lib/dates';
import type { Locale } from '../../i18n/locales';
import type { SourceData } from '../sources';
import type { ExchangeData } from '../../lib/schemas';

export type { Direction, EventKind, Rank } from '../../lib/vocabulary';
export type { ExchangeData } from '../../lib/schemas';

export type { SourceData };

export interface TimelineEvent extends ExchangeData {
  id: string;
  /** "Jul 25–27, 2023"; in Korean "2023년 7월 25일~27일". */
  dateText: string;
  /** Publishers of the sources, in the order cited, without repeats. */
  sourceNames: string[];
}

/** Joins exchanges (already in `locale`'s words) to their sources' publishers and sorts them by start date, then id. */
export function timelineModel(
  exchanges: Array<{ id: string; data: ExchangeData }>,
  sources: Map<string, SourceData>,
  locale: Locale = 'en',
): TimelineEvent[] {
  return exchanges
    .map(({ id, data }) => ({
      ...data,
      id,
      dateText: dateRange(data.start, data.end, locale),
      sourceNames: [...new Set(data.sources.map((s) => sources.get(s)?.publisher ?? s))],
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
