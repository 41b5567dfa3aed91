/**
 * Share cards, per edition: one for the story (`/share/story.png`, `/ko/share/story.png`) and one
 * per chart that exists (`/share/<chart>.png`), drawn at build time from each chart's
 * build-time SVG in the edition's words.
 */
import type { APIRoute } from 'astro';
import type { ChartDefinition, ChartName } from '../charts/definition';
import { chartDefinitions } from '../charts/definitions';
import { sceneSvg } from '../charts/scene-svg';
import { storyContent } from '../lib/content';
import { asXml, cardSvg, renderPng, svgStyles, tokenValues } from './share-image';
import { storyMeta } from './story-meta';
import { rasterFontFiles } from '../downloads/image-fonts';
import type { Locale } from '../i18n/locales';

// Every stylesheet of the site, so a chart's own CSS file is picked up when it lands.
const sheets = import.meta.glob<string>(['../styles/*.css', '../charts/**/*.css'], { query: '?raw', import: 'default', eager: true });

/** Each chapter that has a built chart, in reading order, with its state table. */
async function charts(locale: Locale) {
  const { chapters } = await storyContent(locale);
  return chapters.flatMap((c) => {
    const name: ChartName | 'none' = c.data.chart;
    return name === 'none' ? [] : [{ name, steps: c.data.steps as Array<{ id: string; takeaway?: string }>, title: c.data.title }];
  });
}

export const shareCardPaths = async (locale: Locale) => ['story', ...(await charts(locale)).map((c) => c.name)].map((image) => ({ params: { image } }));

export const shareCard =
  (locale: Locale): APIRoute =>
  async ({ params, site }) => {
    const all = await charts(locale);
    const story = storyMeta(locale);
    // The story's card shows its first chart.
    const chart = params.image === 'story' ? all[0] : all.find((c) => c.name === params.image);
    if (!chart) return new Response('No such chart', { status: 404 });
    const subtitle = params.image === 'story' ? story.description : `${chart.title}: ${chart.steps[0]?.takeaway ?? ''}`;
    const png = await chartCardPng(chartDefinitions[chart.name], chart.steps, { title: story.headline, subtitle, site: site?.host ?? '' }, locale);
    return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
  };

/** A share card (PNG, CARD's size): a chart's widest build-time picture, as a reader without JavaScript sees it, under a title and subtitle. */
export async function chartCardPng(chart: ChartDefinition, steps: Array<{ id: string }>, words: { title: string; subtitle: string; site: string }, locale: Locale): Promise<Uint8Array> {
  const built = await chart.build(steps, locale);
  const chartSvg = asXml(sceneSvg(built.figureScenes()[0]!, { idPrefix: `${chart.name}-card`, underlay: built.underlay, defs: built.defs }));
  const css = Object.values(sheets).join('\n');
  const tokens = tokenValues(css);
  const svg = cardSvg({ ...words, chartSvg, styles: svgStyles(css, tokens), tokens });
  return renderPng(svg, await rasterFontFiles(locale, svg));
}
