/**
 * Charts as images, drawn at build time from a chart's own build-time SVG with the page's colours
 * resolved: share cards (1200×630 PNG, under the story title) and the printed storyboard's
 * stills (one SVG file per step). The pure part —
 * turning the site's CSS into something resvg understands and composing the card — is here and
 * unit-tested; `renderPng` rasterises with @resvg/resvg-js.
 *
 * Fonts: resvg reads TTF/OTF only; the card's words and the chart's labels are set in Inter, pinned
 * to static TrueType instances at build time (src/downloads/image-fonts.ts) and wrapped with the
 * charts' own text measure; the title uses the system's serif (DejaVu Serif on Debian).
 */
import { Resvg } from '@resvg/resvg-js';
import { wrapText } from '../charts/text';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * The value of each custom property declared on `:root` outside any at-rule, for the light theme,
 * or for the dark one (`:root[data-theme='dark']`, the block a page pins its dark theme with).
 *
 *   tokenValues(':root { --ink: #111; } :root[data-theme=\'dark\'] { --ink: #eee; }', 'dark') // { '--ink': '#eee' }
 */
export function tokenValues(css: string, theme: 'light' | 'dark' = 'light'): Record<string, string> {
  const out: Record<string, string> = {};
  const blocks = topLevelRules(stripComments(css));
  const read = (selector: RegExp, override: boolean) => {
    for (const block of blocks) {
      if (!selector.test(block.selector.trim())) continue;
      for (const m of block.body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
        if (override) out[m[1]!] = m[2]!.trim();
        else out[m[1]!] ??= m[2]!.trim();
      }
    }
  };
  read(/^:root$/, false);
  if (theme === 'dark') read(/^:root\[data-theme=['"]?dark['"]?\]$/, true);
  return out;
}

/**
 * The rules of a stylesheet that resvg can apply to SVG: top level only (no @media, @container,
 * @font-face), `var()` replaced by the token's value, `!important` dropped.
 *
 *   svgStyles('.a { fill: var(--ink) !important; } @media (x) { .b {} }', { '--ink': '#111' }) // '.a { fill: #111; }'
 */
export function svgStyles(css: string, tokens: Record<string, string>): string {
  const resolve = (value: string): string =>
    value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_, name: string, fallback?: string) => tokens[name] ?? fallback ?? 'initial');
  return topLevelRules(stripComments(css))
    .filter((r) => !r.selector.trim().startsWith('@') && r.selector.trim() !== ':root')
    .map((r) => `${r.selector.trim()} { ${mixWithTransparent(resolve(r.body)).replace(/\s*!important/g, '').replace(/\s+/g, ' ').trim()} }`)
    .join('\n');
}

/**
 * `color-mix(in srgb, #rrggbb p%, transparent)`, which resvg does not read, as the same colour
 * with opacity p.
 *
 *   mixWithTransparent('fill: color-mix(in srgb, #1b1c1e 5%, transparent);') // 'fill: rgba(27, 28, 30, 0.05);'
 */
export function mixWithTransparent(css: string): string {
  return css.replace(/color-mix\(\s*in srgb\s*,\s*#([0-9a-f]{6})\s+([\d.]+)%\s*,\s*transparent\s*\)/gi, (_, hex: string, pct: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${Number(pct) / 100})`;
  });
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits CSS into top-level `selector { body }` blocks (an at-rule's nested body stays whole). */
function topLevelRules(css: string): Array<{ selector: string; body: string }> {
  const rules: Array<{ selector: string; body: string }> = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        rules.push({ selector: css.slice(start, open).replace(/^[\s;]*(@import[^;]*;\s*)*/, ''), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  return rules;
}

/**
 * A scene as a file of its own (an `<img>` source), which must be XML: the SVG namespace added,
 * HTML's bare attributes (`data-scene`) given a value, and the site's resolved styles inlined.
 */
export function standaloneSvg(sceneSvg: string, styles: string, lang?: string): string {
  // The picture's language, for its `:lang()` rules (Hangul is never set in italics) and for screen readers.
  const language = lang ? ` lang="${lang}" xml:lang="${lang}"` : '';
  return asXml(sceneSvg).replace(/^<svg\b([^>]*)>/, (_, attrs: string) => `<svg xmlns="http://www.w3.org/2000/svg"${language}${attrs}><style><![CDATA[${styles}]]></style>`);
}

/** HTML's bare attributes (`data-scene`) given a value, as XML requires. */
export function asXml(markup: string): string {
  const attribute = /(\s[\w:-]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
  return markup.replace(/<[a-zA-Z][\w:-]*(?:\s+[^>]*)?>/g, (tag) => tag.replace(attribute, (all, name: string, value?: string) => (value ? all : `${name}=""`)));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CardInput {
  /** The story's title, on every card. */
  title: string;
  /** A line under it: the chart's takeaway or the story's dek. */
  subtitle: string;
  /** The chart's build-time SVG markup. */
  chartSvg: string;
  /** CSS for the chart's marks, already passed through `svgStyles`. */
  styles: string;
  tokens: Record<string, string>;
  /** "example.org", shown bottom right. */
  site: string;
}

/** The card as SVG: title and subtitle on top, the chart below, the site at the foot. */
export function cardSvg({ title, subtitle, chartSvg, styles, tokens, site }: CardInput): string {
  const bg = tokens['--bg'] ?? '#ffffff';
  const ink = tokens['--ink'] ?? '#111111';
  const muted = tokens['--ink-muted'] ?? '#555555';
  const rule = tokens['--rule'] ?? '#cccccc';
  const lines = wrapText(subtitle, CARD.width - 96, 22);
  const sub = lines.length > 2 ? [lines[0]!, `${lines[1]!.replace(/[\s,;:.]+\S*$/, '')}…`] : lines;
  const chartTop = 120 + sub.length * 30;
  const viewBox = chartSvg.match(/viewBox="([^"]+)"/)?.[1] ?? '0 0 720 460';
  // The chart's inner markup in a nested <svg> that scales it into the space left.
  const inner = chartSvg.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<title[\s\S]*?<\/title>|<desc[\s\S]*?<\/desc>/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<style>${styles}
text { font-family: 'Inter Variable', Inter, 'DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Noto Sans KR', sans-serif; }</style>
<rect width="100%" height="100%" fill="${bg}"/>
<text x="48" y="76" font-size="44" font-weight="700" fill="${ink}" style="font-family: 'DejaVu Serif', 'Liberation Serif', 'Noto Serif', 'Noto Sans KR', serif">${escapeXml(title)}</text>
${sub.map((line, i) => `<text x="48" y="${118 + i * 30}" font-size="22" fill="${muted}">${escapeXml(line)}</text>`).join('\n')}
<line x1="48" x2="${CARD.width - 48}" y1="${chartTop - 6}" y2="${chartTop - 6}" stroke="${rule}"/>
<svg data-scene="" x="48" y="${chartTop}" width="${CARD.width - 96}" height="${CARD.height - chartTop - 56}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">${inner}</svg>
<text x="${CARD.width - 48}" y="${CARD.height - 22}" font-size="18" fill="${muted}" text-anchor="end">${escapeXml(site)}</text>
</svg>`;
}

/** Rasterises a card to PNG bytes; `fontFiles` are Inter's TrueType instances (image-fonts.ts), the system's fonts the fallback. */
export function renderPng(svg: string, fontFiles: string[] = []): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD.width },
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans', serifFamily: 'DejaVu Serif' },
  });
  return resvg.render().asPng();
}
