/**
 * The map's colours, read from tokens.css, stay apart for readers with colour-vision deficiency:
 * each pair of meanings the map draws side by side is simulated (Machado, Oliveira & Fernandes
 * 2009, full severity) and compared in CIELAB, and each mark stands out from the land and sea.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const block = (text: string) => Object.fromEntries([...text.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
const light = block(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...block(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

const SIMULATIONS: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
const simulate = (rgb: number[], m: number[][]) => m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
const luminance = (rgb: number[]) => 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!;
function lab(rgb: number[]): number[] {
  const [r, g, b] = rgb as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, luminance(rgb), (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
/** CIE76 colour difference between two colours as a reader with `deficiency` sees them. */
const deltaE = (a: string, b: string, deficiency: string) => {
  const [p, q] = [lab(simulate(linear(a), SIMULATIONS[deficiency]!)), lab(simulate(linear(b), SIMULATIONS[deficiency]!))];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
};
const contrast = (a: string, b: string) => {
  const [la, lb] = [luminance(linear(a)), luminance(linear(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};

/** The meanings the map puts side by side: the measured flight (event), KCNA's claim, the uncertain. */
const PAIRS: Array<[string, string]> = [
  ['event', 'claim'],
  ['event', 'uncertain'],
  ['claim', 'uncertain'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_theme, tokens) => {
  test.each(Object.keys(SIMULATIONS).flatMap((d) => PAIRS.map(([a, b]) => [a, b, d] as const)))(
    '--%s and --%s stay apart with %s (ΔE ≥ 10)',
    (a, b, deficiency) => {
      expect(deltaE(tokens[a]!, tokens[b]!, deficiency)).toBeGreaterThanOrEqual(10);
    },
  );

  test.each(['event', 'claim', 'uncertain'].flatMap((m) => ['land', 'sea'].map((g) => [m, g] as const)))(
    '--%s stands out from --%s (contrast ≥ 3:1)',
    (mark, ground) => {
      expect(contrast(tokens[mark]!, tokens[ground]!)).toBeGreaterThanOrEqual(3);
    },
  );

  test('text on the page colour is readable (contrast ≥ 4.5:1)', () => {
    for (const ink of ['ink', 'ink-muted', 'claim', 'uncertain']) expect(contrast(tokens[ink]!, tokens.bg!), ink).toBeGreaterThanOrEqual(4.5);
  });
});

test('the meanings that come closest (claim and uncertain) also differ in line pattern: solid against dashed', () => {
  const map = readFileSync('src/charts/range-arc/range-arc.css', 'utf8');
  const rule = (selector: string) => map.slice(map.indexOf(`${selector} {`), map.indexOf('}', map.indexOf(`${selector} {`)));
  expect(rule('.claim-tick')).not.toContain('dasharray');
  expect(rule('.earlier-arc')).toContain('stroke-dasharray');
  expect(rule('.landing-sea')).toContain('stroke-dasharray');
});
