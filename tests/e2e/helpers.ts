/** Shared steps for the end-to-end tests: waiting for the story, reading charts, scrolling like a reader. */
import type { Page } from '@playwright/test';
import { expect } from './edition';

/** Opens a URL (a path in the edition: `openStory(page, edition.at('/?step=x'))`) and waits until the scroll engine has drawn every chart. */
export async function openStory(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
}

/** Every chart on the page and its step ids, in reading order. */
export async function chartSteps(page: Page): Promise<Array<{ chart: string; steps: string[] }>> {
  return page.$$eval('figure[data-chart]', (figs) =>
    figs.map((f) => ({ chart: (f as HTMLElement).dataset.chart!, steps: ((f as HTMLElement).dataset.steps ?? '').split(' ') })),
  );
}

/** The live SVG markup of a chart, which is what a reader sees. */
export async function chartMarkup(page: Page, chart: string): Promise<string> {
  return page.locator(`figure[data-chart="${chart}"] .chart-canvas svg`).first().evaluate((svg) => svg.outerHTML);
}

export async function currentStep(page: Page, chart: string): Promise<string | null> {
  return page.locator(`figure[data-chart="${chart}"]`).getAttribute('data-current-step');
}

/** Waits for `n` animation frames in the page: what a scroll, a resize or an intersection callback needs to be handled. */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        const tick = (left: number) => (left <= 0 ? done() : requestAnimationFrame(() => tick(left - 1)));
        tick(count);
      }),
    n,
  );
}

/**
 * Scrolls from top to bottom in small increments, as a reader would, and records each
 * chart's markup the first time it shows each step.
 */
export async function scrollThrough(page: Page, stepPx = 160): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += stepPx) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await frames(page);
    const states = await page.$$eval('figure[data-chart]', (figs) =>
      figs.map((f) => [(f as HTMLElement).dataset.chart!, (f as HTMLElement).dataset.currentStep!, f.querySelector('.chart-canvas svg')!.outerHTML]),
    );
    for (const [chart, step, markup] of states) {
      const key = `${chart}/${step}`;
      if (!seen.has(key)) seen.set(key, markup!);
    }
  }
  return seen;
}

/** Fails the test on any console error or uncaught exception. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Waits until no chart is moving: every transition has landed (see `data-moving` in
 * apply-scene.ts). A few frames first let a scroll's or a click's intersection callbacks arrive
 * and start what they start.
 */
export async function settled(page: Page): Promise<void> {
  await frames(page, 3);
  await page.waitForFunction(() => !document.querySelector('svg[data-moving]'), undefined, { timeout: 15_000 });
}

/**
 * Loads the story once and waits for its web fonts, so that the next page loads in this browser
 * context render with them from the cache. The fonts use `font-display: optional`: on a busy
 * machine a first, uncached load may show the fallback font, which moves text and label boxes.
 * `url` is the story in the edition under test (`edition.at('/')`): each edition has its own fonts.
 */
export async function warmFonts(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
  });
}

export interface LabelReport {
  count: number;
  /** Pairs of labels whose boxes overlap, with the overlap in px. */
  overlaps: string[];
  /** Labels whose box leaves the chart. */
  outside: string[];
  /** Labels drawn smaller than 12 CSS px. */
  small: string[];
  /** The text of every label, for messages. */
  texts: string[];
}

/**
 * Measures every label of a live chart (each visible text mark of its scene): boxes in CSS pixels,
 * as Chromium lays them out, whatever font it has. Any chart, any edition.
 */
export function measureChartLabels(page: Page, chart: string): Promise<LabelReport> {
  return page.evaluate((chart) => {
    const svg = document.querySelector<SVGSVGElement>(`figure[data-chart="${chart}"] .chart-canvas svg[data-scene]`)!;
    const frame = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const scale = Math.min(frame.width / vb.width, frame.height / vb.height);
    const texts = [...svg.querySelectorAll<SVGTextElement>('g[data-layer] text')].filter(
      (t) => (t.textContent ?? '').trim() && getComputedStyle(t).display !== 'none' && Number(getComputedStyle(t).opacity) > 0,
    );
    const boxes = texts.map((t) => ({
      key: t.dataset.key ?? '',
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
      size: parseFloat(getComputedStyle(t).fontSize) * scale,
    }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) overlaps.push(`${boxes[i]!.key} × ${boxes[j]!.key} (${w.toFixed(1)}×${h.toFixed(1)} px)`);
      }
    }
    const outside = boxes
      .filter(({ r }) => r.left < frame.left - 0.5 || r.top < frame.top - 0.5 || r.right > frame.right + 0.5 || r.bottom > frame.bottom + 0.5)
      .map(
        ({ key, r }) =>
          `${key} [${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)} → ${Math.round(r.right - frame.left)},${Math.round(r.bottom - frame.top)} in ${Math.round(frame.width)}×${Math.round(frame.height)}]`,
      );
    const small = boxes.filter((b) => b.size < 11.95).map((b) => `${b.key} ${b.size.toFixed(2)}px`);
    return { count: boxes.length, overlaps, outside, small, texts: boxes.map((b) => b.text) };
  }, chart);
}
