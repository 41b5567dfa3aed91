import type { ChartName } from './names';
import type { Scene } from './scene';

/** What the scroll engine asks of a chart in the browser. */
export interface ChartClient {
  /** The chart's scene at a step (null: before the first step) and progress 0–1 through it, at a size in CSS pixels. */
  sceneFor(stepId: string | null, progress: number, size: { width: number; height: number }): Scene;
  /** Whether scroll progress within this step changes the picture (so the engine reports it). */
  usesProgress?(stepId: string): boolean;
}

/** Each chart's browser module, loaded only on pages that show it. */
export const chartClients: Record<ChartName, () => Promise<{ default: (data: never) => ChartClient }>> = {
  timeline: () => import('./timeline/client'),
  'arms-flow': () => import('./arms-flow/client'),
  'range-arc': () => import('./range-arc/client'),
};
