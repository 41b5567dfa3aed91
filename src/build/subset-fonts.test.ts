import { mkdtemp, readdir, readFile, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import { convert } from 'fontverter';
import { charactersIn, featuresIn, rehashInlineBlocks, subsetFonts } from './subset-fonts';

const inter = 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2';
const cspHash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/** The characters a font's cmap maps, and its weight axis. */
async function inspect(woff2: Buffer) {
  const face = new hb.Face(new hb.Blob(await convert(woff2, 'sfnt')));
  const chars = new Set([...face.collectUnicodes()].map((c) => String.fromCodePoint(c)));
  const wght = face.getAxisInfos().wght;
  return { chars, wght };
}

describe('charactersIn(text, file)', () => {
  it('decodes the escapes pages and scripts use', () => {
    const chars = charactersIn(`Kaech&#x14F;n &#8212; &amp; "\\u2212" \\u{1F600}&nbsp;`, 'x.html');
    for (const c of ['ŏ', '—', '&', '−', '😀', '\u00a0']) expect(chars.has(c), c).toBe(true);
  });
  it('fails on an entity it cannot decode, naming the file', () => {
    expect(() => charactersIn('a &eacute; b', 'embed/x/index.html')).toThrow(/embed\/x\/index\.html: the entity &eacute;/);
  });
});

describe('featuresIn(css)', () => {
  it('finds the features CSS turns on', () => {
    expect([...featuresIn('.a{font-variant-numeric: tabular-nums}.b{font-feature-settings:"zero" 1, \'ss01\'}')].sort()).toEqual(['ss01', 'tnum', 'zero']);
    expect(featuresIn('.a{font-weight:700}').size).toBe(0);
  });
});

describe('rehashInlineBlocks(before, after)', () => {
  it('rewrites the CSP hash of an inline style whose text changed, and only that one', () => {
    const page = (font: string) =>
      `<meta http-equiv="content-security-policy" content="style-src ${cspHash(`@font-face{src:url(${font})}`)} ${cspHash('.x{}')}"><style>@font-face{src:url(${font})}</style><style>.x{}</style>`;
    expect(rehashInlineBlocks(page('/a.woff2'), page('/b.woff2').replace(/content="[^"]*"/, page('/a.woff2').match(/content="[^"]*"/)![0]))).toBe(page('/b.woff2'));
  });
});

describe('subsetFonts(dist)', () => {
  it('cuts a font to the built text and the used weights, renames it, and rewrites every reference and CSP hash', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'subset-'));
    await mkdir(join(dist, '_astro'));
    await copyFile(inter, join(dist, '_astro/inter-latin-wght-normal.Dx4kXJAl.woff2'));
    const style = '@font-face{font-family:I;src:url(/_astro/inter-latin-wght-normal.Dx4kXJAl.woff2)}.n{font-variant-numeric:tabular-nums}';
    await writeFile(
      join(dist, 'index.html'),
      `<meta http-equiv="content-security-policy" content="style-src ${cspHash(style)}"><link rel="preload" href="/_astro/inter-latin-wght-normal.Dx4kXJAl.woff2"><style>${style}</style><p>Kaech&#x14F;n ½</p>`,
    );
    await writeFile(join(dist, '_astro/app.js'), 'el.textContent = `≈ ${km} km`;');
    const before = await inspect(await readFile(inter));

    const [cut] = await subsetFonts(dist);

    expect(cut!.bytesAfter).toBeLessThan(cut!.bytesBefore / 2);
    expect(await readdir(join(dist, '_astro'))).toEqual(['app.js', cut!.to]);
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    expect(html).not.toContain(cut!.from);
    expect(html.match(new RegExp(cut!.to.replace(/\./g, '\\.'), 'g'))).toHaveLength(2);
    // The browser would drop the inline style if its hash were stale.
    const newStyle = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(html).toContain(cspHash(newStyle));

    const after = await inspect(await readFile(join(dist, '_astro', cut!.to)));
    // Everything the pages and scripts show that the original font had, and nothing else.
    for (const c of ['A', 'z', '0', '~', '≈', '½']) expect(after.chars.has(c), c).toBe(before.chars.has(c));
    expect(after.chars.has('ä')).toBe(false);
    expect(after.chars.size).toBeLessThan(120);
    // The weight axis keeps the range the CSS uses, 400–700, out of Inter's 100–900.
    expect([before.wght?.min, before.wght?.max]).toEqual([100, 900]);
    expect([after.wght?.min, after.wght?.max]).toEqual([400, 700]);
  });
});
