/** The story's own metadata in an edition, shared by the page, its share cards and its JSON-LD. */
import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

export const storyMeta = (locale: Locale) => {
  const { site } = ui(locale);
  return {
    /** Short title, on share cards and in `headline`. */
    headline: site.name,
    title: site.title,
    description: site.description,
    publisher: site.name,
    section: site.section,
  } as const;
};

/** The English edition's. */
export const STORY = storyMeta('en');
