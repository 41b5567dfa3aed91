/**
 * After the build, every web font in `dist/` is cut down to what the built site can show: the
 * characters found in its pages, scripts and data, the weights its CSS uses, and the OpenType
 * features browsers apply by default or the CSS asks for. The fonts are
 * the largest files a first visit loads, and a phone on a slow network waits for them before the
 * first words appear (`font-display: optional`), so this is the biggest single saving on first
 * paint: about 99 KB of fonts become about 39 KB.
 *
 * Each cut font gets a new content-hashed name, and every reference to the old name in the
 * built text files is rewritten (with the page's CSP hashes of any inline style that changed),
 * so a cached copy of an older cut is never reused.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';

/** The weight range the site's CSS uses (400 body, 600 labels, 700 headings); fonts.css declares the same. */
export const WEIGHTS = { min: 400, max: 700 } as const;

/**
 * OpenType features kept: those browsers apply to Latin text by default (shaping, kerning,
 * ligatures). Features the CSS turns on (`tabular-nums`) are added from the built styles; the
 * rest (alternates, small caps, fractions…) go, with the glyphs only they reach.
 */
const DEFAULT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'rvrn'];
const FEATURE_FOR_VALUE: Record<string, string> = {
  'tabular-nums': 'tnum', 'proportional-nums': 'pnum', 'lining-nums': 'lnum', 'oldstyle-nums': 'onum',
  'diagonal-fractions': 'frac', 'stacked-fractions': 'afrc', 'slashed-zero': 'zero', ordinal: 'ordn', 'small-caps': 'smcp',
};

/** The features a stylesheet asks for with `font-variant-*` or `font-feature-settings`. */
export function featuresIn(css: string): Set<string> {
  const found = new Set<string>();
  for (const [, values] of css.matchAll(/font-variant(?:-\w+)?\s*:\s*([^;}"]+)/g)) {
    for (const value of values!.trim().split(/\s+/)) if (FEATURE_FOR_VALUE[value]) found.add(FEATURE_FOR_VALUE[value]);
  }
  for (const [, settings] of css.matchAll(/font-feature-settings\s*:\s*([^;}]+)/g)) {
    for (const [, tag] of settings!.matchAll(/["']([a-z0-9]{4})["']/g)) found.add(tag!);
  }
  return found;
}

/** Files whose text can reach the screen: pages, scripts, styles, data. */
const TEXT_FILE = /\.(html|js|mjs|css|json|xml|txt|svg)$/;
/** The only named entities Astro writes; anything else would hide a character from the scan. */
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Every character a text file can put on screen, with its escapes decoded (`&#x2014;`,
 * `\u2212`). An unknown named entity fails the build, naming the file.
 */
export function charactersIn(text: string, file: string): Set<string> {
  const decoded = text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z][a-z0-9]*);/gi, (entity, name: string) => {
      const char = NAMED_ENTITIES[name];
      if (char === undefined) throw new Error(`${file}: the entity ${entity} is not decoded by the font subsetter; write the character itself`);
      return char;
    })
    .replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/gi, (_, long?: string, short?: string) => String.fromCodePoint(parseInt(long ?? short ?? '0', 16)));
  return new Set([...decoded].filter((c) => c >= ' '));
}

/** Printable ASCII and the no-break space, always kept: text a script builds at run time is made of these. */
const ALWAYS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\u00a0';

export interface CutFont {
  from: string;
  to: string;
  bytesBefore: number;
  bytesAfter: number;
}

/** Subsets every `.woff2` under `dir` to the characters of the text files under `dir`; returns what it did. */
export async function subsetFonts(dir: string): Promise<CutFont[]> {
  const files = await filesUnder(dir);
  const textFiles = files.filter((f) => TEXT_FILE.test(f));
  const texts = new Map(await Promise.all(textFiles.map(async (f) => [f, await readFile(f, 'utf8')] as const)));
  const chars = new Set(ALWAYS);
  for (const [file, text] of texts) for (const c of charactersIn(text, relative(dir, file))) chars.add(c);
  const wanted = [...chars].sort().join('');
  const features = new Set(DEFAULT_FEATURES);
  for (const text of texts.values()) for (const f of featuresIn(text)) features.add(f);

  const cut: CutFont[] = [];
  for (const font of files.filter((f) => f.endsWith('.woff2'))) {
    const original = await readFile(font);
    const smaller = await subsetFont(original, wanted, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS }, keepFeatures: [...features] });
    const hash = createHash('sha256').update(smaller).digest('base64url').slice(0, 8);
    // Vite's names are `<name>.<hash>.woff2`; keep the name, replace the hash.
    const name = basename(font).replace(/(\.[\w-]{8})?\.woff2$/, `.${hash}.woff2`);
    await writeFile(font, smaller);
    await rename(font, join(dirname(font), name));
    cut.push({ from: basename(font), to: name, bytesBefore: original.length, bytesAfter: smaller.length });
  }

  for (const [file, text] of texts) {
    let rewritten = text;
    for (const { from, to } of cut) rewritten = rewritten.replaceAll(from, to);
    if (rewritten === text) continue;
    if (file.endsWith('.html')) rewritten = rehashInlineBlocks(text, rewritten);
    await writeFile(file, rewritten);
  }
  return cut;
}

const INLINE_BLOCK = /<(style|script)\b[^>]*>([\s\S]*?)<\/\1>/g;
const cspHash = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/**
 * The page's Content Security Policy allows its inline styles and scripts by hash; an inline
 * style whose font address was rewritten needs its hash rewritten too, or the browser drops it.
 */
export function rehashInlineBlocks(before: string, after: string): string {
  const old = [...before.matchAll(INLINE_BLOCK)].map((m) => m[2]!);
  const now = [...after.matchAll(INLINE_BLOCK)].map((m) => m[2]!);
  let out = after;
  old.forEach((content, i) => {
    if (now[i] !== undefined && now[i] !== content) out = out.replaceAll(cspHash(content), cspHash(now[i]!));
  });
  return out;
}

/** The Astro integration: runs `subsetFonts` on the finished build and logs the saving. */
export default function subsetFontsIntegration(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const cut = await subsetFonts(fileURLToPath(dir));
        const before = cut.reduce((s, f) => s + f.bytesBefore, 0);
        const after = cut.reduce((s, f) => s + f.bytesAfter, 0);
        logger.info(`${cut.length} fonts subset: ${(before / 1000).toFixed(1)} KB -> ${(after / 1000).toFixed(1)} KB`);
      },
    },
  };
}
