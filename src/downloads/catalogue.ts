/**
 * Everything a reader can take away, by file name: each table as CSV and JSON, the Data Package
 * descriptor, every chart step as SVG and PNG in light and dark, the slide deck, and one archive
 * of all of it with a README. `/downloads/<name>` serves each file; the /data/ page, the charts'
 * download links and the archive all list them from here. Names start with the story's slug and
 * say what the file is, so a downloads folder stays readable: `envoy-and-the-arc_arc-ring_dark.png`.
 * Every edition has the same files under the same names, each made in its own words:
 * `/ko/downloads/<name>` is the Korean (its pictures embed the Noto Sans KR they show).
 */
import { zipSync, type Zippable } from 'fflate';
import { storyContent } from '../lib/content';
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { svgStyles, tokenValues } from '../share/share-image';
import { dataPackage, LICENCE } from './datapackage';
import { datasets, type Dataset } from './datasets';
import { slideDeck } from './deck';
import { toCsv, toJson } from './formats';
import { embeddedFontCss, rasterFontFiles } from './image-fonts';
import { readme } from './readme';
import { stepStills, type StepStill } from './stills';
import { SLUG, datasetFile, stepImageFile, type Theme } from './names';
import { imageText, stepImagePng, stepImageSvg } from './step-images';
import { DOWNLOAD_WORDS } from './words';

export { DOWNLOADS, SLUG, datasetFile, stepImageFile } from './names';
export const DESCRIPTOR = 'datapackage.json';
export const ARCHIVE = `${SLUG}_all-data-and-images.zip`;
export const DECK = `${SLUG}_slides.html`;
export const LICENCE_LINE = 'CC BY 4.0';


export interface DownloadFile {
  name: string;
  /** What the file is, in a few words, for the README and the /data/ page. */
  about: string;
  /** Which folder of the archive it goes in. */
  folder: '' | 'images/';
  contents: () => Promise<string | Uint8Array>;
}

// Every stylesheet of the site, so a chart's own CSS file is picked up when it lands.
const sheets = import.meta.glob<string>(['../styles/*.css', '../charts/**/*.css'], { query: '?raw', import: 'default', eager: true });

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};

/** `make` once per edition. */
const perLocale = <T>(make: (locale: Locale) => Promise<T>): ((locale?: Locale) => Promise<T>) => {
  const made = new Map(LOCALES.map((locale) => [locale, once(() => make(locale))]));
  return (locale = DEFAULT_LOCALE) => made.get(locale)!();
};

/** The story's tables in an edition, from the content. */
export const storyDatasets = perLocale(async (locale): Promise<Dataset[]> => {
  const { sources, places, launches, exchanges, flows, denials } = await storyContent(locale);
  return datasets({ sources, places, launches, exchanges, flows, denials }, locale);
});

/** The content's version: the date of the newest entry in "What changed" (the same in every edition). */
export const versionDate = once(async () => (await storyContent()).updates.map((u) => u.data.date).sort().at(-1) ?? '');

/** A step's picture as SVG, with its fonts embedded. */
async function stepSvg(still: StepStill, theme: Theme, site: string, locale: Locale): Promise<string> {
  const css = Object.values(sheets).join('\n');
  const tokens = tokenValues(css, theme);
  const caption = { scene: still.scene, takeaway: still.takeaway, sourceLine: still.sourceLine, licence: LICENCE_LINE, credit: ui(locale).site.name, url: stepUrl(site, still.stepId, locale) };
  return stepImageSvg({ ...caption, styles: svgStyles(css, tokens), tokens, fontFaces: await fontCss(imageText(caption), locale), locale });
}

const fontCsses = new Map<string, Promise<string>>();
/** A picture's embedded fonts, made once for its light and dark files (Korean costs most of a second). */
function fontCss(text: string, locale: Locale): Promise<string> {
  const key = `${locale} ${text}`;
  if (!fontCsses.has(key)) fontCsses.set(key, embeddedFontCss(text, locale));
  return fontCsses.get(key)!;
}

/**
 * The fonts resvg draws an edition's PNGs with: for Korean, Noto Sans KR cut once to every
 * character of every picture (cutting it per picture would cost seconds each).
 */
const pngFonts = perLocale(async (locale) => {
  if (locale === DEFAULT_LOCALE) return rasterFontFiles();
  const stills = await stepStills(locale);
  const text = [ui(locale).site.name, ...stills.flatMap((s) => [s.scene.replace(/<[^>]+>/g, ' '), s.takeaway, s.sourceLine])].join(' ');
  return rasterFontFiles(locale, text);
});

async function deck(stills: StepStill[], site: string, locale: Locale): Promise<string> {
  const css = Object.values(sheets).join('\n');
  const tokens = tokenValues(css, 'light');
  const { name, description } = ui(locale).site;
  return slideDeck({
    title: name, description, stills, styles: svgStyles(css, tokens), tokens, home: storyHome(site, locale),
    stepUrl: (id) => stepUrl(site, id, locale), version: await versionDate(), licence: DOWNLOAD_WORDS[locale].licenceTitle, locale,
  });
}

/** The story's address in an edition: `…/` or `…/ko/`. */
export const storyHome = (site: string, locale: Locale = DEFAULT_LOCALE): string => new URL(localePath(locale, '/'), site).href;
/** A step's address in an edition: `…/?step=<id>` or `…/ko/?step=<id>`. */
export const stepUrl = (site: string, stepId: string, locale: Locale = DEFAULT_LOCALE): string => new URL(localePath(locale, `/?step=${stepId}`), site).href;

/** Every file of an edition (the same names in each), in the order the README lists them. */
export function downloadFiles(site: string, locale: Locale = DEFAULT_LOCALE): Promise<DownloadFile[]> {
  const key = `${locale} ${site}`;
  if (!built.has(key)) built.set(key, build(site, locale));
  return built.get(key)!;
}
const built = new Map<string, Promise<DownloadFile[]>>();

async function build(site: string, locale: Locale): Promise<DownloadFile[]> {
  const tables = await storyDatasets(locale);
  const stills = await stepStills(locale);
  const about = DOWNLOAD_WORDS[locale].about;
  const { name: title, description } = ui(locale).site;
  const csvs = tables.map((dataset) => ({ dataset, path: datasetFile(dataset.name, 'csv'), csv: toCsv(dataset) }));
  const files: DownloadFile[] = [
    ...csvs.flatMap(({ dataset, path, csv }) => [
      { name: path, about: about.csv(dataset.title, dataset.rows.length), folder: '' as const, contents: async () => csv },
      { name: datasetFile(dataset.name, 'json'), about: about.json(dataset.title), folder: '' as const, contents: async () => toJson(dataset) },
    ]),
    {
      name: DESCRIPTOR,
      about: about.descriptor,
      folder: '',
      contents: async () =>
        JSON.stringify(dataPackage({ name: SLUG, title, description, homepage: storyHome(site, locale), version: await versionDate(), datasets: csvs, locale }), null, 1) + '\n',
    },
    ...stills.flatMap((still) =>
      (['light', 'dark'] as const).flatMap((theme) => {
        const svg = once(() => stepSvg(still, theme, site, locale));
        const picture = { chapter: still.chapter, position: still.position, count: still.count, stepId: still.stepId, theme };
        return [
          { name: stepImageFile(still.stepId, theme, 'svg'), about: about.svg(picture), folder: 'images/' as const, contents: svg },
          { name: stepImageFile(still.stepId, theme, 'png'), about: about.png(picture), folder: 'images/' as const, contents: async () => stepImagePng(await svg(), await pngFonts(locale)) },
        ];
      }),
    ),
    { name: DECK, about: about.deck, folder: '', contents: async () => deck(stills, site, locale) },
  ];
  // The endpoint, the archive and the data page's sizes all read a file: make each once.
  const made = files.map((f) => ({ ...f, contents: once(f.contents) }));
  return [...made, { name: ARCHIVE, about: about.archive, folder: '', contents: once(() => zipOf(made, site, locale)) }];
}

/** The archive: every file in its folder, a README listing them all, and the licence. */
async function zipOf(files: DownloadFile[], site: string, locale: Locale): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const f of files) {
    const body = await f.contents();
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    // PNGs are compressed already; storing them saves build time and nothing else.
    entries[`${f.folder}${f.name}`] = f.name.endsWith('.png') ? [bytes, { level: 0 }] : bytes;
  }
  const listed = files.map((f) => ({ path: `${f.folder}${f.name}`, about: f.about }));
  const text = readme({ site, version: await versionDate(), files: listed, datasets: await storyDatasets(locale), licence: LICENCE, locale, home: storyHome(site, locale) });
  entries['README.txt'] = new TextEncoder().encode(text);
  return zipSync(entries, { level: 6, mtime: new Date(`${await versionDate()}T00:00:00Z`) });
}
