/**
 * The range map (chapter 1) in Chromium, against the real build: labels at every width, scroll
 * progress and reduced motion, deep links, the picture without JavaScript, its weight, and themes.
 */
import type { Page } from '@playwright/test';
import { PAGE_WORDS, WORDS } from '../../src/charts/range-arc/words';
import type { Locale } from '../../src/i18n/locales';
import { rowIn } from '../support/edition-content';
import { expect, test } from './edition';
import { frames, settled, warmFonts } from './helpers';
import { measureLabels, openStep, scenePicture, STEPS, VIEWPORTS } from './range-arc-helpers';

const FIGURE = 'figure[data-chart="range-arc"]';

/** A place's name in the edition (places.yaml with its `ko:` map). */
const placeName = (locale: Locale, id: string) => rowIn<{ name: string }>('places', id, locale).name;

interface Claim {
  id: string;
  by: string;
  label: string;
  short?: string;
  km?: number;
  date?: string;
}
/** A launch in the edition (launches.yaml): the claims the map writes. */
const launchIn = (locale: Locale, id: string) => rowIn<{ date: string; time: string; distances: Claim[]; landings: Claim[]; claims: Claim[] }>('launches', id, locale);
const claimIn = (list: Claim[], id: string) => list.find((c) => c.id === id)!;

test.describe('labels never overlap each other or leave the chart', () => {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      if (colorScheme === 'dark' && viewport.width !== 390 && viewport.width !== 1440) continue;

      test(`at ${viewport.width} × ${viewport.height} px, ${colorScheme}`, async ({ browser, edition }) => {
        const page = await browser.newPage({ viewport, reducedMotion: 'reduce', colorScheme });
        for (const step of STEPS) {
          await openStep(page, edition, step);
          const report = await measureLabels(page);
          expect(report.count, `${step}: labels drawn`).toBeGreaterThanOrEqual(3);
          expect(report.overlaps, `${step}: overlapping labels`).toEqual([]);
          expect(report.outside, `${step}: labels off the chart`).toEqual([]);
          expect(report.small, `${step}: labels under 12 px`).toEqual([]);
        }
        await page.close();
      });
    }
  }
});

test('labels still fit when the web fonts never arrive (the fallback fonts are narrower than Inter)', async ({ browser, edition }) => {
  for (const viewport of [VIEWPORTS[0]!, VIEWPORTS[VIEWPORTS.length - 1]!]) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.route('**/*.woff2', (route) => route.abort());
    for (const step of STEPS) {
      await openStep(page, edition, step);
      const report = await measureLabels(page);
      expect(report.overlaps, `${viewport.width} px, ${step}: overlapping labels`).toEqual([]);
      expect(report.outside, `${viewport.width} px, ${step}: labels off the chart`).toEqual([]);
    }
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length)).toBe(0);
    await page.close();
  }
});

test('each step names what it is about', async ({ browser, edition }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  // The map's words and the content's, in the edition: places' names, the claims' `by`, `label` and `short`.
  const w = WORDS[edition.locale];
  const place = (id: string) => placeName(edition.locale, id);
  const launch = launchIn(edition.locale, 'launch-2024-09-18');
  const jcs = claimIn(launch.distances, 'jcs');
  const kcna = claimIn(launch.distances, 'kcna');
  const firstReports = claimIn(launch.landings, 'first-reports');
  const onLand = claimIn(launch.landings, 'jcs-sept-19');
  const warhead = claimIn(launch.claims, 'kcna-warhead');
  const earlier = launchIn(edition.locale, 'launch-2024-09-12');
  // A label's lines are <tspan>s, so its text is its lines run together.
  type Check = [string, (t: string) => boolean];
  const has = (s: string): Check => [JSON.stringify(s), (t) => t.includes(s)];
  const is = (s: string): Check => [`exactly ${JSON.stringify(s)}`, (t) => t === s];
  // The map may wrap a wording further to fit: the same words, on other lines.
  const bare = (text: string) => text.replace(/\s+/g, '');
  const oneOf = (...wordings: string[][]): Check => [
    `one of ${JSON.stringify(wordings)}, however wrapped`,
    (t) => wordings.some((lines) => bare(t) === bare(lines.join(''))),
  ];
  /** `a`, then `b` later in the same label. */
  const inOrder = (a: string, b: string): Check => [`${JSON.stringify(a)} … ${JSON.stringify(b)}`, (t) => t.includes(a) && t.indexOf(b, t.indexOf(a) + a.length) >= 0];
  const either = (...checks: Check[]): Check => [checks.map((c) => c[0]).join(' or '), (t) => checks.some(([, ok]) => ok(t))];
  const expected: Record<string, Check[]> = {
    'arc-region': [has(place('pyongyang')), has(place('seoul')), has(place('tokyo')), has(place('vladivostok')), ...w.regions['sea-east'].map(has)],
    'arc-launch-area': [has(w.area(place('kaechon'))), has(w.date(launch.date, true)), has(w.time(launch.time))],
    'arc-flight': [is(w.km(jcs.km!)), has(jcs.by)],
    'arc-landing': [
      has(firstReports.by),
      either(has(w.report(onLand.by, w.date(onLand.date!))), has(w.reportBrief(onLand.by, w.date(onLand.date!)).join(''))),
      has(w.date(launch.date)),
    ],
    'arc-ring': [oneOf(...w.ring(jcs.km!)), has(w.placeKm(place('pyongyang'), w.km(75))), has(w.placeKm(place('seoul'), w.km(255)))],
    'arc-context': [
      either(has(w.claim(kcna.by, kcna.label)), inOrder(w.claim(kcna.by, w.km(kcna.km!)), kcna.short ?? kcna.label)),
      has(w.claim(jcs.by, jcs.label)),
      has(w.date(earlier.date)),
      has(warhead.short!),
    ],
  };
  for (const [step, checks] of Object.entries(expected)) {
    await openStep(page, edition, step);
    const { texts } = await measureLabels(page);
    for (const [what, ok] of checks)
      expect(
        texts.some(ok),
        `${step}: ${what} in ${JSON.stringify(texts)}`,
      ).toBe(true);
  }
  await page.close();
});

/** Scroll position at which the trigger line is `progress` of the way through a step. */
async function scrollYFor(page: Page, step: string, progress: number): Promise<number> {
  return page.evaluate(
    ([id, p]) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      const trigger = window.innerHeight * (window.innerWidth < 900 ? 0.7 : 0.5);
      // The engine's progress starts 16 px into a step (current-step.ts, START_MARGIN_PX).
      return Math.round(r.top + window.scrollY + 16 + p * (r.height - 16) - trigger);
    },
    [step, progress] as const,
  );
}

/** How far the trigger line is through a step right now, as the scroll driver measures it. */
async function progressNow(page: Page, step: string): Promise<number> {
  return page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    const trigger = window.innerHeight * (window.innerWidth < 900 ? 0.7 : 0.5);
    // As current-step.ts measures it: past a 16 px start margin, in steps of 1/100.
    return Math.round(Math.min(1, Math.max(0, (trigger - r.top - 16) / (r.height - 16))) * 100) / 100;
  }, step);
}

/** Scrolls the way a reader does, a wheel notch at a time, to `y`. */
async function scrollGradually(page: Page, y: number): Promise<void> {
  const size = page.viewportSize()!;
  await page.mouse.move(size.width / 2, size.height - 40);
  for (let i = 0; i < 400; i++) {
    const now = await page.evaluate(() => window.scrollY);
    if (Math.abs(now - y) < 100) break;
    await page.mouse.wheel(0, Math.sign(y - now) * 100);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  // The last stretch, under a notch, by small steps.
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => window.scrollY);
    if (Math.abs(now - y) < 1) break;
    await page.evaluate((to) => window.scrollBy({ top: Math.sign(to - window.scrollY) * Math.min(20, Math.abs(to - window.scrollY)), behavior: 'instant' }), y);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
}

async function readout(page: Page): Promise<{ km: number | null; length: number | null }> {
  return page.evaluate((figure) => {
    const svg = document.querySelector(`${figure} svg[data-scene]`)!;
    const text = svg.querySelector('[data-key="readout-value"]')?.textContent ?? '';
    const line = svg.querySelector('line[data-key="flight"]');
    const n = (a: string) => Number(line?.getAttribute(a));
    return { km: text ? Number(text.replace(/[^\d]/g, '')) : null, length: line ? Math.hypot(n('x2') - n('x1'), n('y2') - n('y1')) : null };
  }, FIGURE);
}

/** Waits for the scroll driver's next frame, then for every transition to land. */
const settle = async (page: Page) => {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await settled(page);
};

test.describe('scroll progress drives the flight', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`the flight and its readout follow the reader through step 3 at ${viewport.width} px`, async ({ browser, edition }) => {
      const page = await browser.newPage({ viewport, reducedMotion: 'no-preference' });
      await page.goto(edition.at('/'));
      await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('figure[data-chart="range-arc"]')!.dataset.currentStep)).toBe('arc-region');
      let previous = -1;
      for (const p of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        await scrollGradually(page, await scrollYFor(page, 'arc-flight', p));
        await settle(page);
        const progress = await progressNow(page, 'arc-flight');
        expect(Math.abs(progress - p), 'scrolled to the intended point').toBeLessThan(0.05);
        const { km, length } = await readout(page);
        expect(km, `readout at ${p}`).not.toBeNull();
        expect(Math.abs(km! - 400 * progress), `readout ${km} at progress ${progress}`).toBeLessThanOrEqual(1);
        expect(Math.abs(length! - km!), 'the drawn flight is as long as the readout says (1 unit = 1 km)').toBeLessThanOrEqual(1.5);
        expect(km!).toBeGreaterThan(previous);
        previous = km!;
      }
      await page.close();
    });
  }

  test('jumping straight to a point inside step 3 draws the same picture as scrolling there', async ({ browser, edition }) => {
    for (const p of [0.15, 0.5, 0.85]) {
      const scrolled = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await warmFonts(scrolled, edition.at('/'));
      await scrolled.goto(edition.at('/'));
      await scrolled.waitForFunction(() => document.documentElement.dataset.story === 'ready');
      const y = await scrollYFor(scrolled, 'arc-flight', p);
      await scrollGradually(scrolled, y);
      await settle(scrolled);

      const jumped = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await warmFonts(jumped, edition.at('/'));
      await jumped.goto(edition.at('/'));
      await jumped.waitForFunction(() => document.documentElement.dataset.story === 'ready');
      // Its own geometry: each page may have its fonts or not yet (font-display: optional), which moves the text.
      await jumped.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), await scrollYFor(jumped, 'arc-flight', p));
      await settle(jumped);

      expect(await scenePicture(jumped)).toBe(await scenePicture(scrolled));
      await scrolled.close();
      await jumped.close();
    }
  });

  test('with reduced motion the flight appears whole at once', async ({ browser, edition }) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(edition.at('/'));
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    for (const p of [0.05, 0.5]) {
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), await scrollYFor(page, 'arc-flight', p));
      await page.waitForFunction(() => document.querySelector<HTMLElement>('figure[data-chart="range-arc"]')!.dataset.currentStep === 'arc-flight');
      // Whole within the frames that draw the step: nothing eases in.
      await frames(page, 3);
      const { km, length } = await readout(page);
      expect(km).toBe(400);
      expect(length!).toBeCloseTo(400, 0);
    }
    await page.close();
  });
});

test('a deep link to any step draws the same picture as scrolling to it', async ({ browser, edition }) => {
  // One reader scrolls down through every step, wheel notch by wheel notch; for each step a fresh
  // page opens its deep link, and the two pictures must match.
  const scrolled = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await scrolled.goto(edition.at('/'));
  await scrolled.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  for (const step of STEPS) {
    const linked = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await openStep(linked, edition, step);
    await settle(linked);
    const y = await linked.evaluate(() => window.scrollY);
    // The same place in the story by this page's own geometry (its fonts may differ: font-display: optional).
    await scrollGradually(scrolled, (await scrollYFor(scrolled, step, 0)) + (y - (await scrollYFor(linked, step, 0))));
    await settle(scrolled);
    expect(await scrolled.evaluate(() => document.querySelector<HTMLElement>('figure[data-chart="range-arc"]')!.dataset.currentStep)).toBe(step);
    expect(await scenePicture(scrolled), step).toBe(await scenePicture(linked));
    await linked.close();
  }
  await scrolled.close();
});

test('changing steps never moves the text under the sticky chart, so no step can flicker at its edge', async ({ browser, edition }) => {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 390, height: 844 },
  ]) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(edition.at('/'));
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    await page.evaluate(() => document.fonts.ready);
    const tops = () => page.evaluate((ids) => ids.map((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top + window.scrollY)), STEPS);
    const before = await tops();
    const next = page.locator(`${FIGURE} [data-step-next]`);
    for (const step of STEPS.slice(1)) {
      await next.click();
      await page.waitForFunction((id) => document.querySelector<HTMLElement>('figure[data-chart="range-arc"]')!.dataset.currentStep === id, step);
      expect(await tops(), `after moving to ${step} at ${viewport.width} px`).toEqual(before);
    }
    await page.close();
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map, the whole flight and the ring are in the HTML, with a title and a description', async ({ page, edition }) => {
    const kaechon = new RegExp(placeName(edition.locale, 'kaechon'));
    await page.goto(edition.at('/'));
    const svgs = page.locator(`${FIGURE} svg[data-scene]`);
    await expect(svgs).toHaveCount(2);
    for (const svg of await svgs.all()) {
      await expect(svg.locator('title')).toHaveText(kaechon);
      await expect(svg.locator('desc')).toContainText(WORDS[edition.locale].km(400));
      await expect(svg.locator('use')).toHaveAttribute('href', '#range-arc-basemap');
      const length = await svg
        .locator('line[data-key="flight"]')
        .evaluate((l) => Math.hypot(+l.getAttribute('x2')! - +l.getAttribute('x1')!, +l.getAttribute('y2')! - +l.getAttribute('y1')!));
      expect(length).toBeCloseTo(400, 0);
      await expect(svg.locator('[data-key="ring"]')).toHaveCount(1);
      await expect(svg.locator('[data-key="first-reports"]')).toHaveCount(1);
      await expect(svg.locator('[data-key="landing-land"]')).toHaveCount(1);
    }
    await expect(page.locator('#range-arc-basemap path.land')).toHaveCount(1);
    const visible = page.locator(`${FIGURE} svg[data-scene]:visible`);
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAccessibleName(kaechon);
  });

  test('the data table lists the places, their distances from the launch area and their sources', async ({ page, edition }) => {
    const words = PAGE_WORDS[edition.locale].table;
    await page.goto(edition.at('/'));
    const details = page.locator('details.chart-table').filter({ hasText: words.label });
    await details.locator('summary').click();
    const table = details.locator('table').first();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        place: tr.querySelector('th')!.textContent!.trim(),
        km: tr.children[2]!.textContent!.trim(),
        within: tr.children[3]!.textContent!.trim(),
        sources: tr.querySelectorAll('a[href^="#source-"]').length,
      })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const chongjin = placeName(edition.locale, 'chongjin');
    for (const name of ['kaechon', 'pyongyang', 'seoul', 'tokyo', 'vladivostok', 'chongjin'].map((id) => placeName(edition.locale, id)))
      expect(
        rows.some((r) => r.place.startsWith(name)),
        name,
      ).toBe(true);
    for (const row of rows) {
      expect(row.sources, row.place).toBeGreaterThan(0);
      if (row.within === words.launchArea) continue;
      const km = Number(row.km.replace(/,/g, ''));
      expect(row.within, `${row.place}: ${km} km`).toBe(km <= 400 ? words.yes : words.no);
    }
    expect(rows.find((r) => r.place.startsWith(chongjin))).toMatchObject({ km: '401', within: words.no });
  });
});

test('the map’s share of the page stays under 60 KB, and the browser never downloads the atlas', async ({ page, edition }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(edition.at('/'));
  const html = await response!.text();
  const start = html.indexOf('<svg class="range-arc-defs"');
  const defs = html.slice(start, html.indexOf('</svg>', start) + 6);
  const figureStart = html.indexOf('<figure class="chart" data-chart="range-arc"');
  // The whole figure: both build-time layouts, the controls and caption; and the chart's JSON for the browser, a file of its own.
  const figure = html.slice(figureStart, html.indexOf('</figure>', figureStart) + 9);
  const dataUrl = figure.match(/data-chart-data="([^"]+)"/)![1]!;
  const json = await (await page.request.get(dataUrl)).text();
  const bytes = Buffer.byteLength(defs + figure) + Buffer.byteLength(json);
  console.log(`range map: ${bytes} bytes (basemap ${Buffer.byteLength(defs)}, figure ${Buffer.byteLength(figure)}, JSON ${Buffer.byteLength(json)} in ${dataUrl})`);
  expect(bytes).toBeLessThan(60 * 1024);
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  expect(requests.filter((u) => /world-atlas|countries-\d+m|land-\d+m|topojson/.test(u))).toEqual([]);
  expect(requests.every((u) => u.startsWith('http://127.0.0.1'))).toBe(true);
});

test('light and dark themes colour the map from their own tokens', async ({ browser, edition }) => {
  const colours = async (colorScheme: 'light' | 'dark') => {
    const page = await browser.newPage({ colorScheme, reducedMotion: 'reduce' });
    await openStep(page, edition, 'arc-context');
    const c = await page.evaluate(() => {
      const style = (sel: string, prop: string) => getComputedStyle(document.querySelector(sel)!).getPropertyValue(prop);
      return {
        land: style('#range-arc-basemap .land', 'fill'),
        sea: style('#range-arc-basemap .sea', 'fill'),
        flight: style('figure[data-chart="range-arc"] [data-key="flight"]', 'stroke'),
        claim: style('figure[data-chart="range-arc"] [data-key="tick-kcna"]', 'stroke'),
        label: style('figure[data-chart="range-arc"] [data-key="end-label"]', 'fill'),
      };
    });
    await page.close();
    return c;
  };
  const light = await colours('light');
  const dark = await colours('dark');
  expect(light).toEqual({
    land: 'rgb(235, 231, 223)',
    sea: 'rgb(243, 245, 247)',
    flight: 'rgb(27, 28, 30)',
    claim: 'rgb(0, 122, 90)',
    label: 'rgb(27, 28, 30)',
  });
  expect(dark).toEqual({
    land: 'rgb(42, 46, 51)',
    sea: 'rgb(23, 26, 30)',
    flight: 'rgb(236, 233, 228)',
    claim: 'rgb(63, 207, 159)',
    label: 'rgb(236, 233, 228)',
  });
});
