/** The archive's README, in plain words and in its edition's language: what is in it, what each table holds, and how it may be used. */
import type { Dataset } from './datasets';
import { LIST_DELIMITER } from './datasets';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { DOWNLOAD_WORDS } from './words';

export interface ReadmeInput {
  site: string;
  /** The content's version date. */
  version: string;
  /** Every file in the archive but the README itself, with its path in the archive. */
  files: Array<{ path: string; about: string }>;
  datasets: Dataset[];
  licence: { name: string; title: string; path: string };
  /** The edition: its words, its title and its address (`/ko/`); English by default. */
  locale?: Locale;
  /** The story's address in this edition; the site's root by default. */
  home?: string;
}

/** Columns a monospaced font gives a text: Hangul and other wide letters take two. */
const columns = (text: string): number => [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(c) ? 2 : 1), 0);

export function readme({ site, version, files, datasets, licence, locale = DEFAULT_LOCALE, home = new URL('/', site).href }: ReadmeInput): string {
  const words = DOWNLOAD_WORDS[locale].readme;
  const { title, name } = ui(locale).site;
  const width = Math.max(...files.map((f) => f.path.length));
  return `${title}
${'='.repeat(columns(title))}

${words.intro(home, version)}

${words.licence(licence, name, home)}

${words.data(LIST_DELIMITER)}

${datasets.map((d) => `${words.table(d.title, d.name, d.rows.length)}\n  ${d.description}\n${d.fields.map((f) => `  - ${f.name}${f.unit ? ` [${f.unit}]` : ''}: ${f.description}`).join('\n')}`).join('\n\n')}

${words.pictures}

${words.files}
${files.map((f) => `${f.path.padEnd(width)}  ${f.about}`).join('\n')}
${'README.txt'.padEnd(width)}  ${words.self}
`;
}
