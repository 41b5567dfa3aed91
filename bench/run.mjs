#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, serves the build on 127.0.0.1, and measures it in Chromium
 * against bench/budgets.json — Lighthouse (mobile, simulated throttling) on the story and every
 * embed page; a scroll-through of the whole story by a phone (4x CPU slowdown, at a reading
 * pace) and a desktop (full speed); and every embed stepped through under the phone profile. Prints a table, writes bench/reports/latest.json, exits 1 when a budget is broken.
 *
 * Options: --runs=N (Lighthouse and scroll runs; medians are reported), --no-build (measure dist/
 * as it is), --port=N (first of three ports; default 4362), --skip=lighthouse|scroll.
 * Browser: $CHROME_PATH, else /usr/bin/chromium, else Playwright's own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkPageBudgets, listPages, pageWeight } from './lib/weights.mjs';
import { serveDist } from './lib/serve.mjs';
import { median, percentile, spread } from './lib/stats.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const port = Number(args.port ?? 4362);
const chromePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const rows = []; // { area, page, metric, value, limit, ok, unit, spread }
const report = { date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, load: (await import('node:os')).loadavg() }, budgets, results: {} };

/** Records a measured figure against a budget; `cmp` '<=' or '>='. */
function row(area, page, metric, value, limit, unit = '', cmp = '<=', runs = []) {
  const ok = limit === undefined ? true : cmp === '>=' ? value >= limit : value <= limit;
  rows.push({ area, page, metric, value, limit, cmp, ok, unit, spread: runs.length > 1 ? spread(runs) : undefined });
}

// ---------- Build ----------
if (!args['no-build']) {
  const t0 = performance.now();
  execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
  const buildMs = performance.now() - t0;
  report.results.buildMs = buildMs;
  row('build', '', 'npm run build', Math.round(buildMs), budgets.buildMs, 'ms');
}

// ---------- Sizes: the built files each page actually fetches on load ----------
const pages = listPages('dist');
const server = await serveDist('dist', port);
const origin = `http://127.0.0.1:${port}`;
const { chromium: sizeChromium } = await import('@playwright/test');
const sizeBrowser = await sizeChromium.launch({ executablePath: chromePath, args: chromeFlags.filter((f) => !f.startsWith('--headless')) });
const weights = [];
for (const p of pages) {
  // An embed loads only its own chart's module; counting every module the build could load would overstate it.
  const page = await sizeBrowser.newPage();
  const fetched = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin) fetched.push(decodeURIComponent(url.pathname));
  });
  await page.goto(origin + p.route);
  await page.waitForLoadState('networkidle');
  await page.close();
  weights.push(pageWeight('dist', p.file, { fetched }));
}
await sizeBrowser.close();
report.results.weights = weights.map(({ files, ...w }) => ({ ...w, files }));
for (const r of checkPageBudgets(weights, budgets)) row('size', r.route, `${r.metric} (gzip)`, r.value, r.limit, 'B');
for (const w of weights) for (const k of ['html', 'css', 'fonts']) if (!budgets.pages.find((p) => w.route.startsWith(p.prefix))?.[k]) row('size', w.route, `${k} (gzip)`, w[k], undefined, 'B');

// ---------- Korean type: system fonts (0 bytes) against a self-hosted Noto Sans KR subset ----------
if (existsSync('dist/ko/index.html')) {
  const { koreanFontCost } = await import('./lib/korean-fonts.mjs');
  const cost = await koreanFontCost('dist');
  report.results.koreanFonts = cost;
  const ko = weights.find((w) => w.route === '/ko/');
  row('korean type', '/ko/', 'distinct Hangul syllables', cost.syllables, undefined);
  for (const [w, b] of Object.entries(cost.bytes)) row('korean type', '/ko/', `Noto Sans KR subset, weight ${w} (woff2)`, b, undefined, 'B');
  const both = Object.values(cost.bytes).reduce((a, b) => a + b, 0);
  if (ko) row('korean type', '/ko/', 'first load if self-hosted (gzip)', ko.total + both, budgets.pages.find((p) => p.prefix === '/ko/')?.total, 'B');
}

const runs = Number(args.runs ?? budgets.lighthouse.runs);
const story = '/';
const stories = ['/', '/ko/'];
// The stories and each chart's embed in each edition; the per-step embed pages are the same page drawn at another step.
const lighthousePages = pages.map((p) => p.route).filter((r) => stories.includes(r) || /^(\/ko)?\/embed\/[^/]+\/$/.test(r));

try {
  // ---------- Lighthouse ----------
  if (args.skip !== 'lighthouse') {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    report.results.lighthouse = {};
    for (const route of lighthousePages) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        // A fresh browser per run: no cache, no warmed-up compiler from the last run.
        // A free port each time: the last browser may not have let go of its port yet.
        const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
        try {
          const result = await lighthouse(`${origin}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' });
          const lhr = result.lhr;
          const a = (id) => lhr.audits[id]?.numericValue;
          const bytes = Object.fromEntries((lhr.audits['resource-summary']?.details?.items ?? []).map((it) => [it.resourceType, it.transferSize]));
          samples.push({
            scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
            lcpMs: a('largest-contentful-paint'), cls: a('cumulative-layout-shift'), tbtMs: a('total-blocking-time'),
            fcpMs: a('first-contentful-paint'), speedIndexMs: a('speed-index'), bytes,
            failing: Object.values(lhr.audits).filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary').map((x) => x.id),
          });
        } finally {
          await chrome.kill();
        }
      }
      report.results.lighthouse[route] = samples;
      const m = (f) => median(samples.map(f));
      const all = (f) => samples.map(f);
      // Lighthouse budgets are the story page's (issue 7); embeds are measured and shown, held to
      // their script budget and to CLS 0 (they are noindex on purpose, so their SEO score is low by design).
      const limit = (value) => (stories.includes(route) ? value : undefined);
      for (const [cat, min] of Object.entries(budgets.lighthouse.scores)) row('lighthouse', route, cat, m((s) => s.scores[cat]), limit(min), '', '>=', all((s) => s.scores[cat]));
      row('lighthouse', route, 'LCP', Math.round(m((s) => s.lcpMs)), limit(budgets.lighthouse.lcpMs), 'ms', '<=', all((s) => Math.round(s.lcpMs)));
      row('lighthouse', route, 'CLS', m((s) => s.cls), budgets.lighthouse.cls, '', '<=', all((s) => s.cls));
      row('lighthouse', route, 'TBT', Math.round(m((s) => s.tbtMs)), limit(budgets.lighthouse.tbtMs), 'ms', '<=', all((s) => Math.round(s.tbtMs)));
      row('lighthouse', route, 'FCP', Math.round(m((s) => s.fcpMs)), undefined, 'ms', '<=', all((s) => Math.round(s.fcpMs)));
      row('lighthouse', route, 'Speed Index', Math.round(m((s) => s.speedIndexMs)), undefined, 'ms', '<=', all((s) => Math.round(s.speedIndexMs)));
      for (const type of ['document', 'script', 'stylesheet', 'font', 'image', 'total']) row('lighthouse', route, `bytes: ${type}`, m((s) => s.bytes[type] ?? 0), undefined, 'B');
      const failing = [...new Set(samples.flatMap((s) => s.failing))];
      if (failing.length) console.error(`Lighthouse audits not passed on ${route}: ${failing.join(', ')}`);
    }
  }

  // ---------- Scroll-through: a phone (4x slower CPU, touch) and a desktop (full speed, wheel) ----------
  if (args.skip !== 'scroll') {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((f) => !f.startsWith('--headless')) });
    report.results.scroll = {};
    report.results.embedSteps = {};
    try {
      for (const profile of budgets.scroll.profiles) {
        const key = `${profile.name} ${profile.width}x${profile.height}${profile.cpuSlowdown > 1 ? `, ${profile.cpuSlowdown}x CPU` : ''}`;
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await scrollRun(browser, profile));
        report.results.scroll[key] = samples;
        const m = (f) => median(samples.map(f));
        const all = (f) => samples.map(f);
        const s = budgets.scroll;
        row('scroll', key, 'long tasks (count)', m((x) => x.longTasks), s.longTasks, '', '<=', all((x) => x.longTasks));
        row('scroll', key, 'long tasks (total)', Math.round(m((x) => x.longTaskMs)), undefined, 'ms', '<=', all((x) => Math.round(x.longTaskMs)));
        row('scroll', key, 'longest task', Math.round(m((x) => x.longestTaskMs)), undefined, 'ms', '<=', all((x) => Math.round(x.longestTaskMs)));
        row('scroll', key, 'frames over 25 ms (%)', +m((x) => x.slowFramePct).toFixed(1), undefined, '', '<=', all((x) => +x.slowFramePct.toFixed(1)));
        row('scroll', key, 'p95 frame time', +m((x) => x.p95FrameMs).toFixed(1), s.p95FrameMs, 'ms', '<=', all((x) => +x.p95FrameMs.toFixed(1)));
        row('scroll', key, 'CLS (load + scroll)', m((x) => x.cls), s.cls, '', '<=', all((x) => x.cls));
        row('scroll', key, 'JS heap at end', Math.round(m((x) => x.heapBytes)), undefined, 'B');
        row('scroll', key, 'other-origin requests', m((x) => x.otherOrigin), s.otherOriginRequests, '', '<=', all((x) => x.otherOrigin));
        row('scroll', key, 'console errors', m((x) => x.consoleErrors), s.consoleErrors, '', '<=', all((x) => x.consoleErrors));
      }
      // Embeds live inside news sites' own heavy pages: stepping through one must never block.
      const e = budgets.embedSteps;
      for (const route of lighthousePages.filter((r) => !stories.includes(r))) {
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await embedStepRun(browser, route, e));
        report.results.embedSteps[route] = samples;
        const key = `${route} ${e.width}x${e.height}, ${e.cpuSlowdown}x CPU`;
        row('embed steps', key, 'long tasks (count)', median(samples.map((x) => x.longTasks)), e.longTasks, '', '<=', samples.map((x) => x.longTasks));
        row('embed steps', key, 'longest task', Math.round(median(samples.map((x) => x.longestTaskMs))), undefined, 'ms');
        row('embed steps', key, 'CLS (load + steps)', median(samples.map((x) => x.cls)), e.cls, '', '<=', samples.map((x) => x.cls));
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}

/** Counts long tasks and layout shifts from the start of a page's life; `__perf.counting` gates the long tasks. */
function PERF_OBSERVERS() {
  const w = window;
  w.__perf = { longTasks: [], shifts: 0, counting: false };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (w.__perf.counting) w.__perf.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) w.__perf.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
}

/** A page in its own context with the profile's CPU slowdown (Chrome DevTools Protocol). */
async function profiledPage(browser, { width, height, cpuSlowdown = 1, touch = false }) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: touch ? 3 : 1, isMobile: touch, hasTouch: touch });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const counts = { otherOrigin: 0, consoleErrors: 0 };
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) counts.otherOrigin++; });
  page.on('console', (m) => { if (m.type() === 'error') counts.consoleErrors++; });
  page.on('pageerror', () => counts.consoleErrors++);
  await page.addInitScript(PERF_OBSERVERS);
  return { context, page, cdp, counts };
}

/**
 * One reader's pass through the whole story, by wheel notches at the profile's pace (the browser's
 * own smooth scrolling); frames are timed in the page with requestAnimationFrame, long tasks by
 * the browser's Long Tasks API.
 */
async function scrollRun(browser, profile) {
  const touch = profile.width < 600;
  const { context, page, cdp, counts } = await profiledPage(browser, { ...profile, touch });
  await page.goto(`${origin}${story}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready' || !document.querySelector('figure[data-chart]'), null, { timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    const w = window;
    w.__perf.counting = true;
    w.__frames = [];
    let last = performance.now();
    const tick = (now) => { w.__frames.push(now - last); last = now; if (w.__perf.counting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const atEnd = () => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 2);
  const x = Math.round(profile.width / 2);
  const y = Math.round(profile.height * 0.6);
  // Wheel notches of 100 px at the profile's pace (headless Chromium ignores synthesized touch
  // scrolls, so the phone scrolls by wheel too, as a thumb's steady drag would).
  await page.mouse.move(x, y);
  for (let i = 0; i < 2000 && !(await atEnd()); i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(Math.round((100 / profile.pxPerSecond) * 1000));
  }
  await page.waitForTimeout(700);
  const { perf, frames } = await page.evaluate(() => {
    window.__perf.counting = false;
    return { perf: window.__perf, frames: window.__frames.slice(1) };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  await cdp.send('Performance.enable');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  await context.close();
  return {
    frames: frames.length,
    p95FrameMs: percentile(frames, 95),
    slowFramePct: (100 * frames.filter((d) => d > 25).length) / Math.max(1, frames.length),
    longTasks: perf.longTasks.filter((d) => d > 50).length,
    longTaskMs: perf.longTasks.reduce((a, b) => a + b, 0),
    longestTaskMs: Math.max(0, ...perf.longTasks),
    cls: +perf.shifts.toFixed(4),
    heapBytes: heap ?? NaN,
    ...counts,
  };
}

/** An embed page under the phone profile: load, then every step with the Next button and back. */
async function embedStepRun(browser, route, profile) {
  const { context, page } = await profiledPage(browser, { ...profile, touch: true });
  await page.goto(`${origin}${route}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('figure[data-chart] svg[data-drawn]'), null, { timeout: 30000 });
  await page.waitForTimeout(1000);
  await page.evaluate(() => (window.__perf.counting = true));
  for (const button of ['[data-step-next]', '[data-step-prev]']) {
    const b = page.locator(button).first();
    while (await b.isEnabled()) {
      await b.tap();
      await page.waitForFunction(() => !document.querySelector('svg[data-moving]'));
      await page.waitForTimeout(100);
    }
  }
  const perf = await page.evaluate(() => ((window.__perf.counting = false), window.__perf));
  await context.close();
  return { longTasks: perf.longTasks.filter((d) => d > 50).length, longestTaskMs: Math.max(0, ...perf.longTasks), cls: +perf.shifts.toFixed(4) };
}

// ---------- Report ----------
const fmt = (v, unit) => (typeof v !== 'number' || Number.isNaN(v) ? String(v) : unit === 'B' ? `${(v / 1000).toFixed(1)} KB` : unit === 'ms' ? `${v} ms` : String(v));
const lines = [['', 'area', 'page', 'metric', 'median', 'budget', 'runs (min–max)']];
for (const r of rows) {
  lines.push([r.limit === undefined ? ' ' : r.ok ? 'ok' : 'OVER', r.area, r.page || '—', r.metric, fmt(r.value, r.unit), r.limit === undefined ? '' : `${r.cmp} ${fmt(r.limit, r.unit)}`, r.spread ? r.spread.map((v) => fmt(v, r.unit)).join('–') : '']);
}
const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
console.log(lines.map((l) => l.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n'));
const broken = rows.filter((r) => !r.ok);
report.rows = rows;
report.ok = broken.length === 0;
mkdirSync('bench/reports', { recursive: true });
writeFileSync('bench/reports/latest.json', JSON.stringify(report, null, 2));
console.log(`\n${rows.filter((r) => r.limit !== undefined).length} budgets checked, ${broken.length} broken. Runs per figure: ${runs}. Report: bench/reports/latest.json`);
process.exit(broken.length ? 1 : 0);
