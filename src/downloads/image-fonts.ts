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
import type { Locale } from '../i18n/locales';

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

/** The family the Korean font's embedded and raster copies go by. */
export const KOREAN_FAMILY = 'Noto Sans KR';

/**
 * A font-family list for a picture's or a slide's text: `inter` (the embedded Inter), then
 * `fallbacks` (Arial or its metric twin, narrower than Inter, so labels laid out for Inter still
 * fit), then `sans-serif`. In Korean, Hangul's fonts follow Inter (which draws letters and digits,
 * as on the page): first the Noto Sans KR the file embeds (and resvg is given), straight after
 * Inter, since Chromium passes over an embedded face listed after Liberation Sans and Helvetica and
 * takes the system's Korean font instead; then, for a program that ignores embedded fonts, the
 * Korean fonts Mac, Windows and Linux ship.
 *
 *   fontStack("'Inter Variable'", 'Arial', 'ko') -> "'Inter Variable', 'Noto Sans KR', Arial, 'Apple SD Gothic Neo', …, sans-serif"
 */
export function fontStack(inter: string, fallbacks: string, locale: Locale = 'en'): string {
  return locale === 'ko'
    ? `${inter}, '${KOREAN_FAMILY}', ${fallbacks}, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif`
    : `${inter}, ${fallbacks}, sans-serif`;
}

/**
 * `@font-face` rules with Inter inlined as data, cut to the characters of `text`, one per
 * subset that has any of them (each with its `unicode-range`, so the two never compete). In
 * Korean, also the slices of Noto Sans KR that hold the Hangul of `text`, each cut to it.
 */
export async function embeddedFontCss(text: string, locale: Locale = 'en'): Promise<string> {
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
  if (locale === 'ko') {
    for (const { font, range, wanted } of koreanSlices(chars)) {
      const cut = await subsetFont(font(), wanted, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } });
      rules.push(
        `@font-face { font-family: '${KOREAN_FAMILY}'; font-weight: ${WEIGHTS.min} ${WEIGHTS.max}; unicode-range: ${range}; src: url(data:font/woff2;base64,${cut.toString('base64')}) format('woff2'); }`,
      );
    }
  }
  return rules.join('\n');
}

/** Hangul, its jamo and compatibility letters, CJK punctuation and full-width forms: what Noto Sans KR draws for a picture. */
const KOREAN_CHAR = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u3000-\u303f\uff00-\uffef]/u;

/** Noto Sans KR's numbered slices (fontsource's) that hold any Korean character of `text`, with those characters. */
function koreanSlices(text: string): Array<{ n: string; range: string; wanted: string; font: () => Buffer }> {
  const chars = [...new Set(text)].filter((c) => KOREAN_CHAR.test(c)).sort().join('');
  if (!chars) return [];
  const dir = dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource-variable/noto-sans-kr/package.json'));
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return Object.entries(ranges).flatMap(([slice, range]) => {
    const n = slice.replace(/\D/g, '');
    const wanted = [...chars].filter((c) => inRange(c, range)).join('');
    if (!n || !wanted) return [];
    return [{ n, range, wanted, font: () => readFileSync(join(dir, 'files', `noto-sans-kr-${n}-wght-normal.woff2`)) }];
  });
}

let rasterFiles: Promise<string[]> | undefined;

/**
 * Paths of TrueType files for resvg: Inter, one per weight, and for Korean text the slices of
 * Noto Sans KR that hold its syllables, cut to them (`text`: every character the pictures show).
 * Shipping the Korean font with the build, rather than trusting the machine's, means a picture
 * drawn anywhere shows Hangul, never empty boxes.
 */
export async function rasterFontFiles(locale: Locale = 'en', text = ''): Promise<string[]> {
  const inter = await interRasterFiles();
  return locale === 'ko' ? [...inter, ...(await koreanRasterFiles(text))] : inter;
}

const koreanFiles = new Map<string, Promise<string[]>>();

/** Noto Sans KR's slices that hold any Hangul of `text`, each cut to those characters, per weight, as TrueType. */
function koreanRasterFiles(text: string): Promise<string[]> {
  const chars = [...new Set(text)].filter((c) => KOREAN_CHAR.test(c)).sort().join('');
  let files = koreanFiles.get(chars);
  if (!files) {
    files = (async () => {
      const out = join(tmpdir(), `noto-kr-raster-${createHash('sha256').update(chars).digest('hex').slice(0, 12)}`);
      mkdirSync(out, { recursive: true });
      const paths: string[] = [];
      for (const { n, wanted, font } of koreanSlices(chars)) {
        const woff2 = font();
        for (const weight of RASTER_WEIGHTS) {
          const path = join(out, `noto-sans-kr-${n}-${weight}.ttf`);
          writeFileSync(path, await subsetFont(woff2, wanted, { targetFormat: 'sfnt', variationAxes: { wght: weight } }));
          paths.push(path);
        }
      }
      return paths;
    })();
    koreanFiles.set(chars, files);
  }
  return files;
}

/** Paths of Inter as static TrueType files, one per weight, for resvg. */
function interRasterFiles(): Promise<string[]> {
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
