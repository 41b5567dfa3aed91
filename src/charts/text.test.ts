import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('textWidth(text, fontSize, bold)', () => {
  it('grows with the text and the size; bold is wider', () => {
    expect(textWidth('Oil', 12)).toBeGreaterThan(15);
    expect(textWidth('Oil', 24)).toBeCloseTo(textWidth('Oil', 12) * 2, 1);
    expect(textWidth('Refined oil', 12, true)).toBeGreaterThan(textWidth('Refined oil', 12));
    expect(textWidth('', 12)).toBe(0);
  });
});

describe('wrapText(text, maxWidth, fontSize)', () => {
  it.each([
    ['possibly up to 4.8 million shells', 80],
    ['South Korea’s defence minister, Jun 14, 2024', 120],
    ['one', 200],
  ])('wraps %j into lines no wider than %d px, keeping every word', (text, width) => {
    const lines = wrapText(text, width, 12);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
    expect(lines.join(' ')).toBe(text);
  });
  it('gives an over-long word a line of its own rather than dropping it', () => {
    expect(wrapText('a Tikhoretsk b', 20, 12)).toEqual(['a', 'Tikhoretsk', 'b']);
  });
});
