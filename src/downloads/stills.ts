/**
 * Every chart step as a still: the chart's SVG in that step's state (its print layout, drawn at
 * build time by the chart's own component), with the step's takeaway and the chart's source
 * line. The printed storyboard, the step downloads and the slide deck are all made from these.
 * Rendered once per build, however many files use them.
 */
import type { ChartDefinition, ChartName } from '../charts/definition';
import { chartDefinitions } from '../charts/definitions';
import { sceneSvg } from '../charts/scene-svg';
import { storyContent } from '../lib/content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

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

const stills = new Map<Locale, Promise<StepStill[]>>();

/** Every step of every chart in an edition, in reading order. */
export function stepStills(locale: Locale = DEFAULT_LOCALE): Promise<StepStill[]> {
  let edition = stills.get(locale);
  if (!edition) {
    edition = render(locale);
    stills.set(locale, edition);
  }
  return edition;
}

async function render(locale: Locale): Promise<StepStill[]> {
  const { chapters } = await storyContent(locale);
  const out: StepStill[] = [];
  for (const c of chapters) {
    const chart = c.data.chart;
    if (chart === 'none') continue;
    const stills = await chartStills(chartDefinitions[chart], c.data.steps, locale);
    out.push(...stills.map((still) => ({ chart, chapter: c.data.title, ...still })));
  }
  return out;
}

/** One chart's stills, a step each, from its contract and its chapter's step rows (in the edition's words). */
export async function chartStills(chart: ChartDefinition, steps: Array<{ id: string; takeaway?: string }>, locale: Locale): Promise<Array<Omit<StepStill, 'chart' | 'chapter'>>> {
  const { tableBelow, inStory } = ui(locale).chart;
  const built = await chart.build(steps, locale);
  // A picture has no table below it: its full list of sources is in the story.
  const sourceLine = built.sourceLine.replace(tableBelow, inStory);
  return steps.map((step, i) => {
    const scene = sceneSvg(built.still(step.id), { idPrefix: `${chart.name}-print-${step.id}`, class: 'print-scene', underlay: built.underlay, defs: built.defs });
    return { stepId: step.id, takeaway: step.takeaway ?? '', position: i + 1, count: steps.length, scene, sourceLine };
  });
}
