/**
 * The charts that get embeds: every chapter with a chart (src/charts/registry.ts) and steps.
 * A chart that lands in the registry gets its embed pages and oEmbed with no edits here.
 */
import { charts, type ChartComponent } from '../charts/registry';
import { storyContent, type Chapter } from '../lib/content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

export interface EmbedChart {
  /** The chart's name. */
  chart: string;
  /** Its component (the registry's), which the embed page places. */
  component: ChartComponent;
  /** The chapter it belongs to: its title and kicker head the embed. */
  chapter: { data: Pick<Chapter['data'], 'title' | 'kicker'> };
  /** Step ids and takeaways, in reading order. */
  steps: Array<{ id: string; takeaway?: string }>;
}

/** The embeddable charts in an edition, in reading order. */
export async function embedCharts(locale: Locale = DEFAULT_LOCALE): Promise<EmbedChart[]> {
  const { chapters } = await storyContent(locale);
  const seen = new Set<string>();
  return chapters.flatMap((chapter) => {
    const chart = chapter.data.chart;
    if (chart === 'none' || chapter.data.steps.length === 0 || seen.has(chart)) return [];
    seen.add(chart);
    return [{ chart, component: charts[chart].component, chapter, steps: chapter.data.steps }];
  });
}

/** The iframe title a host gets: what the chart shows, and whose it is. */
export function embedTitle(chapterTitle: string, storyTitle: string, locale: Locale = DEFAULT_LOCALE): string {
  return ui(locale).embed.title(chapterTitle, storyTitle);
}

/** Every embed page of an edition: each chart's own page (its first step) and one per step. */
export async function embedPages(locale: Locale) {
  const charts = await embedCharts(locale);
  return charts.flatMap((embed) => [
    { params: { path: embed.chart }, props: { embed, step: null } },
    ...embed.steps.map((s) => ({ params: { path: `${embed.chart}/${s.id}` }, props: { embed, step: s.id as string | null } })),
  ]);
}

/** Every oEmbed document of an edition, with its iframe title. */
export async function oembedDocuments(locale: Locale) {
  const charts = await embedCharts(locale);
  return charts.flatMap(({ chart, chapter, steps }) => {
    const title = embedTitle(chapter.data.title, ui(locale).site.name, locale);
    return [
      { params: { path: chart }, props: { chart, step: null as string | null, title, locale } },
      ...steps.map((s) => ({ params: { path: `${chart}/${s.id}` }, props: { chart, step: s.id as string | null, title, locale } })),
    ];
  });
}
