/**
 * The printed storyboard's stills: one SVG per chart step (`/print/<step>.svg`), the chart in
 * that step's state (src/downloads/stills.ts), with the site's light colours. The story page points
 * at them from print-only `<img loading="lazy">`s, so a reader's browser fetches them only
 * when the page is printed, and the HTML every reader waits for stays small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepStills } from '../../downloads/stills';
import { standaloneSvg, svgStyles, tokenValues } from '../../share/share-image';

// Every stylesheet of the site, so a chart's own CSS file is picked up when it lands.
const sheets = import.meta.glob<string>(['../../styles/*.css', '../../charts/**/*.css'], { query: '?raw', import: 'default', eager: true });

/**
 * An image cannot use the page's web fonts. Where Inter is not installed, Arial or its metric twin
 * Liberation Sans stand in: both are narrower than Inter, so labels laid out for Inter still fit
 * (the system's default sans, often DejaVu Sans, is wider and would make them collide).
 */
const STILL_FONTS = "svg[data-scene] text { font-family: 'Inter Variable', Inter, Arial, 'Liberation Sans', Helvetica, sans-serif; }";

export const getStaticPaths = (async () => (await stepStills()).map((s) => ({ params: { step: s.stepId } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const still = (await stepStills()).find((s) => s.stepId === params.step)!;
  const css = Object.values(sheets).join('\n');
  return new Response(standaloneSvg(still.scene, `${svgStyles(css, tokenValues(css))}\n${STILL_FONTS}`), { headers: { 'Content-Type': 'image/svg+xml' } });
};
