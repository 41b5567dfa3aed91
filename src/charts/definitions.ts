/**
 * Every chart's contract, by name (see definition.ts). The pages, the data files, the stills and
 * the share cards find a chart here; registry.ts holds the components that place them on a page.
 */
import { armsFlowChart } from './arms-flow/chart';
import type { ChartDefinition, ChartName } from './definition';
import { rangeArcChart } from './range-arc/chart';
import { timelineChart } from './timeline/chart';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

// Each definition takes its own chart's step type; the table is read with the chapter's rows, which the content schema has checked.
export const chartDefinitions: Record<ChartName, ChartDefinition<never>> = {
  'range-arc': rangeArcChart,
  timeline: timelineChart,
  'arms-flow': armsFlowChart,
};

/** A chart's build for its chapter's step table, in one edition. */
export const buildChart = (name: ChartName, steps: Array<{ id: string }>, locale: Locale = DEFAULT_LOCALE) => chartDefinitions[name].build(steps as never, locale);
