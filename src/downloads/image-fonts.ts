/**
 * The chart font (Inter) for images that leave the site. A downloaded SVG carries its own copy,
 * cut to the characters it shows, so it renders in Inter wherever it is opened, with no request
 * for a font. The PNGs are drawn by resvg, which reads TrueType files only: Inter's variable
 * WOFF2 is pinned to each weight the charts use and written out as TrueType once per build.
 * Characters Inter's Latin files lack (arrows, say) fall back to the system's fonts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { WEIGHTS } from '../build/subset-fonts';

/** The family name the charts' CSS asks for. */
export const FAMILY = 'Inter Variable';
/** The weights the charts' text uses. */
const RASTER_WEIGHTS = [400, 600, 700];
/** Inter's subsets that hold the charts' text: Latin, then accented Latin (Kaech'ŏn, say). */
const SUBSETS = ['latin', 'latin-ext'] as const;

const interDir = () => dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource-variable/inter/package.json'));

function subsetFile(subset: (typeof SUBSETS)[number]): { font: Buffer; range: string } {
  const dir = interDir();
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return { font: readFileSync(join(dir, 'files', `inter-${subset}-wght-normal.woff2`)), range: ranges[subset]! };
}

/** Whether a character falls in a fontsource `unicode-range` ("U+0000-00FF,U+0131,…"). */
export function inRange(char: string, range: string): boolean {
  const code = char.codePointAt(0)!;
  return range.split(',').some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return code >= parseInt(lo!, 16) && code <= parseInt(hi!, 16);
  });
}

/**
 * `@font-face` rules with Inter inlined as data, cut to the characters of `text`, one per
 * subset that has any of them (each with its `unicode-range`, so the two never compete).
 */
export async function embeddedFontCss(text: string): Promise<string> {
  const chars = [...new Set(text)].filter((c) => c >= ' ').join('');
  const rules: string[] = [];
  for (const subset of SUBSETS) {
    const { font, range } = subsetFile(subset);
    const wanted = [...chars].filter((c) => inRange(c, range)).join('');
    if (!wanted) continue;
    const cut = await subsetFont(font, wanted, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } });
    rules.push(
      `@font-face { font-family: '${FAMILY}'; font-weight: ${WEIGHTS.min} ${WEIGHTS.max}; unicode-range: ${range}; src: url(data:font/woff2;base64,${cut.toString('base64')}) format('woff2'); }`,
    );
  }
  return rules.join('\n');
}

let rasterFiles: Promise<string[]> | undefined;

/** Paths of Inter as static TrueType files, one per weight, for resvg. */
export function rasterFontFiles(): Promise<string[]> {
  rasterFiles ??= (async () => {
    const files: string[] = [];
    // Latin only: the instances are named "Inter" (not "Inter Variable": pictures' CSS names both),
    // and resvg picks one face per family and weight, so a Latin Extended face (no ASCII) chosen
    // for "Inter" would send every letter to the system's fallback font.
    for (const subset of ['latin'] as const) {
      const { font, range } = subsetFile(subset);
      // Every character of the subset's range that a chart could show: the BMP, filtered.
      const chars = Array.from({ length: 0x2100 }, (_, i) => String.fromCodePoint(i + 32)).filter((c) => inRange(c, range)).join('');
      for (const weight of RASTER_WEIGHTS) {
        const ttf = await subsetFont(font, chars, { targetFormat: 'sfnt', variationAxes: { wght: weight } });
        const dir = join(tmpdir(), `inter-raster-${createHash('sha256').update(ttf).digest('hex').slice(0, 12)}`);
        mkdirSync(dir, { recursive: true });
        const path = join(dir, `inter-${subset}-${weight}.ttf`);
        writeFileSync(path, ttf);
        files.push(path);
      }
    }
    return files;
  })();
  return rasterFiles;
}
