/**
 * "What changed" as the page, its notes and the Atom feed show it: one wording per entry, so a
 * correction reads the same in the changelog, at the place it changed and in a feed reader.
 *
 *   changeTitle({ kind: 'correction', was: 'It said X.', now: 'Y.' }) -> 'Correction: It said X.'
 *   changeHref({ at: 'arc-ring' }, ['arc-ring'])                      -> '/?step=arc-ring'
 */
import type { z } from 'astro/zod';
import type { updateSchema } from './schemas';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

export type Change = z.infer<typeof updateSchema>;

/** "Correction" or "Update", as a label, in an edition's words. */
export const changeLabel = (c: Pick<Change, 'kind'>, locale: Locale = DEFAULT_LOCALE): string => ui(locale).changes[c.kind === 'correction' ? 'correction' : 'update'];

/** A one-line title: what was wrong for a correction, the text itself for an update. */
export const changeTitle = (c: Change, locale: Locale = DEFAULT_LOCALE): string => `${changeLabel(c, locale)}: ${c.kind === 'correction' ? c.was : c.text}`;

/** The whole entry in plain words, as a paragraph. */
export const changeText = (c: Change, locale: Locale = DEFAULT_LOCALE): string =>
  c.kind === 'correction' ? `${ui(locale).changes.pageWasWrong} ${c.was} ${c.now}` : c.text;

/** Where the change can be seen on the edition's page: a step's permalink, or the section's anchor. */
export function changeHref(c: Pick<Change, 'at'>, stepIds: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  const page = localePath(locale, '/');
  if (!c.at) return page;
  return stepIds.includes(c.at) ? `${page}?step=${c.at}` : `${page}#${c.at}`;
}

/** The entry's anchor in "What changed". */
export const changeAnchor = (id: string): string => `change-${id}`;
