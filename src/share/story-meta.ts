/** The story's own metadata, shared by the page, its share cards and its JSON-LD. */
import { DESCRIPTION, SITE_NAME, TITLE } from '../lib/site';

export const STORY = {
  /** Short title, on share cards and in `headline`. */
  headline: SITE_NAME,
  title: TITLE,
  description: DESCRIPTION,
  publisher: SITE_NAME,
  section: 'World',
} as const;
