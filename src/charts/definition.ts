/**
 * The build-time half of the chart contract: what a chart makes from its chapter's step table.
 * The story's figure, the print storyboard, the step pictures, the slides, the share cards and
 * the browser's data file all take a chart's pictures from here, so a chart's recipe lives in
 * TypeScript in its own folder (`<chart>/chart.ts`), not in a component.
 */
import type { Scene } from './scene';
import type { Locale } from '../i18n/locales';

import type { ChartName } from './names';

export type { ChartName };

/** A table the chart draws, offered for download under it (a dataset of src/downloads/datasets.ts). */
export interface ChartDataset {
  /** The dataset's name (its files are `<slug>_<name>.csv` and `.json`). */
  name: string;
  /** The word its download links use when the edition's words (ui.ts `chart.datasets`) have none. */
  label: string;
}

export interface ChartBuild {
  /** The figure's build-time picture at each layout, widest first: `initialStep`, or the chart's own picture for readers without JavaScript. */
  figureScenes(initialStep?: string): Scene[];
  /** The caption of that own picture when it is no single step (the map's finished state); none: the step's takeaway. */
  buildCaption?: string;
  /** SVG `<defs>` content the scenes use: drawn once per page, and inside each still. */
  defs: string;
  /** Static markup under every scene (a basemap's `<use>`). */
  underlay: string;
  /** One step's still, as printed and downloaded. */
  still(stepId: string): Scene;
  /** "Sources: …", as under the chart. */
  sourceLine: string;
  /** What the browser needs to draw every step, words included (served as /data/<chart>.json, /ko/data/<chart>.json). */
  clientData: unknown;
}

export interface ChartDefinition<Step extends { id: string } = { id: string }> {
  /** Its folder's name, as in CHART_NAMES (the registry checks they match). */
  name: string;
  /** The tables offered under the chart and its data table, in this order. */
  datasets: readonly ChartDataset[];
  /** Everything the chart makes, in one edition's words (`steps` carry that edition's takeaways). */
  build(steps: Step[], locale: Locale): Promise<ChartBuild>;
}
