/** Each chart's browser data (see src/charts/data-files.ts), one file per chart for every page that shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartClientData, chartDataJson } from '../../charts/data-files';
import { chartComponents, type ChartName } from '../../charts/registry';
import { storyContent } from '../../lib/content';

export const getStaticPaths = (async () => {
  const { chapters } = await storyContent();
  return chapters
    .filter((c) => c.data.chart !== 'none' && chartComponents[c.data.chart as ChartName])
    .map((c) => ({ params: { chart: c.data.chart }, props: { steps: c.data.steps } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const json = chartDataJson(await chartClientData(params.chart as ChartName, props.steps as Array<{ id: string }>));
  return new Response(json, { headers: { 'Content-Type': 'application/json' } });
};
