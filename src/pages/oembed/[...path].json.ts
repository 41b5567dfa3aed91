/**
 * oEmbed (https://oembed.com/) for each embed: `/oembed/<chart>.json` and, per step,
 * `/oembed/<chart>/<step-id>.json`. Static files, so the consumer's maxwidth/maxheight are not
 * honoured; the iframe is width 100% and resizes itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedCharts, embedTitle } from '../../embed/routes';
import { STORY_TITLE, oembedResponse } from '../../embed/urls';

export const getStaticPaths = (async () => {
  const charts = await embedCharts();
  return charts.flatMap(({ chart, chapter, steps }) => {
    const title = embedTitle(chapter.data.title, STORY_TITLE);
    return [
      { params: { path: chart }, props: { chart, step: null, title } },
      ...steps.map((s) => ({ params: { path: `${chart}/${s.id}` }, props: { chart, step: s.id, title } })),
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chart, step, title } = props as { chart: string; step: string | null; title: string };
  return new Response(JSON.stringify(oembedResponse({ site: site!.toString(), chart, step, title })), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
