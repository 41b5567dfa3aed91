#!/usr/bin/env node
// Screenshots of every step of every chart at phone and desktop widths, light and dark, for looking at.
// usage: npm run shots [-- --only=timeline --widths=390,1440 --dark]   (serves ./dist with astro preview)
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const widths = (args.widths ?? '390,1440').split(',').map(Number);
const schemes = 'dark' in args ? ['dark'] : 'light' in args ? ['light'] : ['light', 'dark'];
const out = args.out ?? 'test-results/shots';
const port = Number(args.port ?? 4399);
mkdirSync(out, { recursive: true });

// Its own process group, so that stopping it stops astro too and not only the npx wrapper.
const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 200));
}
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 900 ? 844 : 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(base);
      const steps = await page.$$eval('figure[data-chart]', (figs) => figs.flatMap((f) => (f.dataset.steps ?? '').split(' ').map((s) => [f.dataset.chart, s])));
      for (const [chart, step] of steps) {
        if (args.only && chart !== args.only) continue;
        await page.goto(`${base}/?step=${step}`);
        await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${out}/${chart}-${step}-${width}-${scheme}.png` });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
console.log(`screenshots in ${out}`);
