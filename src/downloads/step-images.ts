/**
 * One step of a chart as a picture for slides: the chart at that step, and under it a caption
 * strip with the step's takeaway, the chart's source line, the licence and the address of the
 * step (`?step=`), in the site's light or dark colours. The SVG carries its own font; the PNG is
 * the same SVG drawn by resvg at twice the size (1600 px wide).
 */
import { Resvg } from '@resvg/resvg-js';
import { wrapText } from '../charts/text';
import { asXml } from '../share/share-image';
import { FAMILY, fontStack } from './image-fonts';
import type { Locale } from '../i18n/locales';

/** The picture's width in CSS pixels; the PNG is drawn at twice this. */
export const IMAGE_WIDTH = 800;
export const PNG_SCALE = 2;
const PAD = 24;
const TAKEAWAY = { size: 19, line: 25 };
const SMALL = { size: 13, line: 18 };

export interface StepImageInput {
  /** `<svg data-scene>` of the step. */
  scene: string;
  takeaway: string;
  sourceLine: string;
  /** "CC BY 4.0" */
  licence: string;
  /** The story's name, credited with the licence. */
  credit: string;
  /** The step's address, `…/?step=<id>`. */
  url: string;
  /** The charts' CSS with this theme's colours resolved (`svgStyles`). */
  styles: string;
  tokens: Record<string, string>;
  /** `@font-face` rules to embed, or '' (the PNG uses installed fonts). */
  fontFaces: string;
  /** The picture's edition: Korean lists Korean fonts after Inter. English by default. */
  locale?: Locale;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words of a step picture, for cutting its embedded font: its scene's text and the caption's. */
export const imageText = (input: Pick<StepImageInput, 'scene' | 'takeaway' | 'sourceLine' | 'licence' | 'credit' | 'url'>): string =>
  [input.scene.replace(/<[^>]+>/g, ' '), input.takeaway, input.sourceLine, input.licence, input.credit, input.url, '·'].join(' ');

/** The step picture as a standalone SVG file. */
export function stepImageSvg(input: StepImageInput): string {
  const { scene, tokens } = input;
  const viewBox = scene.match(/viewBox="([^"]+)"/)?.[1] ?? '0 0 560 420';
  const [, , vbWidth = 560, vbHeight = 420] = viewBox.split(/\s+/).map(Number);
  const chartWidth = IMAGE_WIDTH - 2 * PAD;
  const chartHeight = Math.round((chartWidth * vbHeight) / vbWidth);
  const textWidth = IMAGE_WIDTH - 2 * PAD;

  const takeaway = wrapText(input.takeaway, textWidth, TAKEAWAY.size, true);
  const sources = wrapText(input.sourceLine, textWidth, SMALL.size);
  const footer = wrapText(`${input.credit} · ${input.licence} · ${input.url}`, textWidth, SMALL.size);
  const stripTop = PAD + chartHeight + PAD;
  let y = stripTop + PAD;
  const lines: string[] = [];
  const put = (texts: string[], style: { size: number; line: number }, cls: string) => {
    for (const t of texts) {
      y += style.line;
      lines.push(`<text class="${cls}" x="${PAD}" y="${y - (style.line - style.size) / 2 - 3}" font-size="${style.size}">${escapeXml(t)}</text>`);
    }
    y += 6;
  };
  put(takeaway, TAKEAWAY, 'caption-takeaway');
  put(sources, SMALL, 'caption-small');
  put(footer, SMALL, 'caption-small');
  const height = Math.round(y + PAD - 6);

  // The scene keeps its own element (its classes and `data-scene` select the charts' CSS), placed and sized in the picture.
  const nested = asXml(scene).replace(/^<svg\b([^>]*)>/, (_, attrs: string) => `<svg${attrs.replace(/\s(width|height|x|y)="[^"]*"/g, '')} x="${PAD}" y="${PAD}" width="${chartWidth}" height="${chartHeight}">`);
  const ink = tokens['--ink'] ?? '#1b1c1e';
  const muted = tokens['--ink-muted'] ?? '#55585e';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}"${input.locale && input.locale !== 'en' ? ` xml:lang="${input.locale}"` : ''} role="img" aria-labelledby="image-title">
<title id="image-title">${escapeXml(input.takeaway)}</title>
<style><![CDATA[${input.fontFaces}
${input.styles}
svg[data-scene] text, text { font-family: ${fontStack(`'${FAMILY}', Inter`, "Arial, 'Liberation Sans', Helvetica", input.locale)}; }
.caption-takeaway { fill: ${ink}; font-weight: 600; }
.caption-small { fill: ${muted}; font-weight: 400; }]]></style>
<rect width="100%" height="100%" fill="${tokens['--bg'] ?? '#ffffff'}"/>
${nested}
<rect x="0" y="${stripTop}" width="${IMAGE_WIDTH}" height="${height - stripTop}" fill="${tokens['--bg-raised'] ?? tokens['--bg'] ?? '#ffffff'}"/>
<line x1="0" x2="${IMAGE_WIDTH}" y1="${stripTop}" y2="${stripTop}" stroke="${tokens['--rule'] ?? '#cccccc'}"/>
${lines.join('\n')}
</svg>`;
}

/** The step picture as PNG, 1600 px wide, from its SVG (drawn without the embedded fonts, which resvg cannot read). */
export function stepImagePng(svg: string, fontFiles: string[]): Uint8Array {
  const withoutEmbedded = svg.replace(/@font-face\s*\{[^}]*\}/g, '');
  const resvg = new Resvg(withoutEmbedded, {
    fitTo: { mode: 'width', value: IMAGE_WIDTH * PNG_SCALE },
    // The TrueType instances are named "Inter" (the CSS names both): see image-fonts.ts.
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
