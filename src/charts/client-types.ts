import type { Scene } from './scene';

/** What the scroll engine asks of a chart in the browser. */
export interface ChartClient {
  /** The chart's scene at a step (null: before the first step) and progress 0–1 through it, at a size in CSS pixels. */
  sceneFor(stepId: string | null, progress: number, size: { width: number; height: number }): Scene;
  /** Whether scroll progress within this step changes the picture (so the engine reports it). */
  usesProgress?(stepId: string): boolean;
}

/** A chart's `client.ts`: its default export makes the chart from its data file (`/data/<chart>.json`). */
export interface ChartClientModule {
  default: (data: never) => ChartClient;
}

/**
 * Each chart's browser module, `src/charts/<name>/client.ts`, keyed `./<name>/client.ts`, loaded
 * only on pages that show it. Found by convention (folder.ts); the build checks every chart in
 * CHART_NAMES has one (registry.ts), so the browser needs no list of names.
 */
export const chartClients = import.meta.glob<ChartClientModule>('./*/client.ts');

/** The loader of the chart a figure names (`data-chart`); none for a name that is no chart's. */
export const chartClient = (name: string): (() => Promise<ChartClientModule>) | undefined => chartClients[`./${name}/client.ts`];
