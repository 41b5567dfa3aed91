/**
 * What self-hosting a Korean web font would cost the Korean story, measured from the build: the
 * distinct Hangul syllables `dist/ko/index.html` shows, and Noto Sans KR (the variable font from
 * @fontsource, sliced by unicode-range) cut to exactly those characters, as WOFF2, at the two
 * weights the page uses. The other choice, the Korean system fonts, costs 0 bytes.
 *
 *   await koreanFontCost('dist') -> { syllables: 1034, slices: 96, bytes: { 400: 201000, 700: 208000 } }
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const inRange = (code, range) =>
  range.split(',').some((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-');
    return code >= parseInt(lo, 16) && code <= parseInt(hi, 16);
  });

export async function koreanFontCost(dist, weights = [400, 700]) {
  const html = readFileSync(join(dist, 'ko', 'index.html'), 'utf8');
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  const chars = [...new Set(text)].filter((c) => /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u.test(c));
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-kr/package.json'));
  const ranges = Object.entries(JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')));
  const bytes = Object.fromEntries(weights.map((w) => [w, 0]));
  let slices = 0;
  for (const [slice, range] of ranges) {
    const wanted = chars.filter((c) => inRange(c.codePointAt(0), range)).join('');
    if (!wanted) continue;
    slices++;
    const font = readFileSync(join(dir, 'files', `noto-sans-kr-${slice.replace(/\D/g, '')}-wght-normal.woff2`));
    for (const w of weights) bytes[w] += (await subsetFont(font, wanted, { targetFormat: 'woff2', variationAxes: { wght: w } })).length;
  }
  return { syllables: chars.length, slices, bytes };
}
