/**
 * Text measurement without a DOM, so the layouts stay pure: Inter's advance widths at each weight
 * the charts use, measured with HarfBuzz from the font file the site ships (text-metrics.json,
 * written by src/build/text-metrics.ts; text-metrics.test.ts fails when the font changes and the
 * table does not). One slack for every chart, one wrap. The end-to-end tests check the real boxes.
 *
 *   textWidth('Oil', 12)                          -> 17.4
 *   wrapText('up to 4.8 million shells', 80, 12)  -> ['up to 4.8', 'million shells']
 */
import metrics from './text-metrics.json';

/**
 * Estimates run this much wider than Inter's advances: room for rounding in the browser, and for
 * the fallback fonts should Inter not arrive (Arial and Liberation Sans are narrower than Inter).
 */
export const SLACK = 1.06;
/** A character Inter's Latin file lacks (an arrow, Hangul) counts as one em: the width of a CJK glyph. */
export const FALLBACK_EM = 1;

const WEIGHTS = Object.keys(metrics.widths).map(Number);
const TABLES = new Map(WEIGHTS.map((w) => [w, new Map([...metrics.chars].map((ch, i) => [ch, (metrics.widths as Record<string, number[]>)[w]![i]! / 1000]))]));
/** The measured weight nearest to `weight`. */
const tableFor = (weight: number) => TABLES.get(WEIGHTS.reduce((best, w) => (Math.abs(w - weight) < Math.abs(best - weight) ? w : best)))!;

/** Width of one line of text in ems, slack included: `textEm('Seoul', 400)` -> 2.81. `letterSpacingEm` is added per character. */
export function textEm(text: string, weight = 400, letterSpacingEm = 0): number {
  const table = tableFor(weight);
  let em = 0;
  for (const ch of text) em += (table.get(ch) ?? FALLBACK_EM) + letterSpacingEm;
  return em * SLACK;
}

/** Estimated width in px of `text` in Inter at `fontSize` px; `bold` is a weight or true for 700. */
export function textWidth(text: string, fontSize: number, bold: boolean | number = false, letterSpacing = 0): number {
  const weight = bold === true ? 700 : bold === false ? 400 : bold;
  return Math.round(textEm(text, weight, letterSpacing) * fontSize * 100) / 100;
}

/** Breaks `text` at spaces into lines for which `fits` holds; a single word too long for a line gets a line of its own. */
function wrapWith(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines no wider than `maxWidth` px at `fontSize`. */
export const wrapText = (text: string, maxWidth: number, fontSize: number, bold: boolean | number = false): string[] =>
  wrapWith(text, (line) => textWidth(line, fontSize, bold) <= maxWidth);

/** Lines no wider than `maxEm` ems: `wrapEm("at sea, outside Japan's EEZ", 10)` -> ['at sea, outside', "Japan's EEZ"]. */
export const wrapEm = (text: string, maxEm: number, weight = 400): string[] => wrapWith(text, (line) => textEm(line, weight) <= maxEm);

/** The width of the widest of several lines. */
export const linesWidth = (lines: string[], fontSize: number, bold = false): number => Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
