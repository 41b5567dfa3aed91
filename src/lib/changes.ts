/**
 * "What changed" as the page, its notes and the Atom feed show it: one wording per entry, so a
 * correction reads the same in the changelog, at the place it changed and in a feed reader.
 *
 *   changeTitle({ kind: 'correction', was: 'It said X.', now: 'Y.' }) -> 'Correction: It said X.'
 *   changeHref({ at: 'arc-ring' }, ['arc-ring'])                      -> '/?step=arc-ring'
 */
import type { z } from 'astro/zod';
import type { updateSchema } from './schemas';

export type Change = z.infer<typeof updateSchema>;

/** "Correction" or "Update", as a label. */
export const changeLabel = (c: Pick<Change, 'kind'>): string => (c.kind === 'correction' ? 'Correction' : 'Update');

/** A one-line title: what was wrong for a correction, the text itself for an update. */
export const changeTitle = (c: Change): string => `${changeLabel(c)}: ${c.kind === 'correction' ? c.was : c.text}`;

/** The whole entry in plain words, as a paragraph. */
export const changeText = (c: Change): string =>
  c.kind === 'correction' ? `An earlier version of this page was wrong. ${c.was} ${c.now}` : c.text;

/** Where the change can be seen on the page: a step's permalink, or the section's anchor. */
export function changeHref(c: Pick<Change, 'at'>, stepIds: readonly string[]): string {
  if (!c.at) return '/';
  return stepIds.includes(c.at) ? `/?step=${c.at}` : `/#${c.at}`;
}

/** The entry's anchor in "What changed". */
export const changeAnchor = (id: string): string => `change-${id}`;
