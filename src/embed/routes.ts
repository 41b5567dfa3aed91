/**
 * The charts that get embeds: every chapter whose chart is in the registry and has steps.
 * A chart that lands in `chartComponents` gets its embed pages and oEmbed with no edits here.
 */
import { chartComponents, type ChartName } from '../charts/registry';
import { storyContent, type Chapter } from '../lib/content';

export interface EmbedChart {
  chart: ChartName;
  chapter: Chapter;
  /** Step ids and takeaways, in reading order. */
  steps: Array<{ id: string; takeaway?: string }>;
}

/** The embeddable charts, in reading order. */
export async function embedCharts(): Promise<EmbedChart[]> {
  const { chapters } = await storyContent();
  const seen = new Set<string>();
  return chapters.flatMap((chapter) => {
    const chart = chapter.data.chart;
    if (chart === 'none' || !chartComponents[chart] || chapter.data.steps.length === 0 || seen.has(chart)) return [];
    seen.add(chart);
    return [{ chart, chapter, steps: chapter.data.steps }];
  });
}

/** The iframe title a host gets: what the chart shows, and whose it is. */
export function embedTitle(chapterTitle: string, storyTitle: string): string {
  return `${chapterTitle}: a chart from “${storyTitle}”`;
}
