/**
 * The charts' components, by name. The story page and the embeds
 * place a chart through this table; a chapter whose chart is missing here reads as prose.
 */
import Timeline from './timeline/Timeline.astro';
import ArmsFlow from './arms-flow/ArmsFlow.astro';
import RangeArc from './range-arc/RangeArc.astro';

import type { ChartName } from './names';
import type { Locale } from '../i18n/locales';

export type { ChartName };

/** What every chart component takes. */
export interface ChartProps<Step = { id: string; takeaway?: string }> {
  /** The chapter's state table: one row per step, in reading order. */
  steps: Step[];
  /** The chart itself, or its data table. */
  part: 'figure' | 'table';
  /** The edition: the chart's words, dates and numbers are in its language. */
  locale: Locale;
  /** The step the build-time picture shows; the first step by default. */
  initialStep?: string;
}

// Each component takes its own chart's step type, which this table cannot name; a chart contract
// whose definition carries its step schema (issue 13) replaces it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const chartComponents: Record<ChartName, (props: ChartProps<any>) => unknown> = {
  'range-arc': RangeArc,
  timeline: Timeline,
  'arms-flow': ArmsFlow,
};
