/**
 * The charts that exist, by name. The story page, the embeds and the print storyboard all
 * place a chart through this table; a chapter whose chart is missing here reads as prose.
 */
import Timeline from './timeline/Timeline.astro';
import ArmsFlow from './arms-flow/ArmsFlow.astro';
import RangeArc from './range-arc/RangeArc.astro';

export type ChartName = 'range-arc' | 'timeline' | 'arms-flow';

/** What every chart component takes. */
export interface ChartProps<Step = { id: string; takeaway?: string }> {
  /** The chapter's state table: one row per step, in reading order. */
  steps: Step[];
  /** The chart itself, its data table, or a small still of one step for the printed storyboard. */
  part: 'figure' | 'table' | 'print';
  /** The step the build-time picture shows; the first step by default. */
  initialStep?: string;
}

// Each component takes its own chart's step type, which this table cannot name; a chart contract
// whose definition carries its step schema (issue 13) replaces it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const chartComponents: Partial<Record<ChartName, (props: ChartProps<any>) => unknown>> = {
  'range-arc': RangeArc,
  timeline: Timeline,
  'arms-flow': ArmsFlow,
};
