/** The embed pages on their own: options, stepping, no JavaScript, oEmbed, what they load, and the story's "Embed this chart". */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { registeredCharts } from '../support/charts';
import { EMBED_JS_BUDGET, jsWeight } from '../support/js-weight';
import { collectErrors, expectNoHorizontalScroll } from './helpers';

test.use({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });

async function openEmbed(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
}
const figureOf = (page: Page) => page.locator('figure[data-chart]');
const stepsOf = async (page: Page) => ((await figureOf(page).getAttribute('data-steps')) ?? '').split(' ');
const svgMarkup = (page: Page) => page.locator('figure[data-chart] .chart-canvas svg').first().evaluate((svg) => svg.outerHTML);

test('the build has an embed for every chart on the story page, the timeline at least', async ({ page }) => {
  await page.goto('/');
  const onPage = await page.locator('figure[data-chart]').evaluateAll((figs) => figs.map((f) => (f as HTMLElement).dataset.chart));
  expect(onPage).toContain('timeline');
  expect([...onPage].sort()).toEqual([...registeredCharts()].sort());
  for (const chart of onPage) expect((await page.request.get(`/embed/${chart}/`)).status()).toBe(200);
});

for (const chart of registeredCharts()) {
  test.describe(`/embed/${chart}/`, () => {
    test('nothing moves while it loads, on a phone and a desktop, with buttons or without (CLS 0)', async ({ browser }) => {
      for (const [viewport, query] of [[{ width: 412, height: 823 }, ''], [{ width: 1200, height: 900 }, ''], [{ width: 412, height: 823 }, '?controls=0']] as const) {
        const page = await browser.newPage({ viewport });
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: string[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; sources: Array<{ node?: Node }> }>) {
              w.shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => s.node?.nodeName).join(',')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`/embed/${chart}/${query}`);
        await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
        await page.evaluate(() => document.fonts.ready);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        // `?controls=0` takes the buttons' row away once the script knows: the one shift allowed, and only there.
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        if (query) expect(shifts.length, `${viewport.width} px${query}`).toBeLessThanOrEqual(1);
        else expect(shifts, `${viewport.width} px`).toEqual([]);
        await page.close();
      }
    });

    test('every ?step= opens exactly what stepping there with Next draws', async ({ page, browser }) => {
      await openEmbed(page, `/embed/${chart}/`);
      const steps = await stepsOf(page);
      const direct = await browser.newPage({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
      for (const [i, step] of steps.entries()) {
        if (i > 0) await page.getByRole('button', { name: 'Next step' }).click();
        await expect(figureOf(page)).toHaveAttribute('data-current-step', step);
        await openEmbed(direct, `/embed/${chart}/?step=${step}`);
        await expect(figureOf(direct)).toHaveAttribute('data-current-step', step);
        await expect(direct.getByText(`${i + 1} of ${steps.length}`, { exact: true })).toBeVisible();
        await expect(direct.locator('[data-takeaway]')).toHaveText((await page.locator('[data-takeaway]').textContent())!);
        expect(await svgMarkup(direct), `${chart} at ${step}`).toBe(await svgMarkup(page));
      }
      await direct.close();
    });

    test('buttons step, stop at the ends, announce, and keep the link back on the step shown', async ({ page }) => {
      await openEmbed(page, `/embed/${chart}/`);
      const steps = await stepsOf(page);
      const back = page.getByRole('button', { name: 'Previous step' });
      const next = page.getByRole('button', { name: 'Next step' });
      const link = page.getByRole('link', { name: /full story/ });
      await expect(back).toBeDisabled();
      await expect(page.getByText(`1 of ${steps.length}`, { exact: true })).toBeVisible();
      await expect(link).toHaveAttribute('href', new RegExp(`/\\?step=${steps[0]}$`));
      await expect(link).toHaveAttribute('target', '_blank');
      await next.click();
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
      await expect(page.getByText(`2 of ${steps.length}`, { exact: true })).toBeVisible();
      await expect(link).toHaveAttribute('href', new RegExp(`/\\?step=${steps[1]}$`));
      await expect(page.locator('#step-announcer')).toContainText(`Step 2 of ${steps.length}`);
      await openEmbed(page, `/embed/${chart}/?step=${steps.at(-1)}`);
      await expect(next).toBeDisabled();
      await expect(page.getByText(`${steps.length} of ${steps.length}`, { exact: true })).toBeVisible();
    });

    test('arrow keys step the focused chart', async ({ page }) => {
      await openEmbed(page, `/embed/${chart}/`);
      const steps = await stepsOf(page);
      await figureOf(page).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[2]!);
      await page.keyboard.press('ArrowLeft');
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
      await expect(page.locator('#step-announcer')).toContainText(`Step 2 of ${steps.length}`);
    });

    test('?controls=0 is a still picture of the step: no buttons, no keys, nothing to focus', async ({ page }) => {
      const steps = await (async () => (await openEmbed(page, `/embed/${chart}/`), stepsOf(page)))();
      await openEmbed(page, `/embed/${chart}/?controls=0&step=${steps[1]}`);
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(figureOf(page)).not.toHaveAttribute('tabindex');
      await page.keyboard.press('Tab');
      await expect(figureOf(page)).not.toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
    });

    test('unknown, malformed and host-added options fall back to the defaults without errors', async ({ page }) => {
      const errors = collectErrors(page);
      for (const query of ['?step=no-such-step&theme=purple&controls=maybe&autoplay=2', '?initialWidth=640&childId=pym-0-x&parentTitle=A&parentUrl=https%3A%2F%2Fnews.example%2F', '?%E0%A4%A=1&step=%zz&theme=%', '?step=&step=&&==']) {
        await openEmbed(page, `/embed/${chart}/${query}`);
        const steps = await stepsOf(page);
        await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[0]!);
        await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
        await expect(page.locator('html')).not.toHaveAttribute('data-theme');
        await expect(page.locator('[data-autoplay-toggle]')).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });

    test('?theme=dark and ?theme=light override the reader’s setting; auto follows it', async ({ page }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.emulateMedia({ colorScheme: 'light' });
      await openEmbed(page, `/embed/${chart}/`);
      const light = await background();
      await openEmbed(page, `/embed/${chart}/?theme=dark`);
      const dark = await background();
      expect(dark).not.toBe(light);
      await page.emulateMedia({ colorScheme: 'dark' });
      await openEmbed(page, `/embed/${chart}/?theme=auto`);
      expect(await background()).toBe(dark);
      await openEmbed(page, `/embed/${chart}/?theme=light`);
      expect(await background()).toBe(light);
    });

    test('?autoplay=1 advances every few seconds, pauses on hover and focus and with its button', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.clock.install();
      await openEmbed(page, `/embed/${chart}/?autoplay=1`);
      const steps = await stepsOf(page);
      const toggle = page.locator('[data-autoplay-toggle]');
      await expect(toggle).toHaveAccessibleName('Pause automatic stepping');
      // The fake clock also flows in real time, so phases check "moved on" and "stayed", not exact steps.
      const index = async () => steps.indexOf((await figureOf(page).getAttribute('data-current-step'))!);
      const movesOn = async (what: string) => {
        const before = await index();
        await page.clock.runFor(6500);
        expect(await index(), `${what}: the next step comes after a few seconds`).toBe((before + 1) % steps.length);
      };
      const staysStill = async (what: string) => {
        const before = await index();
        await page.clock.runFor(13_000);
        expect(await index(), `${what}: stays still`).toBe(before);
      };
      /** The pointer leaves the frame (a host page's pointer is outside it). */
      const leave = () => page.evaluate(() => document.documentElement.dispatchEvent(new PointerEvent('pointerleave')));

      await movesOn('at first');
      await page.locator('h1').hover();
      await staysStill('pointer over the frame');
      await leave();
      await movesOn('pointer gone');
      await figureOf(page).focus();
      await staysStill('focus in the frame');
      await figureOf(page).blur();
      await movesOn('focus gone');
      await toggle.click();
      await expect(toggle).toHaveAccessibleName('Play the steps automatically');
      await leave();
      await staysStill('paused with the button');
      await toggle.click();
      await leave();
      await movesOn('played again');
    });

    test('?autoplay=1 stays still under reduced motion and with ?controls=0', async ({ page }) => {
      await page.clock.install();
      await openEmbed(page, `/embed/${chart}/?autoplay=1`);
      await page.clock.runFor(13_000);
      const steps = await stepsOf(page);
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[0]!);
      await expect(page.locator('[data-autoplay-toggle]')).toHaveCount(0);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await openEmbed(page, `/embed/${chart}/?autoplay=1&controls=0`);
      await page.clock.runFor(13_000);
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[0]!);
    });

    test('axe finds no accessibility violations, light or dark, at 320 and 1200 px, table open', async ({ page }) => {
      for (const [width, query] of [[1200, ''], [320, '?theme=dark'], [800, '?controls=0']] as const) {
        await page.setViewportSize({ width, height: 900 });
        await openEmbed(page, `/embed/${chart}/${query}`);
        await page.locator('.chart-table summary').click();
        await expectNoHorizontalScroll(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${width}${query} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });

    test('it loads its own chart’s code only, nothing from another origin, within the JavaScript budget', async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const weight = await jsWeight(page, `/embed/${chart}/`, 'embed');
      expect(requests.filter((url) => !url.startsWith(baseURL!) && !url.startsWith('data:'))).toEqual([]);
      const scripts = weight.files.map((f) => f.url).join(' ');
      expect(scripts).not.toMatch(/scrollama|autoplay/i);
      test.info().annotations.push({ type: 'embed JS gzip', description: `${weight.gzip} B: ${weight.files.map((f) => `${f.url} ${f.gzip}`).join(', ')}; inline ${weight.inline.gzip}` });
      // The budget itself is checked by scripts/embed-size.mjs (the benchmark), not here;
      // this guards against an accident (a second chart's code, the story's script) doubling it.
      expect(weight.gzip).toBeLessThan(EMBED_JS_BUDGET * 1.5);
    });
  });

  test.describe(`/embed/${chart}/<step>/ without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('each step’s page is drawn at that step, with its caption and the link back to it', async ({ page, request }) => {
      const html = await (await request.get(`/embed/${chart}/`)).text();
      const steps = /data-steps="([^"]+)"/.exec(html)![1]!.split(' ');
      for (const step of [steps[0]!, steps.at(-1)!]) {
        await page.goto(`/embed/${chart}/${step}/`);
        const figure = figureOf(page);
        await expect(figure).toHaveAttribute('data-current-step', step);
        const svg = figure.locator('svg[data-scene]:visible');
        await expect(svg).toHaveCount(1);
        await expect(svg.locator('title')).not.toBeEmpty();
        await expect(svg.locator('desc')).not.toBeEmpty();
        await expect(figure.locator('[data-takeaway]')).not.toBeEmpty();
        await expect(figure.locator('.source-line')).toBeVisible();
        await expect(figure.locator('.chart-controls')).toBeHidden();
        await expect(page.getByRole('link', { name: /full story/ })).toHaveAttribute('href', new RegExp(`/\\?step=${step}$`));
        // The data table's footnote links lead to the story's source list (the embed has none).
        for (const href of await page.locator('.chart-table a[href*="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
          expect(href).toMatch(/^https?:\/\/[^#]+\/#source-/);
        }
      }
      // The first and last steps are different pictures.
      await page.goto(`/embed/${chart}/${steps[0]}/`);
      const first = (await page.locator('[data-takeaway]').textContent()) ?? '';
      await page.goto(`/embed/${chart}/${steps.at(-1)}/`);
      await expect(page.locator('[data-takeaway]')).not.toHaveText(first);
    });
  });

  test(`oEmbed for ${chart}: discovery link and a response with oEmbed 1.0’s required fields`, async ({ page, request, baseURL }) => {
    for (const path of [`/embed/${chart}/`, `/embed/${chart}/${await firstStep(request, chart)}/`]) {
      await page.goto(path);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const href = new URL((await link.getAttribute('href'))!);
      const response = await request.get(href.pathname);
      expect(response.status()).toBe(200);
      const json = (await response.json()) as Record<string, unknown>;
      // https://oembed.com/ §2.3.4: version and type always; a rich response also html, width and height.
      expect(json.version).toBe('1.0');
      expect(json.type).toBe('rich');
      expect(typeof json.html).toBe('string');
      expect(Number.isInteger(json.width) && (json.width as number) > 0).toBe(true);
      expect(Number.isInteger(json.height) && (json.height as number) > 0).toBe(true);
      for (const key of ['title', 'provider_name', 'provider_url']) expect(typeof json[key], key).toBe('string');
      // Its html embeds this very page (the site address is the build's public one).
      const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(json.html as string)![1]!;
      expect(new URL(src).pathname).toBe(path);
      expect(json.html).toMatch(/\stitle="[^"]+"/);
      // The height a consumer reserves is close to the real one at that width (within 15 %).
      await page.setViewportSize({ width: json.width as number, height: 900 });
      await openEmbed(page, `${baseURL}${path}`);
      const real = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(Math.abs(real - (json.height as number)) / real).toBeLessThan(0.15);
    }
  });
}

async function firstStep(request: import('@playwright/test').APIRequestContext, chart: string): Promise<string> {
  const html = await (await request.get(`/embed/${chart}/`)).text();
  return /data-steps="([^" ]+)/.exec(html)![1]!;
}

test.describe('"Embed this chart" on the story page', () => {
  test('the snippet follows the chosen step and kind, and copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const box = page.locator('[data-embed-disclosure][data-chart="timeline"]');
    await box.getByText('Embed this chart').click();
    const code = box.getByLabel('Embed code');
    await expect(code).toHaveValue(/<iframe src="[^"]*\/embed\/timeline\/" title="[^"]+" loading="lazy" width="100%"/);
    await expect(code).toHaveValue(/<script src="[^"]*\/embed\/host\.js" async><\/script>/);

    const select = box.getByLabel('Opens at');
    const last = await select.locator('option').last().getAttribute('value');
    await select.selectOption(last!);
    await expect(code).toHaveValue(new RegExp(`/embed/timeline/${last}/"`));
    await expect(box.getByRole('link', { name: 'Preview the embed' })).toHaveAttribute('href', `/embed/timeline/${last}/`);

    await box.getByLabel('Pym.js').check();
    await expect(code).toHaveValue(new RegExp(`<div data-pym-src="[^"]*/embed/timeline/${last}/" data-pym-title="[^"]+"></div>`));

    await box.getByRole('button', { name: 'Copy code' }).click();
    await expect(box.getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('axe finds no violations in the open disclosure, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page.locator('[data-embed-disclosure] summary').first().click();
      const results = await new AxeBuilder({ page }).include('[data-embed-disclosure]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('without JavaScript the disclosure still holds a working snippet', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/');
    const box = page.locator('[data-embed-disclosure][data-chart="timeline"]');
    await box.getByText('Embed this chart').click();
    await expect(box.getByLabel('Embed code')).toHaveValue(/\/embed\/timeline\/"/);
    await expect(box.getByRole('button', { name: 'Copy code' })).toBeHidden();
    await page.close();
  });
});
