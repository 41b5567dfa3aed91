/** The printed storyboard's stills, one SVG per step and edition (see src/pages/print). */
import type { APIRoute } from 'astro';
import { stepStills } from './stills';
import { standaloneSvg, svgStyles, tokenValues } from '../share/share-image';
import { LANG, type Locale } from '../i18n/locales';

// Every stylesheet of the site, so a chart's own CSS file is picked up when it lands.
const sheets = import.meta.glob<string>(['../styles/*.css', '../charts/**/*.css'], { query: '?raw', import: 'default', eager: true });

/**
 * An image cannot use the page's web fonts. Where Inter is not installed, Arial or its metric twin
 * Liberation Sans stand in: both are narrower than Inter, so labels laid out for Inter still fit
 * (the system's default sans, often DejaVu Sans, is wider and would make them collide). Hangul
 * comes from the system's Korean fonts, each syllable narrower than the 1 em the layouts allow.
 */
const STILL_FONTS =
  "svg[data-scene] text { font-family: 'Inter Variable', Inter, Arial, 'Liberation Sans', Helvetica, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif; }";

export const printStillPaths = async (locale: Locale) => (await stepStills(locale)).map((s) => ({ params: { step: s.stepId } }));

export const printStill =
  (locale: Locale): APIRoute =>
  async ({ params }) => {
    const still = (await stepStills(locale)).find((s) => s.stepId === params.step)!;
    return new Response(printStillSvg(still.scene, locale), { headers: { 'Content-Type': 'image/svg+xml' } });
  };

/** A still's file as served at /print/<step>.svg: its scene (a StepStill's) with the site's light colours, standalone. */
export function printStillSvg(scene: string, locale: Locale): string {
  const css = Object.values(sheets).join('\n');
  return standaloneSvg(scene, `${svgStyles(css, tokenValues(css))}\n${STILL_FONTS}`, LANG[locale]);
}
