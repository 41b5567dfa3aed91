/** The publication's names and words in English (each edition's are in i18n/ui.ts), used by the page, its metadata and the citations. */
import { ui } from '../i18n/ui';
import type { Locale } from '../i18n/locales';

export const SITE_NAME = ui('en').site.name;
export const TITLE = ui('en').site.title;
export const DESCRIPTION = ui('en').site.description;

/**
 * Minutes a reader needs for a chapter, from its MDX body (tags and front matter aside): at 230
 * words a minute in English, and at 500 characters a minute in Korean, which readers count in
 * syllables rather than words.
 */
export function readingMinutes(body: string, locale: Locale = 'en'): number {
  const text = body.replace(/<[^>]+>/g, ' ');
  if (locale === 'ko') return Math.max(1, Math.round(text.replace(/\s+/g, '').length / 500));
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 230));
}

/**
 * The page cited three ways, dated by its version:
 * citations('https://x.test/', '2026-11-23').apa -> "The envoy and the arc: … (2026, November 23). https://x.test/"
 */
export function citations(url: string, versionDate: string): { apa: string; mla: string; chicago: string } {
  const d = new Date(`${versionDate}T00:00:00Z`);
  const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const mlaMonth = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const day = d.getUTCDate();
  const year = d.getUTCFullYear();
  const titleCase = TITLE.replace(/\b(north|korea's|missiles|moscow|arms|aid|trade|envoy|arc)\b/gi, (w) => w[0]!.toUpperCase() + w.slice(1));
  return {
    apa: `${TITLE}. (${year}, ${month} ${day}). ${url}`,
    mla: `“${titleCase}.” ${titleCase.split(':')[0]}, ${day} ${mlaMonth}${mlaMonth.length > 3 || mlaMonth === 'May' ? '' : '.'} ${year}, ${url.replace(/^https?:\/\//, '')}.`,
    chicago: `“${titleCase}.” Last modified ${month} ${day}, ${year}. ${url}.`,
  };
}

/**
 * The page cited the ways Korean schools ask for: a report's footnote (author, 「title」, date
 * of the version, address) and APA as Korean textbooks write it.
 *
 *   koreanCitations('https://x.test/ko/', '2026-12-02').report -> "외교 사절과 미사일 궤적, 「…」, 2026년 12월 2일 수정, https://x.test/ko/."
 */
export function koreanCitations(url: string, versionDate: string): { report: string; apa: string } {
  const { name, title } = ui('ko').site;
  const d = new Date(`${versionDate}T00:00:00Z`);
  const date = `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
  return {
    report: `${name}, 「${title}」, ${date} 수정, ${url}.`,
    apa: `${name}. (${date}). ${title}. ${url}`,
  };
}
