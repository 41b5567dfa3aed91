/** Shared steps for the end-to-end tests: waiting for the story, reading charts, scrolling like a reader. */
import { expect, type Page } from '@playwright/test';

/** Opens a URL and waits until the scroll engine has drawn every chart. */
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

/**
 * Scrolls from top to bottom in small increments, as a reader would, and records each
 * chart's markup the first time it shows each step.
 */
export async function scrollThrough(page: Page, stepPx = 160): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += stepPx) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
 * apply-scene.ts). The short pause first lets a scroll's intersection callbacks arrive.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(250);
  await page.waitForFunction(() => !document.querySelector('svg[data-moving]'));
}

/**
 * Loads the story once and waits for its web fonts, so that the next page loads in this browser
 * context render with them from the cache. The fonts use `font-display: optional`: on a busy
 * machine a first, uncached load may show the fallback font, which moves text and label boxes.
 */
export async function warmFonts(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
  });
}
