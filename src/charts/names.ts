/**
 * The charts that exist. Everything that needs a chart's name takes its type from this one list:
 * the content schema's `chart` field, the definitions, the components, the browser modules and
 * the download links, so a chart named here and missing from any of those fails `astro check`.
 * A leaf module: the content config and the browser import it.
 */
export const CHART_NAMES = ['range-arc', 'timeline', 'arms-flow'] as const;

export type ChartName = (typeof CHART_NAMES)[number];

/** Whether a name read from the page (`data-chart`) is a chart's. */
export const isChartName = (name: string): name is ChartName => (CHART_NAMES as readonly string[]).includes(name);
