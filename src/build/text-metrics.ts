/**
 * Measures the chart font's advance widths with HarfBuzz, from the very font file the site ships
 * (Inter's Latin subset from @fontsource-variable/inter), at each weight the charts use, and writes
 * them to src/charts/text-metrics.json for the pure layouts (src/charts/text.ts).
 *
 *   npm run metrics   # after changing the font: rewrites the table; text-metrics.test.ts fails until you do
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convert } from 'fontverter';
import { Blob, Face, Font, Variation } from 'harfbuzzjs';

export const FONT_FILE = 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2';
export const TABLE_FILE = 'src/charts/text-metrics.json';
/** Regular labels, semibold takeaways, bold headings. */
export const WEIGHTS = [400, 600, 700] as const;
/** Printable ASCII and the punctuation the charts print; a character the font lacks is left out (text.ts counts it as wide). */
export const CHARS =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '–—’‘“”·…≈≤°é×';

export interface TextMetrics {
  /** The font file measured, and its SHA-256, so a changed font is noticed. */
  font: string;
  sha256: string;
  chars: string;
  /** Advance width of each character of `chars`, in thousandths of an em, per weight. */
  widths: Record<string, number[]>;
}

export async function measure(file = FONT_FILE): Promise<TextMetrics> {
  const woff2 = readFileSync(file);
  const face = new Face(new Blob(await convert(woff2, 'sfnt')));
  const font = new Font(face);
  const chars = [...CHARS].filter((c) => font.nominalGlyph(c.codePointAt(0)!) !== undefined).join('');
  const widths: Record<string, number[]> = {};
  for (const weight of WEIGHTS) {
    font.setVariations([new Variation('wght', weight)]);
    widths[weight] = [...chars].map((c) => Math.round((font.glyphHAdvance(font.nominalGlyph(c.codePointAt(0)!)!) / face.upem) * 1000));
  }
  return { font: file, sha256: createHash('sha256').update(woff2).digest('hex'), chars, widths };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = await measure();
  // One line per weight, so a diff of the table reads as a diff of the font.
  const widths = Object.entries(m.widths).map(([w, list]) => `  "${w}": [${list.join(', ')}]`).join(',\n');
  writeFileSync(TABLE_FILE, `{\n "font": ${JSON.stringify(m.font)},\n "sha256": "${m.sha256}",\n "chars": ${JSON.stringify(m.chars)},\n "widths": {\n${widths}\n }\n}\n`);
  console.log(`wrote ${TABLE_FILE}`);
}
