/**
 * The timeline's inputs for unit tests, read from the real content files without Astro, in each
 * edition: the exchanges and sources with their `ko:` maps laid over (as lib/content.ts does),
 * and chapter 2's step table with the Korean chapter's takeaways.
 */
import { dataRows, frontMatter } from '../../../tests/support/content';
import type { Locale } from '../../i18n/locales';
import { localizeData } from '../../i18n/localize';
import { timelineModel, type ExchangeData, type SourceData, type TimelineEvent } from './model';
import type { TimelineStep } from './state';

const rows = <T>(name: string, locale: Locale) => dataRows<T>(name).map(({ id, data }) => ({ id, data: localizeData(data, locale) }));

/** The timeline's events in `locale`. */
export function eventsIn(locale: Locale): TimelineEvent[] {
  const sources = new Map(rows<SourceData>('sources', locale).map((s) => [s.id, s.data]));
  return timelineModel(rows<ExchangeData>('exchanges', locale), sources, locale);
}

/** Chapter 2's steps in `locale`: the English table, with the edition's takeaways. */
export function stepsIn(locale: Locale): TimelineStep[] {
  const { steps } = frontMatter<{ steps: TimelineStep[] }>('02-envoy.mdx');
  if (locale === 'en') return steps;
  const own = frontMatter<{ steps: Array<{ id: string; takeaway: string }> }>(`../${locale}/story/02-envoy.mdx`);
  const takeaways = new Map(own.steps.map((s) => [s.id, s.takeaway]));
  return steps.map((s) => ({ ...s, takeaway: takeaways.get(s.id) ?? s.takeaway }));
}

/** Every publisher the events cite: names that stay as their publishers write them, in every edition. */
export const publishers = (events: TimelineEvent[]): string[] => [...new Set(events.flatMap((e) => e.sourceNames))];
