/** A teacher projecting, printing, or turning motion off. */
import { expect, test } from '@playwright/test';
import { chartSteps, openStory } from './helpers';

test.describe('presentation mode', () => {
  test('?present=1 shows one step at a time; clicker keys step through every chart; Escape leaves where it stopped', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, '/?present=1&step=envoy-putin-pyongyang');
    const current = page.locator('.step.is-current');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('id', 'envoy-putin-pyongyang');
    await expect(page.locator('[data-step]:visible')).toHaveCount(1);
    await expect(page.locator('figure[data-chart="timeline"]')).toBeVisible();
    const box = await page.locator('figure[data-chart="timeline"] .chart-canvas').boundingBox();
    expect(box!.height).toBeGreaterThan(500); // a large chart for the back of the room

    const total = (await chartSteps(page)).reduce((n, c) => n + c.steps.length, 0);
    await expect(page.locator('[data-present-count]')).toHaveText(new RegExp(` of ${total}$`));
    await page.keyboard.press('PageDown');
    await expect(current).toHaveAttribute('id', 'envoy-september');
    await expect(page.locator('figure[data-chart="timeline"]')).toHaveAttribute('data-current-step', 'envoy-september');
    await expect(page).toHaveURL(/present=1.*#envoy-september$/);
    await expect(page.locator('#step-announcer')).toContainText('envoy'.length ? 'September 2024' : '');
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

  test('the Present button starts at the step being read, and the bar buttons work', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, '/?step=envoy-vostochny');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: /Present/ }).click();
    await expect(page.locator('.step.is-current')).toHaveCount(1);
    await page.getByRole('group', { name: 'Presentation' }).getByRole('button', { name: 'Next step' }).click();
    const id = await page.locator('.step.is-current').getAttribute('id');
    await page.getByRole('button', { name: /Leave presentation/ }).click();
    await expect(page.locator(`#${id}`)).toBeInViewport();
  });
});

test.describe('motion', () => {
  test('the Motion toggle overrides the system setting and is remembered across visits', async ({ page }) => {
    await openStory(page);
    const toggle = page.getByRole('button', { name: /Motion/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toContainText('off');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    await expect(page.getByRole('button', { name: /Motion/ })).toHaveAttribute('aria-pressed', 'false');
    // With motion off, a step change is instant: the new state is there on the next frame.
    const figure = page.locator('figure[data-chart="timeline"]');
    await figure.getByRole('button', { name: 'Next step' }).click();
    const opacities = await figure.locator('svg [data-key]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('opacity')));
    expect(opacities.filter((o) => o !== null && o !== '1')).toEqual([]);
  });

  test('with reduced motion, a step change leaves no transition running', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page);
    await page.locator('figure[data-chart="timeline"]').getByRole('button', { name: 'Next step' }).click();
    const opacities = await page.locator('figure[data-chart="timeline"] svg [data-key]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('opacity')));
    expect(opacities.filter((o) => o !== null && o !== '1')).toEqual([]);
  });
});

test.describe('print', () => {
  test('printing gives a storyboard: every step with its chart in that state, chapters on new pages', async ({ page }) => {
    await openStory(page);
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
        await expect(thumb).toHaveAttribute('src', `/print/${step}.svg`);
        await expect(thumb).toHaveAttribute('alt', /^The chart at this step: \S/);
        const response = await page.request.get(`/print/${step}.svg`);
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
    await expect(page.getByRole('button', { name: /Present/ })).toBeHidden();
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
