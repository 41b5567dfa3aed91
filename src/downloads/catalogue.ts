/**
 * Everything a reader can take away, by file name: each table as CSV and JSON, the Data Package
 * descriptor, every chart step as SVG and PNG in light and dark, the slide deck, and one archive
 * of all of it with a README. `/downloads/<name>` serves each file; the /data/ page, the charts'
 * download links and the archive all list them from here. Names start with the story's slug and
 * say what the file is, so a downloads folder stays readable: `envoy-and-the-arc_arc-ring_dark.png`.
 */
import { zipSync, type Zippable } from 'fflate';
import { storyContent } from '../lib/content';
import { SITE_NAME, DESCRIPTION } from '../lib/site';
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

/** The story's tables, from the content. */
export const storyDatasets = once(async (): Promise<Dataset[]> => {
  const { sources, places, launches, exchanges, flows, denials } = await storyContent();
  return datasets({ sources, places, launches, exchanges, flows, denials });
});

/** The content's version: the date of the newest entry in "What changed". */
export const versionDate = once(async () => (await storyContent()).updates.map((u) => u.data.date).sort().at(-1) ?? '');

/** A step's picture as SVG, with its font embedded. */
async function stepSvg(still: StepStill, theme: Theme, site: string): Promise<string> {
  const css = Object.values(sheets).join('\n');
  const tokens = tokenValues(css, theme);
  const caption = { scene: still.scene, takeaway: still.takeaway, sourceLine: still.sourceLine, licence: LICENCE_LINE, credit: SITE_NAME, url: stepUrl(site, still.stepId) };
  return stepImageSvg({ ...caption, styles: svgStyles(css, tokens), tokens, fontFaces: await embeddedFontCss(imageText(caption)) });
}

async function deck(stills: StepStill[], site: string): Promise<string> {
  const css = Object.values(sheets).join('\n');
  const tokens = tokenValues(css, 'light');
  return slideDeck({
    title: SITE_NAME, description: DESCRIPTION, stills, styles: svgStyles(css, tokens), tokens, home: new URL('/', site).href,
    stepUrl: (id) => stepUrl(site, id), version: await versionDate(), licence: LICENCE.title,
  });
}

export const stepUrl = (site: string, stepId: string): string => new URL(`/?step=${stepId}`, site).href;

/** Every file, in the order the README lists them. */
export function downloadFiles(site: string): Promise<DownloadFile[]> {
  if (!built.has(site)) built.set(site, build(site));
  return built.get(site)!;
}
const built = new Map<string, Promise<DownloadFile[]>>();

async function build(site: string): Promise<DownloadFile[]> {
  const tables = await storyDatasets();
  const stills = await stepStills();
  const home = new URL('/', site).href;
  const csvs = tables.map((dataset) => ({ dataset, path: datasetFile(dataset.name, 'csv'), csv: toCsv(dataset) }));
  const files: DownloadFile[] = [
    ...csvs.flatMap(({ dataset, path, csv }) => [
      { name: path, about: `${dataset.title}: ${dataset.rows.length} rows (CSV)`, folder: '' as const, contents: async () => csv },
      { name: datasetFile(dataset.name, 'json'), about: `${dataset.title} (JSON)`, folder: '' as const, contents: async () => toJson(dataset) },
    ]),
    {
      name: DESCRIPTOR,
      about: 'The Data Package descriptor: every table\'s fields, types, units and sources (Frictionless Data Package v2)',
      folder: '',
      contents: async () => JSON.stringify(dataPackage({ name: SLUG, title: SITE_NAME, description: DESCRIPTION, homepage: home, version: await versionDate(), datasets: csvs }), null, 1) + '\n',
    },
    ...stills.flatMap((still) =>
      (['light', 'dark'] as const).flatMap((theme) => {
        const svg = once(() => stepSvg(still, theme, site));
        const label = `${still.chapter}, step ${still.position} of ${still.count} (${still.stepId}), ${theme}`;
        return [
          { name: stepImageFile(still.stepId, theme, 'svg'), about: `${label}: SVG`, folder: 'images/' as const, contents: svg },
          { name: stepImageFile(still.stepId, theme, 'png'), about: `${label}: PNG, 1600 px wide`, folder: 'images/' as const, contents: async () => stepImagePng(await svg(), await rasterFontFiles()) },
        ];
      }),
    ),
    { name: DECK, about: 'The story as slides, one per chart step, for a browser (works offline; print it for a PDF)', folder: '', contents: async () => deck(stills, site) },
  ];
  // The endpoint, the archive and the data page's sizes all read a file: make each once.
  const made = files.map((f) => ({ ...f, contents: once(f.contents) }));
  return [...made, { name: ARCHIVE, about: 'All of the above in one archive, with a README', folder: '', contents: once(() => zipOf(made, site)) }];
}

/** The archive: every file in its folder, a README listing them all, and the licence. */
async function zipOf(files: DownloadFile[], site: string): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const f of files) {
    const body = await f.contents();
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    // PNGs are compressed already; storing them saves build time and nothing else.
    entries[`${f.folder}${f.name}`] = f.name.endsWith('.png') ? [bytes, { level: 0 }] : bytes;
  }
  const listed = files.map((f) => ({ path: `${f.folder}${f.name}`, about: f.about }));
  entries['README.txt'] = new TextEncoder().encode(readme({ site, version: await versionDate(), files: listed, datasets: await storyDatasets(), licence: LICENCE }));
  return zipSync(entries, { level: 6, mtime: new Date(`${await versionDate()}T00:00:00Z`) });
}
