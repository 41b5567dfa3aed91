/** Each chart's browser data (its definition's `clientData`), one file per chart for every page that shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartDataJson } from '../../charts/data-files';
import { buildChart } from '../../charts/definitions';
import { storyContent } from '../../lib/content';

export const getStaticPaths = (async () => {
  const { chapters } = await storyContent();
  return chapters.flatMap((c) => (c.data.chart === 'none' ? [] : [{ params: { chart: c.data.chart }, props: { chart: c.data.chart, steps: c.data.steps } }]));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart, steps } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const json = chartDataJson((await buildChart(chart, steps)).clientData);
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
