/**
 * The editions. English is the default and lives at `/`; every other edition is the same site
 * under its own prefix (`/ko/`), made from the same code with a locale passed through. The
 * content carries each edition's words (`ko:` maps in content/data, content/ko/story).
 */
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The editions that translate the English, by the language each is written in. */
export const TRANSLATIONS = { ko: 'Korean' } as const;
export type Translation = keyof typeof TRANSLATIONS;

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** `<html lang>` and every `lang` attribute. */
export const LANG: Record<Locale, string> = { en: 'en', ko: 'ko' };
/** Intl's locale for dates and numbers. */
export const INTL: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };
/** Each edition's name in its own language, for the language switch. */
export const NATIVE_NAME: Record<Locale, string> = { en: 'English', ko: '한국어' };
/** The publication's name in each edition (the rest of its words are in ui.ts, which browser code does not load). */
export const SITE_NAME: Record<Locale, string> = { en: 'The envoy and the arc', ko: '외교 사절과 미사일 궤적' };
/** Open Graph's locale. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', ko: 'ko_KR' };

/** The path prefix of an edition: '' for English, '/ko' for Korean. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** A site path in an edition: `localePath('ko', '/embed/timeline/')` -> '/ko/embed/timeline/'. */
export const localePath = (locale: Locale, path: string): string => `${localePrefix(locale)}${path.startsWith('/') ? path : `/${path}`}`;

/** The edition a site path belongs to, and the path without its prefix: '/ko/embed/x/' -> ['ko', '/embed/x/']. */
export function splitLocale(pathname: string): [Locale, string] {
  const first = pathname.split('/')[1];
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) return [first, pathname.slice(first.length + 1) || '/'];
  return [DEFAULT_LOCALE, pathname];
}
