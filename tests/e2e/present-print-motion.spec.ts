/** A teacher projecting, printing, or turning motion off. */
import { clientWords } from '../../src/i18n/client-words';
import type { UiWords } from '../../src/i18n/ui';
import { takeawayOf } from '../support/edition-content';
import { expect, test } from './edition';
import { chartSteps, openStory } from './helpers';

/** The masthead's Present button, by its whole name ("Present one step at a time"). */
const presentName = (words: UiWords) => `${words.masthead.present} ${words.masthead.presentHint}`;

test.describe('presentation mode', () => {
  test('?present=1 shows one step at a time; clicker keys step through every chart; Escape leaves where it stopped', async ({ page, edition }) => {
    const words = clientWords(edition.locale);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/?present=1&step=envoy-putin-pyongyang'));
    const current = page.locator('.step.is-current');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('id', 'envoy-putin-pyongyang');
    await expect(page.locator('[data-step]:visible')).toHaveCount(1);
    await expect(page.locator('figure[data-chart="timeline"]')).toBeVisible();
    const box = await page.locator('figure[data-chart="timeline"] .chart-canvas').boundingBox();
    expect(box!.height).toBeGreaterThan(500); // a large chart for the back of the room

    // Every step of every chart, in reading order: the counter counts through all of them.
    const order = (await chartSteps(page)).flatMap((c) => c.steps);
    const total = order.length;
    await expect(page.locator('[data-present-count]')).toHaveText(words.count(order.indexOf('envoy-putin-pyongyang') + 1, total));
    await page.keyboard.press('PageDown');
    await expect(current).toHaveAttribute('id', 'envoy-september');
    await expect(page.locator('figure[data-chart="timeline"]')).toHaveAttribute('data-current-step', 'envoy-september');
    await expect(page).toHaveURL(/present=1.*#envoy-september$/);
    await expect(page.locator('#step-announcer')).toHaveText(words.stepOf(order.indexOf('envoy-september') + 1, total, takeawayOf(edition.locale, 'envoy-september')));
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(current).toHaveAttribute('id', 'envoy-choe-january');

    await page.keyboard.press('Escape');
    await expect(page.locator('.step.is-current')).toHaveCount(0);
    await expect(page).not.toHaveURL(/present=1/);
    await expect(page).toHaveURL(/#envoy-choe-january$/);
    await expect(page.locator('#envoy-choe-january')).toBeInViewport();
    await expect(page.locator('figure[data-chart="timeline"]')).toHaveAttribute('data-current-step', 'envoy-choe-january');
  });

  test('the Present button starts at the step being read, and the bar buttons work', async ({ page, edition }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/?step=envoy-vostochny'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: presentName(edition.words), exact: true }).click();
    await expect(page.locator('.step.is-current')).toHaveCount(1);
    await page.getByRole('group', { name: edition.words.present.group, exact: true }).getByRole('button', { name: edition.words.present.nextStep, exact: true }).click();
    const id = await page.locator('.step.is-current').getAttribute('id');
    await page.getByRole('button', { name: edition.words.present.leave }).click();
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });
});

test.describe('motion', () => {
  test('the Motion toggle overrides the system setting and is remembered across visits', async ({ page, edition }) => {
    const { motion, motionOn } = edition.words.masthead;
    const { motionOff } = clientWords(edition.locale);
    await openStory(page, edition.at('/'));
    const toggle = page.getByRole('button', { name: motion });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveText(`${motion} ${motionOn}`);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveText(`${motion} ${motionOff}`);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    await expect(page.getByRole('button', { name: motion })).toHaveAttribute('aria-pressed', 'false');
    // With motion off, a step change is instant: the new state is there on the next frame.
    const figure = page.locator('figure[data-chart="timeline"]');
    await figure.getByRole('button', { name: edition.words.chart.nextLabel, exact: true }).click();
    const opacities = await figure.locator('svg [data-key]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('opacity')));
    expect(opacities.filter((o) => o !== null && o !== '1')).toEqual([]);
  });

  test('with reduced motion, a step change leaves no transition running', async ({ page, edition }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/'));
    await page.locator('figure[data-chart="timeline"]').getByRole('button', { name: edition.words.chart.nextLabel, exact: true }).click();
    const opacities = await page.locator('figure[data-chart="timeline"] svg [data-key]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('opacity')));
    expect(opacities.filter((o) => o !== null && o !== '1')).toEqual([]);
  });
});

test.describe('print', () => {
  test('printing gives a storyboard: every step with its chart in that state, chapters on new pages', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    const charts = await chartSteps(page);
    // The stills are files the browser fetches only for print: none was loaded on screen.
    expect(await page.locator('.step-thumb img').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0).length)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    // Each chart step carries a still of its chart, shown only in print, in that step's state.
    for (const { chart, steps } of charts) {
      const stills = new Set<string>();
      for (const step of steps) {
        const thumb = page.locator(`#${step} .step-thumb img`);
        // Shown in print (a lazy image has no size until printing fetches it, so check the display).
        expect(await thumb.evaluate((img) => getComputedStyle(img.parentElement!).display), `${chart} ${step}`).toBe('block');
        // The edition's own still, described in its words by the step's takeaway.
        await expect(thumb).toHaveAttribute('src', edition.at(`/print/${step}.svg`));
        await expect(thumb).toHaveAttribute('alt', edition.words.step.still(takeawayOf(edition.locale, step)));
        const response = await page.request.get(edition.at(`/print/${step}.svg`));
        expect(response.headers()['content-type']).toContain('image/svg+xml');
        const svg = await response.text();
        expect(svg, `${step}: a standalone SVG`).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*data-scene="">/);
        expect(svg.match(/<desc[^>]*>([^<]+)<\/desc>/)?.[1]?.trim(), `${step}: described`).toBeTruthy();
        stills.add(svg.replace(/<style>[\s\S]*?<\/style>|id="[^"]*"|aria-labelledby="[^"]*"/g, ''));
      }
      // One state per step: no two stills of a chart are the same picture.
      expect(stills.size, `${chart}: distinct stills`).toBe(steps.length);
    }
    await expect(page.locator('.scrolly-graphic').first()).toBeHidden();
    await expect(page.locator('.chart-controls').first()).toBeHidden();
    await expect(page.getByRole('button', { name: presentName(edition.words), exact: true })).toBeHidden();
    // Print media makes the page fetch every still at once (scrolly/main.ts), before the PDF is made.
    await expect
      .poll(() => page.locator('.step-thumb img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 30_000 })
      .toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    // Printing fetched every still and drew it (a broken SVG would have no size).
    const stills = await page.locator('.step-thumb img').evaluateAll((imgs) => imgs.map((i) => ({ src: i.getAttribute('src'), ok: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0 })));
    expect(stills.filter((s) => !s.ok)).toEqual([]);
    const text = pdf.toString('latin1');
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const totalSteps = charts.reduce((n, c) => n + c.steps.length, 0);
    // Four chapters each start a page, plus classroom and sources: a storyboard is many pages, not one long one.
    expect(pages).toBeGreaterThanOrEqual(4 + Math.ceil(totalSteps / 4));
    expect(pdf.byteLength).toBeGreaterThan(50_000);
  });
});
