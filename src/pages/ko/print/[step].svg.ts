/** The Korean storyboard's stills (see src/pages/print). */
import type { GetStaticPaths } from 'astro';
import { printStill, printStillPaths } from '../../../downloads/print-stills';

export const getStaticPaths = (() => printStillPaths('ko')) satisfies GetStaticPaths;
export const GET = printStill('ko');
