import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from './preload-modules';

describe('staticImports(code)', () => {
  it('finds static imports and re-exports, not dynamic imports', () => {
    const code = 'import{t as e}from"./helper.A.js";import"./side.B.js";export{x}from"../c/d.C.js";const m=()=>import(`./lazy.D.js`);import("./lazy2.E.js")';
    expect(staticImports(code)).toEqual(['./helper.A.js', './side.B.js', '../c/d.C.js']);
  });
});

describe('withModulePreloads(dist, html)', () => {
  it('preloads every module the entry reaches statically, however deep, once', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'preload-'));
    await mkdir(join(dist, '_astro'));
    await writeFile(join(dist, '_astro/entry.js'), 'import{a}from"./a.js";import"./b.js";import(`./lazy.js`)');
    await writeFile(join(dist, '_astro/a.js'), 'import{c}from"./c.js";export const a=1');
    await writeFile(join(dist, '_astro/b.js'), 'import{c}from"./c.js"');
    await writeFile(join(dist, '_astro/c.js'), 'export const c=1');
    const html = '<html><head><title>x</title></head><body><script type="module" src="/_astro/entry.js"></script></body></html>';
    const out = await withModulePreloads(dist, html);
    expect([...out.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual(['/_astro/a.js', '/_astro/c.js', '/_astro/b.js']);
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
    expect(await withModulePreloads(dist, out)).toBe(out);
  });
});
