/**
 * Every chart's contract, by name (see definition.ts): each `src/charts/<name>/chart.ts`'s default
 * export, found by convention (folder.ts). The data files, the stills and the share cards find a
 * chart here; registry.ts adds the components and browser modules. No components are imported
 * here, so those build-time modules do not pull in every chart's markup.
 */
import type { ChartDefinition } from './definition';
import { chartFile } from './folder';
import { CHART_NAMES, type ChartName } from './names';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/**
 * Every chart folder's contract, keyed `./<name>/chart.ts`. Each definition takes its own chart's
 * step type; they are read with the chapter's rows, which the content schema has checked.
 */
export const definitionFiles = import.meta.glob<ChartDefinition>('./*/chart.ts', { eager: true, import: 'default' });

/** The contract of each chart in CHART_NAMES; one with no chart.ts stops the build here, naming it. */
export const chartDefinitions = Object.fromEntries(CHART_NAMES.map((name) => [name, chartFile(definitionFiles, name, 'chart.ts', 'src/charts')])) as Record<ChartName, ChartDefinition>;

/** A chart's build for its chapter's step table, in one edition. */
export const buildChart = (name: ChartName, steps: Array<{ id: string }>, locale: Locale = DEFAULT_LOCALE) => chartDefinitions[name].build(steps, locale);
