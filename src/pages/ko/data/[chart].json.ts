/** Each chart's browser data in Korean (see src/pages/data). */
import type { GetStaticPaths } from 'astro';
import { chartDataFile, chartDataPaths } from '../../../charts/data-files';

export const getStaticPaths = (() => chartDataPaths('ko')) satisfies GetStaticPaths;
export const GET = chartDataFile('ko');
