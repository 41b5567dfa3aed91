/** The story page as readers use it: scrolling, deep links, keys, no JavaScript, and what it loads. */
import AxeBuilder from '@axe-core/playwright';
import { clientWords } from '../../src/i18n/client-words';
import { takeawayOf } from '../support/edition-content';
import { expect, test } from './edition';
import { settled, chartMarkup, chartSteps, collectErrors, currentStep, expectNoHorizontalScroll, openStory, scrollThrough } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('scrolling and deep links', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('every step reached by scrolling draws exactly what ?step= draws', async ({ page, browser, edition }) => {
    // A whole scroll-through and twenty page loads: on a busy 2-core machine that takes over a minute.
    test.setTimeout(150_000);
    await openStory(page, edition.at('/'));
    const charts = await chartSteps(page);
    expect(charts.map((c) => c.chart)).toContain('timeline');
    const scrolled = await scrollThrough(page);
    const direct = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    for (const { chart, steps } of charts) {
      for (const step of steps) {
        expect(scrolled.has(`${chart}/${step}`), `scrolling reaches ${step}`).toBe(true);
        await openStory(direct, edition.at(`/?step=${step}`));
        expect(await currentStep(direct, chart)).toBe(step);
        expect(await chartMarkup(direct, chart), `${chart} at ${step}`).toBe(scrolled.get(`${chart}/${step}`));
      }
    }
    await direct.close();
  });

  test('the #step form opens the step too, with its text at the reading line', async ({ page, edition }) => {
    await openStory(page, edition.at('/#envoy-putin-pyongyang'));
    expect(await currentStep(page, 'timeline')).toBe('envoy-putin-pyongyang');
    await expect(page.locator('#envoy-putin-pyongyang')).toBeInViewport();
    await expect(page.locator('figure[data-chart="timeline"] [data-takeaway]')).toContainText(takeawayOf(edition.locale, 'envoy-putin-pyongyang'));
  });

  test('while reading, the address follows the step without adding history entries', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#envoy-choe-january').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10));
    await expect(page).toHaveURL(/#envoy-choe-january$/);
    await page.locator('#envoy-spa').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10));
    await expect(page).toHaveURL(/#envoy-spa$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('a reload in the middle of the page comes back to the same step', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    await page.locator('#envoy-september').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10));
    await expect(page).toHaveURL(/#envoy-september$/);
    const before = await chartMarkup(page, 'timeline');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    expect(await currentStep(page, 'timeline')).toBe('envoy-september');
    expect(await chartMarkup(page, 'timeline')).toBe(before);
    await expect(page.locator('#envoy-september')).toBeInViewport();
  });

  test('a fast jump down the page skips steps and still lands on the right one', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    await page.locator('#envoy-spa').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10));
    await expect.poll(() => currentStep(page, 'timeline')).toBe('envoy-spa');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => currentStep(page, 'timeline')).toBe('envoy-overview');
  });

  test('an unknown step id opens the top of the page and logs nothing', async ({ page, edition }) => {
    const errors = collectErrors(page);
    await openStory(page, edition.at('/?step=no-such-step'));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await currentStep(page, 'timeline')).toBe('envoy-overview');
    expect(errors).toEqual([]);
  });
});

test.describe('stepping without scrolling', () => {
  test('arrow keys on a focused chart move one step and announce it', async ({ page, edition }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/?step=envoy-overview'));
    const figure = page.locator('figure[data-chart="timeline"]');
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure).toHaveAttribute('data-current-step', 'envoy-shoigu-2023');
    await expect(page.locator('#step-announcer')).toHaveText(clientWords(edition.locale).stepOf(2, 8, takeawayOf(edition.locale, 'envoy-shoigu-2023')));
    await page.keyboard.press('ArrowDown');
    await expect(figure).toHaveAttribute('data-current-step', 'envoy-vostochny');
    await page.keyboard.press('ArrowLeft');
    await expect(figure).toHaveAttribute('data-current-step', 'envoy-shoigu-2023');
    await expect(page.locator('#envoy-shoigu-2023')).toBeInViewport();
    await expect(figure.getByText(edition.words.chart.count(2, 8), { exact: true })).toBeVisible();
  });

  test('Back and Next buttons step the chart, and stop at the ends', async ({ page, edition }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/?step=envoy-spa'));
    const figure = page.locator('figure[data-chart="timeline"]');
    await expect(figure.getByRole('button', { name: edition.words.chart.nextLabel, exact: true })).toBeDisabled();
    await figure.getByRole('button', { name: edition.words.chart.backLabel, exact: true }).click();
    await expect(figure).toHaveAttribute('data-current-step', 'envoy-choe-september');
    await expect(page).toHaveURL(/#envoy-choe-september$/);
  });

  test('scrolling does not speak: the live region stays quiet', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    await page.locator('#envoy-spa').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10));
    await expect.poll(() => currentStep(page, 'timeline')).toBe('envoy-spa');
    await expect(page.locator('#step-announcer')).toHaveText('');
  });

  test('transitions land on exactly the step picture when motion is on', async ({ page, browser, edition }) => {
    await openStory(page, edition.at('/?step=envoy-overview'));
    await page.locator('figure[data-chart="timeline"]').getByRole('button', { name: edition.words.chart.nextLabel, exact: true }).click();
    await settled(page);
    const animated = await chartMarkup(page, 'timeline');
    const still = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await openStory(still, edition.at('/?step=envoy-shoigu-2023'));
    expect(animated).toBe(await chartMarkup(still, 'timeline'));
    await still.close();
  });

  test('"Link to this step" copies a ?step= address', async ({ page, context, edition }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openStory(page, edition.at('/?step=envoy-spa'));
    await page.locator('#envoy-spa').getByRole('link', { name: edition.words.step.link }).click();
    // The address of the step in this edition: a reader who follows it reads on in the same language.
    const address = edition.at('/?step=envoy-spa').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^https?://[^/]+${address}$`));
  });
});

test.describe('what the page loads', () => {
  test('no console errors and no request to any other origin, through a whole scroll', async ({ page, baseURL, edition }) => {
    const errors = collectErrors(page);
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await openStory(page, edition.at('/'));
    await scrollThrough(page, 400);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('axe finds no accessibility violations', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  for (const width of [320, 768, 1440, 2560]) {
    test(`no horizontal scroll at ${width} px`, async ({ page, edition }) => {
      await page.setViewportSize({ width, height: 900 });
      await openStory(page, edition.at('/'));
      await expectNoHorizontalScroll(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart is an SVG with a title and description, and every step reads in order', async ({ page, edition }) => {
    await page.goto(edition.at('/'));
    for (const figure of await page.locator('figure[data-chart]').all()) {
      const svg = figure.locator('svg[data-scene]').first();
      await expect(svg).toBeVisible();
      await expect(svg.locator('title')).not.toBeEmpty();
      await expect(svg.locator('desc')).not.toBeEmpty();
      await expect(figure.locator('.chart-controls')).toBeHidden();
    }
    const steps = page.locator('[data-step]');
    expect(await steps.count()).toBeGreaterThanOrEqual(20);
    for (const step of await steps.all()) await expect(step).not.toBeEmpty();
    await expect(page.getByRole('heading', { name: edition.words.sources.heading, exact: true })).toBeVisible();
    await expect(page.locator('.sources-list li')).not.toHaveCount(0);
  });

  test('on a phone the build-time chart that fits is the one shown', async ({ page, edition }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(edition.at('/'));
    const visible = page.locator('figure[data-chart="timeline"] svg[data-scene]:visible');
    await expect(visible).toHaveCount(1);
    await expect(visible).toHaveAttribute('viewBox', /^0 0 340 /);
  });
});
