/**
 * The edition of the page being built, from its address: components anywhere on a page (inside
 * MDX too) read it the same way, so no locale prop has to be threaded through the prose.
 *
 *   pageLocale(new URL('https://x.org/ko/embed/timeline/')) -> 'ko'
 */
import { localePath, LOCALES, splitLocale, type Locale } from './locales';

export const pageLocale = (url: URL): Locale => splitLocale(url.pathname)[0];

/** The same page in every edition, by locale: what hreflang links and the language switch point to. */
export function alternates(url: URL, site: URL | string): Array<{ locale: Locale; href: string }> {
  const [, rest] = splitLocale(url.pathname);
  return LOCALES.map((locale) => ({ locale, href: new URL(localePath(locale, rest), site).href }));
}
