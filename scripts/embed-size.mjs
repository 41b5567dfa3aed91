#!/usr/bin/env node
// The JavaScript each embed page loads, gzipped, against the budget in bench/budgets.json (exit 1 when over).
// Reads the build in dist/ (run `npm run build` first), serves it on --port, loads every
// /embed/<chart>/ page in Chromium and counts what the browser fetched, dynamic imports included.
// usage: node scripts/embed-size.mjs [--port=4353] [--json]
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { EMBED_JS_BUDGET, jsWeight } from '../tests/support/js-weight.ts';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const port = Number(args.port ?? 4353);
const root = 'dist';
if (!existsSync(join(root, 'embed'))) {
  console.error('No dist/embed/: run `npm run build` first.');
  process.exit(2);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}).listen(port, '127.0.0.1');

const charts = readdirSync(join(root, 'embed')).filter((name) => existsSync(join(root, 'embed', name, 'index.html')));
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const rows = [];
try {
  for (const chart of charts) {
    for (const query of ['', '?autoplay=1']) {
      const page = await browser.newPage();
      const weight = await jsWeight(page, `http://127.0.0.1:${port}/embed/${chart}/${query}`, 'embed');
      rows.push({ page: `/embed/${chart}/${query}`, gzip: weight.gzip, files: weight.files.length, inline: weight.inline.gzip, detail: weight.files });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const over = rows.filter((r) => r.gzip > EMBED_JS_BUDGET);
if ('json' in args) console.log(JSON.stringify({ budget: EMBED_JS_BUDGET, pages: rows }, null, 2));
else {
  console.log(`JavaScript per embed page, gzipped (budget ${EMBED_JS_BUDGET} B):`);
  for (const r of rows) console.log(`  ${r.page.padEnd(34)} ${String(r.gzip).padStart(6)} B  (${r.files} files + ${r.inline} B inline)${r.gzip > EMBED_JS_BUDGET ? '  OVER' : ''}`);
}
process.exit(over.length ? 1 : 0);
