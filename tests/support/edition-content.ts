/**
 * The content in an edition, read from the content files as the build reads them, for the
 * end-to-end tests: each chapter's title and step takeaways (content/story, content/<locale>/story),
 * and data rows with the edition's `ko:` maps laid over the English (src/i18n/localize.ts). So a
 * test looks for the Korean takeaway of a step, or the Korean name of a place, without typing it.
 *
 *   chapterOf('ko', 'timeline').title  -> the Korean chapter 2's title
 *   takeawayOf('ko', 'flow-denials')   -> its Korean takeaway
 *   rowsIn('people', 'ko')             -> people.yaml in Korean
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { localizeData } from '../../src/i18n/localize';
import type { Locale } from '../../src/i18n/locales';
import { dataRows } from './content';

/** A step of a chapter's step table: its id, takeaway, and what it gives the chart (a frame, annotations…). */
export interface EditionStep {
  id: string;
  takeaway: string;
  frame?: { label: string; note: string };
  annotations?: Array<{ text: string }>;
  [field: string]: unknown;
}

interface FrontMatter {
  title: string;
  kicker?: string;
  chart?: string;
  steps?: EditionStep[];
}

export interface EditionChapter {
  /** The chapter's id (its file name without .mdx). */
  id: string;
  /** Its chart ('none' for prose). */
  chart: string;
  title: string;
  kicker?: string;
  steps: EditionStep[];
}

const frontMatterOf = (file: string): FrontMatter => {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no front matter`);
  return parse(match[1]!) as FrontMatter;
};

const storyDir = (locale: Locale) => (locale === 'en' ? 'content/story' : `content/${locale}/story`);

/** Every chapter in reading order, in `locale`: the English step table with the edition's words laid over it (takeaways, frames, annotations). */
export function chaptersIn(locale: Locale): EditionChapter[] {
  return readdirSync('content/story')
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const english = frontMatterOf(`content/story/${file}`);
      const own = locale === 'en' ? english : frontMatterOf(`${storyDir(locale)}/${file}`);
      const ownSteps = new Map((own.steps ?? []).map((s) => [s.id, s]));
      return {
        id: file.replace(/\.mdx$/, ''),
        chart: english.chart ?? 'none',
        title: own.title,
        kicker: own.kicker,
        // The edition's step laid over the English one as the build does (lists item by item, fields by name).
        steps: (english.steps ?? []).map((s) => localizeData({ ...s, [locale]: locale === 'en' ? undefined : ownSteps.get(s.id) }, locale)),
      };
    });
}

/** The chapter that draws `chart`, in `locale`. */
export function chapterOf(locale: Locale, chart: string): EditionChapter {
  const chapter = chaptersIn(locale).find((c) => c.chart === chart);
  if (!chapter) throw new Error(`no chapter draws the chart "${chart}"`);
  return chapter;
}

/** A step's takeaway in `locale`. */
export function takeawayOf(locale: Locale, step: string): string {
  const found = chaptersIn(locale)
    .flatMap((c) => c.steps)
    .find((s) => s.id === step);
  if (!found?.takeaway) throw new Error(`no takeaway for step "${step}" in ${locale}`);
  return found.takeaway;
}

/** The rows of `content/data/<name>.yaml` in `locale`, as the build gives them to the page. */
export function rowsIn<T>(name: string, locale: Locale): Array<{ id: string; data: T }> {
  return dataRows<T>(name).map(({ id, data }) => ({ id, data: localizeData(data, locale) }));
}

/** One row of `content/data/<name>.yaml` in `locale`. */
export function rowIn<T>(name: string, id: string, locale: Locale): T {
  const row = rowsIn<T>(name, locale).find((r) => r.id === id);
  if (!row) throw new Error(`content/data/${name}.yaml has no entry "${id}"`);
  return row.data;
}
