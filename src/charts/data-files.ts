/**
 * What each chart's browser module needs to draw any step, served once per chart as
 * `/data/<chart>.json` (src/pages/data) instead of inside every page that shows the chart: the
 * story's HTML is what a phone waits for before the first words appear, and this JSON is only
 * needed once the chart script runs. The figure names the file with a hash of its content, so a
 * cached copy of older data is never used.
 */
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import type { ChartName } from './names';
import { localePath, type Locale } from '../i18n/locales';
import { storyContent } from '../lib/content';
import { buildChart } from './definitions';

/** The JSON as served; the figure's link and the file are made from this one string. */
export const chartDataJson = (data: unknown): string => JSON.stringify(data);

/** Where the browser fetches a chart's data in an edition, versioned by its content. */
export function chartDataUrl(name: string, json: string, locale: Locale): string {
  return `${localePath(locale, `/data/${name}.json`)}?v=${createHash('sha256').update(json).digest('base64url').slice(0, 10)}`;
}

/** The data files of an edition: one per chart its chapters use (served by src/pages/data and src/pages/ko/data). */
export async function chartDataPaths(locale: Locale) {
  const { chapters } = await storyContent(locale);
  return chapters.flatMap((c) => (c.data.chart === 'none' ? [] : [{ params: { chart: c.data.chart }, props: { chart: c.data.chart, steps: c.data.steps as Array<{ id: string }> } }]));
}

/** One chart's data file in an edition. */
export const chartDataFile =
  (locale: Locale): APIRoute =>
  async ({ props }) => {
    const { chart, steps } = props as { chart: ChartName; steps: Array<{ id: string }> };
    return new Response(chartDataJson((await buildChart(chart, steps, locale)).clientData), { headers: { 'Content-Type': 'application/json' } });
  };
