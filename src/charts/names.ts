/**
 * The chart registry: the charts that exist. Adding a chart is its folder, `src/charts/<name>/`,
 * and its name on this one line; tests/unit/add-a-chart.test.ts shows the whole contract.
 *
 * Why a list of names, and only that: the content schema's `chart` field and the `ChartName`
 * type need the names as literals, in a leaf module the content config can load before any chart
 * code (a chart's code reads the content). Everything else about a chart is found in its folder
 * by convention (`import.meta.glob`, see folder.ts): its contract `chart.ts` (definitions.ts), its
 * component `<Name>.astro` and its browser module `client.ts` (registry.ts, client-types.ts). A
 * chart named here with a piece missing stops the build, naming the chart and the file; a folder
 * not named here is not a chart yet.
 */
export const CHART_NAMES = ['range-arc', 'timeline', 'arms-flow'] as const;

export type ChartName = (typeof CHART_NAMES)[number];
