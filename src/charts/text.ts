/**
 * Text measurement without a DOM, so the layout stays pure: advance widths of Inter (the chart
 * font), measured once in Chromium at 100 px, per printable ASCII character. Other characters
 * count as a wide letter. Estimates err a little wide; the end-to-end tests check the real boxes.
 *
 *   textWidth('Oil', 12)               -> 17.16
 *   wrapText('up to 4.8 million shells', 80, 12) -> ['up to 4.8', 'million shells']
 */

// Widths in hundredths of an em for char codes 32..126 (regular 400 and bold 700).
const REGULAR = [
  28, 29, 47, 63, 64, 98, 64, 30, 36, 36, 50, 66, 29, 46, 29, 36, 63, 41, 61, 62, 65, 59, 62, 57, 62, 62, 29, 30, 66, 66, 66, 51, 97, 69, 65,
  73, 72, 60, 59, 75, 74, 27, 57, 67, 57, 90, 75, 76, 64, 76, 64, 64, 65, 74, 69, 99, 68, 68, 63, 36, 36, 36, 47, 46, 32, 56, 61, 57, 61, 58,
  37, 61, 59, 24, 24, 55, 24, 88, 59, 60, 61, 61, 38, 53, 33, 59, 56, 82, 55, 56, 55, 43, 33, 43, 66,
];
const BOLD = [
  24, 34, 55, 65, 65, 102, 67, 34, 38, 38, 56, 68, 33, 47, 33, 39, 67, 43, 63, 65, 68, 62, 65, 58, 65, 65, 33, 34, 68, 68, 68, 56, 102, 75, 66,
  74, 72, 61, 59, 75, 75, 28, 58, 72, 57, 93, 76, 77, 65, 78, 66, 65, 67, 73, 75, 104, 74, 73, 66, 38, 39, 38, 49, 48, 37, 58, 63, 59, 63, 60,
  40, 63, 62, 27, 27, 58, 27, 91, 62, 61, 63, 63, 41, 56, 37, 62, 60, 85, 58, 60, 57, 47, 37, 47, 68,
];
const OTHER: Record<string, number> = { '–': 50, '—': 100, '·': 33, '“': 54, '”': 53, '’': 31, '‘': 31, '≤': 66, '≈': 66, '→': 100, '←': 100, '…': 90 };

/** Estimated width in px of `text` set in Inter at `fontSize` px; `letterSpacing` in em is added per character. */
export function textWidth(text: string, fontSize: number, bold = false, letterSpacing = 0): number {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    hundredths += (code >= 32 && code <= 126 ? table[code - 32] : OTHER[ch]) ?? 75;
    hundredths += letterSpacing * 100;
  }
  // 3% headroom for hinting and rounding in the browser.
  return Math.round(hundredths * fontSize * 1.03) / 100;
}

/** Breaks `text` into lines no wider than `maxWidth`, at spaces; a single word longer than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The width of the widest of several lines. */
export const linesWidth = (lines: string[], fontSize: number, bold = false): number =>
  Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
