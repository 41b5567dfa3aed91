/**
 * The size gate: page weights read from a built site, and the budget check that fails a page
 * over budget. Fixtures are tiny sites written to a temporary folder; random bytes do not
 * compress, so their compressed size is known.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkPageBudgets, listPages, pageWeight, referencedUrls } from '../../bench/lib/weights.mjs';
import budgets from '../../bench/budgets.json';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes `files` (path -> content) into a fresh folder and returns it. */
function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'weights-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** `n` incompressible bytes standing in for a script (the gate measures files; it never runs them). */
const bulkyJs = (n: number) => randomBytes(n);

const page = (head: string) => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body></body></html>`;

describe('referencedUrls', () => {
  it.each([
    ['import{a}from"./a.js";', ['./a.js']],
    ["const m=()=>import(`./client.X1.js`),[]", ['./client.X1.js']],
    ['import"/_astro/b.js";const s="not a file"', ['/_astro/b.js']],
    ['fetch("https://example.com/x.js")', []],
  ])('finds the chunks a script names in %s', (text, urls) => {
    expect(referencedUrls(text, 'js')).toEqual(urls);
  });

  it('finds font files and imports in CSS, not data URLs', () => {
    const css = `@font-face{src:url(/_astro/a.woff2) format("woff2")}@import "./b.css";.x{background:url("data:image/png;base64,AA")}`;
    expect(referencedUrls(css, 'css')).toEqual(['/_astro/a.woff2', './b.css']);
  });
});

describe('pageWeight', () => {
  it('counts the HTML, inline-declared fonts and every script reachable through static and dynamic imports, once each', () => {
    const dir = site({
      'index.html': page(`<style>@font-face{src:url(/_astro/f.woff2)}</style><script type="module" src="/_astro/main.js"></script>`),
      '_astro/main.js': `import"./shared.js";const c=()=>import(\`./chart.js\`);`,
      '_astro/shared.js': bulkyJs(3000),
      '_astro/chart.js': Buffer.concat([Buffer.from('import"./shared.js";'), bulkyJs(2000)]),
      '_astro/f.woff2': randomBytes(10_000),
      '_astro/unused.js': bulkyJs(50_000),
    });
    const w = pageWeight(dir, join(dir, 'index.html'));
    expect(w.route).toBe('/');
    expect(w.files.map((f: { url: string }) => f.url).sort()).toEqual(['/_astro/chart.js', '/_astro/f.woff2', '/_astro/main.js', '/_astro/shared.js', '/index.html']);
    expect(w.fonts).toBe(10_000);
    // Two random strings of 3000 and 2000 bytes stay about that size compressed.
    expect(w.js).toBeGreaterThan(5000);
    expect(w.js).toBeLessThan(6000);
    expect(w.total).toBe(w.html + w.css + w.js + w.fonts + w.other);
    expect(w.missing).toEqual([]);
  });

  it('reports a referenced file that is not in the build', () => {
    const dir = site({ 'index.html': page(`<script type="module" src="/_astro/gone.js"></script>`) });
    expect(pageWeight(dir, join(dir, 'index.html')).missing).toEqual(['/_astro/gone.js']);
  });
});

describe('checkPageBudgets with the committed budgets', () => {
  it('passes a small story page and a small embed', () => {
    const dir = site({
      'index.html': page(`<script type="module" src="/_astro/a.js"></script>`),
      'embed/timeline/index.html': page(`<script type="module" src="/_astro/a.js"></script>`),
      '_astro/a.js': bulkyJs(5000),
    });
    const rows = checkPageBudgets(listPages(dir).map((p: { file: string }) => pageWeight(dir, p.file)), budgets);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((r: { ok: boolean }) => !r.ok)).toEqual([]);
  });

  it('fails an over-budget fixture: 60 KB of script on the story, 30 KB on an embed', () => {
    const dir = site({
      'index.html': page(`<script type="module" src="/_astro/story.js"></script>`),
      'embed/range-arc/index.html': page(`<script type="module" src="/_astro/embed.js"></script>`),
      '_astro/story.js': bulkyJs(60_000),
      '_astro/embed.js': bulkyJs(30_000),
    });
    const failed = checkPageBudgets(listPages(dir).map((p: { file: string }) => pageWeight(dir, p.file)), budgets).filter((r: { ok: boolean }) => !r.ok);
    expect(failed.map((r: { route: string; metric: string; limit: number }) => [r.route, r.metric, r.limit]).sort()).toEqual([
      ['/', 'js', 50_000],
      ['/embed/range-arc/', 'js', 20_000],
    ]);
  });

  it('fails a page whose fonts push the first load over 250 KB', () => {
    const dir = site({ 'index.html': page(`<link rel="preload" as="font" href="/_astro/big.woff2">`), '_astro/big.woff2': randomBytes(260_000) });
    const failed = checkPageBudgets([pageWeight(dir, join(dir, 'index.html'))], budgets).filter((r: { ok: boolean }) => !r.ok);
    expect(failed.map((r: { metric: string }) => r.metric)).toEqual(['total']);
  });
});
