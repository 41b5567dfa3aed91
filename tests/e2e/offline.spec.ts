/**
 * A teacher saves the story at home and teaches it in a room with no network. These tests use a
 * real service worker on a server of their own, which they switch off (no network at all) or
 * switch to a second build (a new deploy with a correction in "What changed").
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'yaml';
import { clientWords } from '../../src/i18n/client-words';
import { LOCALES, localePath, type Locale } from '../../src/i18n/locales';
import { localizeData } from '../../src/i18n/localize';
import { registeredCharts } from '../support/charts';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { DIST } from '../support/dist';
import { expect, test, type Edition } from './edition';

test.describe.configure({ mode: 'serial' });
test.use({ reducedMotion: 'reduce', serviceWorkers: 'allow' });

// Each edition's project may run beside the other, so each serves on its own port
// (English PORT+2, Korean PORT+4; the embed hosts take PORT+1 and PORT+3).
const portFor = (locale: Locale) => Number(process.env.OFFLINE_PORT ?? Number(process.env.PORT ?? 4321) + 2) + 2 * LOCALES.indexOf(locale);
// Read when a test runs: the build is made after the test files are listed. Each edition has its own copy (/offline.json, /ko/offline.json).
const builtInfo = (edition: Edition) => JSON.parse(readFileSync(join(DIST, edition.at('/offline.json')), 'utf8')) as { bytes: number; files: Array<{ url: string }> };
/** Every step of every chart, as the edition's built page lists them. */
const builtSteps = (edition: Edition) => [...readFileSync(join(DIST, edition.at('/index.html')), 'utf8').matchAll(/data-steps="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
/** The edition a site path belongs to: `/ko/…` is Korean, the rest English. */
const editionOf = (path: string): Locale => LOCALES.find((l) => l !== 'en' && path.startsWith(`/${l}/`)) ?? 'en';
/** Files every edition's copy shares: scripts, styles and fonts, the icon and the app icons. */
const shared = (path: string) => /^\/(_astro\/|favicon\.svg$|icons\/)/.test(path);
/** The status line once saved, up to the version's date: "Saved: works without a connection. Version of". */
const savedLine = (edition: Edition) => clientWords(edition.locale).saved('\u0000').split('\u0000')[0]!.trim();

let server: StaticServer;

test.beforeEach(async ({ edition }) => {
  server = await startStaticServer(DIST, portFor(edition.locale));
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

/** Opens a site path (the edition's: `edition.at('/?step=x')`) on the test's server and waits for the story. */
async function openStory(page: Page, path: string): Promise<void> {
  await page.goto(server.origin + path);
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
}

/** First visit: the reader presses "Save for offline" and waits for it to say so. */
async function saveForOffline(page: Page, edition: Edition): Promise<void> {
  await openStory(page, edition.at('/'));
  const button = page.getByRole('button', { name: edition.words.masthead.save });
  await expect(button).toContainText(clientWords(edition.locale).about(`${(builtInfo(edition).bytes / 1_000_000).toFixed(1)} MB`));
  await button.click();
  await expect(page.locator('[data-offline-status]')).toContainText(savedLine(edition), { timeout: 60_000 });
  await expect(button).toBeHidden();
}

/** Every address in the page's caches. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });

test('before saving, no service worker is registered and nothing is stored', async ({ page, edition }) => {
  await openStory(page, edition.at('/'));
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'offered');
  await expect(page.getByRole('button', { name: edition.words.masthead.save })).toBeVisible();
  expect(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length])).toEqual([0, 0]);
  // Nor is the app manifest linked yet: Chrome would fetch it and an icon during the first paint.
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('after saving, the whole story works with no network: reload, every step, keys, print, presenting, embeds, a new tab', async ({ page, context, edition }) => {
  test.setTimeout(240_000);
  await saveForOffline(page, edition);

  // One worker, the edition's own (/sw.js for English, /ko/sw.js with scope /ko/ for Korean).
  const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => [new URL(r.scope).pathname, new URL(r.active!.scriptURL).pathname]));
  expect(registrations).toEqual([[edition.at('/'), edition.at('/sw.js')]]);

  // It stored what the build says, all of it from this origin, and nothing the story does not use.
  const paths = (await cachedUrls(page)).map((u) => new URL(u));
  expect(paths.filter((u) => u.origin !== server.origin).map(String), 'nothing from other origins').toEqual([]);
  expect(new Set(paths.map((u) => u.pathname))).toEqual(new Set([...builtInfo(edition).files.map((f) => f.url), edition.at('/offline.json')]));
  // Only this edition's pages: the Korean save holds no English page (and the English none of /ko/),
  // beside the scripts, fonts and icons both editions share.
  expect(paths.map((u) => u.pathname).filter((path) => !shared(path) && editionOf(path) !== edition.locale), 'files of another edition').toEqual([]);
  expect(paths.some((u) => u.pathname === edition.at('/index.html'))).toBe(true);

  await server.close();
  await context.setOffline(true);
  const problems = watchErrors(context);

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'saved');
  await expect(page.locator('html')).toHaveAttribute('lang', edition.locale);
  await expect(page.locator('[data-offline-status]')).toContainText(savedLine(edition));

  // Every step by its link.
  const STEPS = builtSteps(edition);
  expect(STEPS.length).toBeGreaterThan(10);
  for (const step of STEPS) {
    await openStory(page, edition.at(`/?step=${step}`));
    await expect(page.locator(`figure[data-chart][data-current-step="${step}"]`), step).toHaveCount(1);
  }

  // Stepping with the keyboard.
  await openStory(page, edition.at('/?step=envoy-overview'));
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
      return [new URL(img.src).pathname, img.naturalWidth > 0] as const;
    }));
  });
  expect(stills).toHaveLength(STEPS.length);
  expect(stills.filter(([, loaded]) => !loaded)).toEqual([]);
  // The edition's own stills (/ko/print/… in Korean).
  expect(stills.filter(([src]) => !src.startsWith(edition.at('/print/')))).toEqual([]);
  await page.emulateMedia({ media: 'screen' });

  // Presentation mode from a deep link.
  await openStory(page, edition.at('/?step=arc-ring&present=1'));
  await expect(page.locator('html')).toHaveAttribute('data-present', /.*/);
  await expect(page.locator('figure[data-chart="range-arc"]')).toHaveAttribute('data-current-step', 'arc-ring');

  // Each chart's embed, opened on its own, in the edition.
  for (const chart of registeredCharts()) {
    await page.goto(`${server.origin}${edition.at(`/embed/${chart}/`)}`);
    await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
    await expect(page.locator('html')).toHaveAttribute('lang', edition.locale);
  }
  // And at a step by its address.
  await page.goto(`${server.origin}${edition.at('/embed/timeline/?step=envoy-spa')}`);
  await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
  await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-current-step', 'envoy-spa');

  // The data page, a table and the slides (the step pictures and the archive, 19 MB, stay online), the edition's own.
  await page.goto(`${server.origin}${edition.at('/data/')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.words.data.heading);
  expect(await page.evaluate(async (csv) => (await fetch(csv)).ok, edition.at('/downloads/envoy-and-the-arc_flows.csv'))).toBe(true);
  await page.goto(`${server.origin}${edition.at('/downloads/envoy-and-the-arc_slides.html')}`);
  await expect(page.locator('.slide').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', edition.locale);

  // A new tab on the story.
  const tab = await context.newPage();
  await openStory(tab, edition.at('/?step=flow-aid'));
  await expect(tab.locator('figure[data-chart="arms-flow"]')).toHaveAttribute('data-current-step', 'flow-aid');

  expect(problems).toEqual([]);

  // The other editions were not saved with this one: offline, their story does not open.
  for (const other of LOCALES.filter((l) => l !== edition.locale)) {
    const elsewhere = await context.newPage();
    await expect(elsewhere.goto(`${server.origin}${localePath(other, '/')}`), `${other} is not stored`).rejects.toThrow();
    await elsewhere.close();
  }
});

test('the story installs as an app: Chromium finds nothing missing from its manifest, icons or worker', async ({ page, edition }) => {
  await saveForOffline(page, edition);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', edition.at('/manifest.webmanifest'));
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser context is always incognito, where Chromium offers no install; that is the one thing it may say.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get(`${server.origin}${edition.at('/manifest.webmanifest')}`)).json();
  // Each edition installs as its own app, opening at its own story, in its language.
  expect(manifest).toMatchObject({ start_url: edition.at('/'), scope: edition.at('/'), id: edition.at('/'), lang: edition.locale, display: 'standalone' });
  expect(manifest.short_name).toBe(edition.words.site.name);
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
  for (const icon of manifest.icons as Array<{ src: string; sizes: string }>) {
    const png = await (await page.request.get(server.origin + icon.src)).body();
    // A PNG's width and height sit at bytes 16 and 20 of its header.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('where service workers are unavailable the button is hidden and the story works as before', async ({ page, edition }) => {
  await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
  await openStory(page, edition.at('/'));
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'unavailable');
  await expect(page.getByRole('button', { name: edition.words.masthead.save })).toBeHidden();
  await expect(page.locator('figure[data-chart="range-arc"]')).toHaveAttribute('data-current-step', 'arc-region');
});

test('an embed registers no service worker, and has no app manifest', async ({ page, edition }) => {
  await page.goto(`${server.origin}${edition.at('/embed/range-arc/')}`);
  await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('a newer deploy is offered, never forced, and updating shows what changed', async ({ page, context, edition }) => {
  // A second build of the whole site, on a busy machine: generous.
  test.setTimeout(360_000);
  const next = await buildWithCorrection();
  const was = next.was(edition.locale);
  await saveForOffline(page, edition);
  // A teacher is presenting in another tab.
  const presenting = await context.newPage();
  await presenting.goto(`${server.origin}${edition.at('/?step=arc-ring&present=1')}`);
  await presenting.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await presenting.evaluate(() => ((window as unknown as { lesson: string }).lesson = 'still here'));

  const before = server.requests.length;
  server.serve(next.dist);
  await page.reload();
  const notice = page.locator('[data-offline-update]');
  await expect(notice).toBeVisible({ timeout: 60_000 });
  // In the edition's words: "What changed: Correction: …".
  await expect(notice).toContainText(clientWords(edition.locale).whatChanged(`${edition.words.changes.correction}: ${was}`));
  // Until the reader chooses, the saved version is what the page shows.
  await expect(page.locator('#what-changed')).not.toContainText(was);

  await notice.getByRole('button', { name: edition.words.masthead.update }).click();
  await page.waitForURL(/.*/);
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await expect(page.locator('#what-changed')).toContainText(was);
  await expect(page.locator('[data-offline-status]')).toContainText(savedLine(edition));
  await expect(notice).toBeHidden();

  // The new version fetched only what the deploy changed: no script, font or still twice.
  const fetched = new Set(server.requests.slice(before).filter((p) => p !== edition.at('/sw.js') && p !== edition.at('/offline.json')));
  const changed = [...fetched].filter((p) => differs(p, next.dist));
  expect([...fetched]).toEqual(changed);
  expect(fetched.has(edition.at('/index.html')) || fetched.has(edition.at('/'))).toBe(true);
  // Nothing of another edition.
  expect([...fetched].filter((path) => !shared(path) && editionOf(path) !== edition.locale)).toEqual([]);

  // The presentation was not reloaded under the teacher.
  expect(await presenting.evaluate(() => (window as unknown as { lesson?: string }).lesson)).toBe('still here');
  await expect(presenting.locator('html')).toHaveAttribute('data-present', /.*/);
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

const CORRECTION = `- id: offline-test-correction\n  kind: correction\n  date: "${new Date().toISOString().slice(0, 10)}"\n  at: summary\n  was: "A test correction: the page once said something it should not have."\n  now: "The summary says only what its sources say."\n  sources: [bloomberg-2024-09-18]\n  ko:\n    was: "시험용 정정: 이 페이지는 한때 하지 말았어야 할 말을 했다."\n    now: "요약은 출처가 말하는 것만 전한다."\n`;

/**
 * A second build of the site whose "What changed" has one more correction: the next deploy.
 * `was(locale)`: its old wording in an edition. A whole build is the costliest thing in the suite,
 * so the first test to ask makes it and every edition's test (and a retry) uses that one: it lives
 * in Playwright's output folder, which each run empties. The first caller takes a lock folder; the
 * others wait for its "done" (or "failed") file.
 */
async function buildWithCorrection(): Promise<{ dist: string; was: (locale: Locale) => string }> {
  const work = join(test.info().project.outputDir, 'offline-next');
  const dist = join(work, 'dist');
  const [done, failed] = [join(work, 'done'), join(work, 'failed')];
  const [added] = parse(CORRECTION) as Array<{ was: string }>;
  const result = { dist, was: (locale: Locale) => localizeData(added!, locale).was };
  mkdirSync(test.info().project.outputDir, { recursive: true });
  let builder = true;
  try {
    mkdirSync(work);
  } catch {
    builder = false;
  }
  if (!builder) {
    await expect.poll(() => existsSync(done) || existsSync(failed), { timeout: 300_000, intervals: [1000] }).toBe(true);
    if (existsSync(failed)) throw new Error(`the second build failed: ${readFileSync(failed, 'utf8')}`);
    return result;
  }
  try {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'data/updates.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${CORRECTION}`);
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', dist], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') },
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(done, '');
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
  return result;
}
