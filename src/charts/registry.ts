/**
 * The charts, assembled from their folders: for each name in CHART_NAMES (names.ts, the one line
 * a new chart adds; why there, see its comment), the contract `chart.ts`, the component
 * `<Name>.astro` and the browser module `client.ts`, each found by convention (folder.ts).
 * The story page and the embeds place a chart through this table. A named chart missing a piece
 * stops the build here, naming the chart and the file; tests/unit/add-a-chart.test.ts registers a
 * fixture chart through `registerCharts`, the same function, and builds everything from it.
 */
import type { ChartDefinition } from './definition';
import { definitionFiles } from './definitions';
import { chartClients, type ChartClientModule } from './client-types';
import { chartFile } from './folder';
import { CHART_NAMES, type ChartName } from './names';
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

/**
 * A chart's component, as the pages place it. Each takes its own chart's step rows
 * (`ChartProps<TimelineStep>`); the pages hand it the chapter's rows, which the content schema has checked.
 */
export type ChartComponent = (props: ChartProps) => unknown;

/** One chart, whole: what the pages, the embeds and the build-time pictures take from its folder. */
export interface RegisteredChart {
  name: string;
  /** `chart.ts`: its pictures at a step, its stills, source line, datasets and browser data. */
  definition: ChartDefinition;
  /** `<Name>.astro`: the figure and its data table on a page. */
  component: ChartComponent;
  /** `client.ts`, loaded lazily: the same scenes in the browser. */
  client: () => Promise<ChartClientModule>;
}

/** The chart folders' pieces, each an `import.meta.glob` keyed `./<name>/<file>`. */
export interface ChartFolders {
  definitions: Record<string, ChartDefinition>;
  components: Record<string, ChartComponent>;
  clients: Record<string, () => Promise<ChartClientModule>>;
}

/**
 * The registered charts, by name, from their folders under `where` (for messages); throws on the
 * first named chart that lacks a piece or whose definition carries another name.
 */
export function registerCharts<Name extends string>(names: readonly Name[], folders: ChartFolders, where: string): Record<Name, RegisteredChart> {
  const entries = names.map((name): [Name, RegisteredChart] => {
    const definition = chartFile(folders.definitions, name, 'chart.ts', where);
    if (definition.name !== name) throw new Error(`${where}/${name}/chart.ts: its definition is named "${definition.name}", not "${name}" as its folder.`);
    const component = chartFile(folders.components, name, 'component', where);
    const client = chartFile(folders.clients, name, 'client.ts', where);
    return [name, { name, definition, component, client }];
  });
  return Object.fromEntries(entries) as Record<Name, RegisteredChart>;
}

/** Every chart in CHART_NAMES, from `src/charts/<name>/`. */
export const charts: Record<ChartName, RegisteredChart> = registerCharts(
  CHART_NAMES,
  {
    definitions: definitionFiles,
    components: import.meta.glob<ChartComponent>('./*/*.astro', { eager: true, import: 'default' }),
    // The browser's own table (client-types.ts): what is checked here is what the pages load.
    clients: chartClients,
  },
  'src/charts',
);
