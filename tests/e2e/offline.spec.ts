/**
 * A teacher saves the story at home and teaches it in a room with no network. These tests use a
 * real service worker on a server of their own, which they switch off (no network at all) or
 * switch to a second build (a new deploy with a correction in "What changed").
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { registeredCharts } from '../support/charts';
import { startStaticServer, type StaticServer } from '../support/static-server';

test.describe.configure({ mode: 'serial' });
test.use({ reducedMotion: 'reduce', serviceWorkers: 'allow' });

const port = Number(process.env.OFFLINE_PORT ?? Number(process.env.PORT ?? 4321) + 2);
const DIST = resolve('dist');
// Read when a test runs: the build is made after the test files are listed.
const builtInfo = () => JSON.parse(readFileSync(join(DIST, 'offline.json'), 'utf8')) as { bytes: number; files: Array<{ url: string }> };
/** Every step of every chart, as the built page lists them. */
const builtSteps = () => [...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/data-steps="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));

let server: StaticServer;
test.beforeEach(async () => {
  server = await startStaticServer(DIST, port);
});
test.afterEach(async () => {
  await server.close();
});

/** Failed requests and console errors on every page of the context, from now on. */
function watchErrors(context: BrowserContext): string[] {
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('requestfailed', (r) => {
      // Going to the next address cancels what the last page still had in flight (net::ERR_ABORTED);
      // a file the saved copy lacks fails otherwise (net::ERR_FAILED, net::ERR_INTERNET_DISCONNECTED).
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

async function openStory(page: Page, path = '/'): Promise<void> {
  await page.goto(server.origin + path);
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
}

/** First visit: the reader presses "Save for offline" and waits for it to say so. */
async function saveForOffline(page: Page): Promise<void> {
  await openStory(page);
  const button = page.getByRole('button', { name: /Save for offline/ });
  await expect(button).toContainText(`about ${(builtInfo().bytes / 1_000_000).toFixed(1)} MB`);
  await button.click();
  await expect(page.locator('[data-offline-status]')).toContainText('Saved: works without a connection', { timeout: 60_000 });
  await expect(button).toBeHidden();
}

test('before saving, no service worker is registered and nothing is stored', async ({ page }) => {
  await openStory(page);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'offered');
  await expect(page.getByRole('button', { name: /Save for offline/ })).toBeVisible();
  expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
  // Nor is the app manifest linked yet: Chrome would fetch it and an icon during the first paint.
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('after saving, the whole story works with no network: reload, every step, keys, print, presenting, embeds, a new tab', async ({ page, context }) => {
  test.setTimeout(180_000);
  await saveForOffline(page);

  // It stored what the build says, all of it from this origin, and nothing the story does not use.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  const paths = cached.map((u) => new URL(u));
  expect(paths.filter((u) => u.origin !== server.origin).map(String), 'nothing from other origins').toEqual([]);
  expect(new Set(paths.map((u) => u.pathname))).toEqual(new Set([...builtInfo().files.map((f) => f.url), '/offline.json']));

  await server.close();
  await context.setOffline(true);
  const problems = watchErrors(context);

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'saved');
  await expect(page.locator('[data-offline-status]')).toContainText('Saved: works without a connection');

  // Every step by its link.
  const STEPS = builtSteps();
  expect(STEPS.length).toBeGreaterThan(10);
  for (const step of STEPS) {
    await openStory(page, `/?step=${step}`);
    await expect(page.locator(`figure[data-chart][data-current-step="${step}"]`), step).toHaveCount(1);
  }

  // Stepping with the keyboard.
  await openStory(page, '/?step=envoy-overview');
  const timeline = page.locator('figure[data-chart="timeline"]');
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(timeline).toHaveAttribute('data-current-step', 'envoy-shoigu-2023');

  // Print: every step's still loads from the saved copy.
  await page.emulateMedia({ media: 'print' });
  const stills = await page.evaluate(async () => {
    const images = [...document.querySelectorAll<HTMLImageElement>('.step-thumb img')];
    return Promise.all(images.map(async (img) => {
      img.loading = 'eager';
      await img.decode();
      return img.naturalWidth > 0;
    }));
  });
  expect(stills.length).toBe(STEPS.length);
  expect(stills.every(Boolean)).toBe(true);
  await page.emulateMedia({ media: 'screen' });

  // Presentation mode from a deep link.
  await openStory(page, '/?step=arc-ring&present=1');
  await expect(page.locator('html')).toHaveAttribute('data-present', /.*/);
  await expect(page.locator('figure[data-chart="range-arc"]')).toHaveAttribute('data-current-step', 'arc-ring');

  // Each chart's embed, opened on its own.
  for (const chart of registeredCharts()) {
    await page.goto(`${server.origin}/embed/${chart}/`);
    await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
  }

  // The data page, a table and the slides (the step pictures and the archive, 19 MB, stay online).
  await page.goto(`${server.origin}/data/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Take the data and the pictures');
  expect(await page.evaluate(async () => (await fetch('/downloads/envoy-and-the-arc_flows.csv')).ok)).toBe(true);
  await page.goto(`${server.origin}/downloads/envoy-and-the-arc_slides.html`);
  await expect(page.locator('.slide').first()).toBeVisible();

  // A new tab on the story.
  const tab = await context.newPage();
  await openStory(tab, '/?step=flow-aid');
  await expect(tab.locator('figure[data-chart="arms-flow"]')).toHaveAttribute('data-current-step', 'flow-aid');

  expect(problems).toEqual([]);
});

test('the story installs as an app: Chromium finds nothing missing from its manifest, icons or worker', async ({ page }) => {
  await saveForOffline(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser context is always incognito, where Chromium offers no install; that is the one thing it may say.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get(`${server.origin}/manifest.webmanifest`)).json();
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const png = await (await page.request.get(server.origin + icon.src)).body();
    // A PNG's width and height sit at bytes 16 and 20 of its header.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('where service workers are unavailable the button is hidden and the story works as before', async ({ page }) => {
  await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
  await openStory(page);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'unavailable');
  await expect(page.getByRole('button', { name: /Save for offline/ })).toBeHidden();
  await expect(page.locator('figure[data-chart="range-arc"]')).toHaveAttribute('data-current-step', 'arc-region');
});

test('an embed registers no service worker, and has no app manifest', async ({ page }) => {
  await page.goto(`${server.origin}/embed/range-arc/`);
  await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('a newer deploy is offered, never forced, and updating shows what changed', async ({ page, context }) => {
  test.setTimeout(240_000);
  const next = await buildWithCorrection();
  try {
    await saveForOffline(page);
    // A teacher is presenting in another tab.
    const presenting = await context.newPage();
    await presenting.goto(`${server.origin}/?step=arc-ring&present=1`);
    await presenting.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    await presenting.evaluate(() => ((window as unknown as { lesson: string }).lesson = 'still here'));

    const before = server.requests.length;
    server.serve(next.dist);
    await page.reload();
    const notice = page.locator('[data-offline-update]');
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toContainText(`What changed: Correction: ${next.was}`);
    // Until the reader chooses, the saved version is what the page shows.
    await expect(page.locator('#what-changed')).not.toContainText(next.was);

    await notice.getByRole('button', { name: 'Update' }).click();
    await page.waitForURL(/.*/);
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    await expect(page.locator('#what-changed')).toContainText(next.was);
    await expect(page.locator('[data-offline-status]')).toContainText('Saved: works without a connection');
    await expect(notice).toBeHidden();

    // The new version fetched only what the deploy changed: no script, font or still twice.
    const fetched = new Set(server.requests.slice(before).filter((p) => p !== '/sw.js' && p !== '/offline.json'));
    const changed = [...fetched].filter((p) => differs(p, next.dist));
    expect([...fetched]).toEqual(changed);
    expect(fetched.has('/index.html') || fetched.has('/')).toBe(true);

    // The presentation was not reloaded under the teacher.
    expect(await presenting.evaluate(() => (window as unknown as { lesson?: string }).lesson)).toBe('still here');
    await expect(presenting.locator('html')).toHaveAttribute('data-present', /.*/);
  } finally {
    rmSync(next.work, { recursive: true, force: true });
  }
});

/** Whether the file at site path `path` differs between this build and `other`. */
function differs(path: string, other: string): boolean {
  const file = (root: string) => join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    return !readFileSync(file(DIST)).equals(readFileSync(file(other)));
  } catch {
    return true;
  }
}

/** A second build of the site whose "What changed" has one more correction: the next deploy. */
async function buildWithCorrection(): Promise<{ dist: string; work: string; was: string }> {
  const work = mkdtempSync(join(tmpdir(), 'offline-next-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const was = 'A test correction: the page once said something it should not have.';
  const file = join(content, 'data/updates.yaml');
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n- id: offline-test-correction\n  kind: correction\n  date: "${today}"\n  at: summary\n  was: "${was}"\n  now: "The summary says only what its sources say."\n  sources: [bloomberg-2024-09-18]\n  ko:\n    was: "시험용 정정: 이 페이지는 한때 하지 말았어야 할 말을 했다."\n    now: "요약은 출처가 말하는 것만 전한다."\n`);
  const dist = join(work, 'dist');
  await promisify(execFile)('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { dist, work, was };
}
