/** Each chart's browser data in English (its definition's `clientData`), one file per chart for every page that shows it. */
import type { GetStaticPaths } from 'astro';
import { chartDataFile, chartDataPaths } from '../../charts/data-files';

export const getStaticPaths = (() => chartDataPaths('en')) satisfies GetStaticPaths;
export const GET = chartDataFile('en');
