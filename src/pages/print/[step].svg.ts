/**
 * The printed storyboard's stills: one SVG per chart step (`/print/<step>.svg`), the chart in
 * that step's state (src/downloads/stills.ts), with the site's light colours. The story page points
 * at them from print-only `<img loading="lazy">`s, so a reader's browser fetches them only
 * when the page is printed, and the HTML every reader waits for stays small. The Korean
 * edition's are under /ko/print/.
 */
import type { GetStaticPaths } from 'astro';
import { printStill, printStillPaths } from '../../downloads/print-stills';

export const getStaticPaths = (() => printStillPaths('en')) satisfies GetStaticPaths;
export const GET = printStill('en');
