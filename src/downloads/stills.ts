/**
 * Every chart step as a still: the chart's SVG in that step's state (its print layout, drawn at
 * build time by the chart's own component), with the step's takeaway and the chart's source
 * line. The printed storyboard, the step downloads and the slide deck are all made from these.
 * Rendered once per build, however many files use them.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { chartComponents, type ChartName } from '../charts/registry';
import { storyContent } from '../lib/content';
import { firstSceneSvg } from '../share/share-image';

export interface StepStill {
  chart: ChartName;
  /** The chapter the chart belongs to. */
  chapter: string;
  stepId: string;
  takeaway: string;
  /** 1-based position of the step in its chart, and how many steps the chart has. */
  position: number;
  count: number;
  /** `<svg data-scene>` of the step, whole (with the defs it uses). */
  scene: string;
  /** The chart's source line, as under the chart on the page. */
  sourceLine: string;
}

const decode = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();

let stills: Promise<StepStill[]> | undefined;

/** Every step of every chart, in reading order. */
export function stepStills(): Promise<StepStill[]> {
  stills ??= render();
  return stills;
}

async function render(): Promise<StepStill[]> {
  const { chapters } = await storyContent();
  const container = await AstroContainer.create();
  const out: StepStill[] = [];
  for (const c of chapters) {
    const chart = c.data.chart as ChartName | 'none';
    const Chart = chart === 'none' ? undefined : chartComponents[chart];
    if (!Chart || chart === 'none') continue;
    const steps = c.data.steps as Array<{ id: string; takeaway?: string }>;
    const figure = await container.renderToString(Chart as never, { props: { part: 'figure', steps } });
    // A picture has no table below it: its full list of sources is in the story.
    const sourceLine = decode(figure.match(/<p class="source-line"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '').replace('(table below)', '(all listed in the story)');
    for (const [i, step] of steps.entries()) {
      const html = await container.renderToString(Chart as never, { props: { part: 'print', steps, initialStep: step.id } });
      const scene = firstSceneSvg(html);
      if (!scene) throw new Error(`still for ${step.id}: the ${chart} chart drew no <svg data-scene> in its print part`);
      out.push({ chart, chapter: c.data.title, stepId: step.id, takeaway: step.takeaway ?? '', position: i + 1, count: steps.length, scene, sourceLine });
    }
  }
  return out;
}
