/** The timeline's text alternative: what a step shows, in words, for the scene's `<desc>`. */
import type { Locale } from '../../i18n/locales';
import type { TimelineEvent } from './model';
import type { TimelineState } from './state';
import { WORDS } from './words';

/** The step's takeaway and the highlighted events in `locale`'s words, for `<desc>`. */
export function describe(events: TimelineEvent[], state: TimelineState, locale: Locale = 'en'): string {
  const words = WORDS[locale];
  const chosen = state.highlight
    .map((id) => events.find((e) => e.id === id))
    .filter((e): e is TimelineEvent => !!e)
    .map((e) => words.highlightItem(e.label, e.dateText, e.sourceNames));
  const parts = [state.takeaway, words.timeShown(words.spans[state.view]), chosen.length ? words.highlighted(chosen) : ''];
  return parts.filter(Boolean).join(' ');
}
