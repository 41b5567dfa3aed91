/**
 * The edition a test runs in. Every spec imports `test` and `expect` from here: the `en` project
 * runs it on the English site (`/`), the `ko` project on the Korean one (`/ko/`), so one test
 * covers both. Pages are opened with paths relative to the edition (`page.goto(at('?step=x'))`,
 * `at('embed/timeline/')`), and words a test looks for come from the site's own dictionaries
 * (`words.chart.next`), never typed into the test.
 */
import { test as base, expect } from '@playwright/test';
import { localePath, type Locale } from '../../src/i18n/locales';
import { ui, type UiWords } from '../../src/i18n/ui';

export interface Edition {
  locale: Locale;
  /** A site path in this edition: `at('/embed/timeline/')` -> '/ko/embed/timeline/' in Korean. */
  at: (path: string) => string;
  /** The page's words in this edition. */
  words: UiWords;
}

export interface EditionOptions {
  /** The edition the project runs (playwright.config.ts). */
  editionLocale: Locale;
}

export const test = base.extend<EditionOptions & { edition: Edition }>({
  editionLocale: ['en', { option: true }],
  edition: async ({ editionLocale: locale }, use) => {
    await use({ locale, at: (path) => localePath(locale, path.startsWith('/') ? path : `/${path}`), words: ui(locale) });
  },
});

export { expect };
