/** The embed pages on their own: options, stepping, no JavaScript, oEmbed, what they load, and the story's "Embed this chart". */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clientWords } from '../../src/i18n/client-words';
import { LOCALES } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { registeredCharts } from '../support/charts';
import { chapterOf, takeawayOf } from '../support/edition-content';
import { EMBED_JS_BUDGET, jsWeight } from '../support/js-weight';
import { expect, test, type Edition } from './edition';
import { collectErrors, expectNoHorizontalScroll } from './helpers';

test.use({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });

async function openEmbed(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
}
const figureOf = (page: Page) => page.locator('figure[data-chart]');
const stepsOf = async (page: Page) => ((await figureOf(page).getAttribute('data-steps')) ?? '').split(' ');
const svgMarkup = (page: Page) => page.locator('figure[data-chart] .chart-canvas svg').first().evaluate((svg) => svg.outerHTML);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The story's address at a step, in the edition: `https://…/ko/?step=x`. */
const storyAt = (edition: Edition, step: string) => new RegExp(`^https?://[^/]+${escapeRegExp(edition.at('/'))}\\?step=${step}$`);
/** The iframe title a host gets for `chart`, in the edition's words (its chapter's title, the story's name). */
const embedTitle = (edition: Edition, chart: string) => edition.words.embed.title(chapterOf(edition.locale, chart).title, edition.words.site.name);

test('the build has an embed for every chart on the story page, the timeline at least', async ({ page, edition }) => {
  await page.goto(edition.at('/'));
  const onPage = await page.locator('figure[data-chart]').evaluateAll((figs) => figs.map((f) => (f as HTMLElement).dataset.chart));
  expect(onPage).toContain('timeline');
  expect([...onPage].sort()).toEqual([...registeredCharts()].sort());
  for (const chart of onPage) {
    const response = await page.request.get(edition.at(`/embed/${chart}/`));
    expect(response.status()).toBe(200);
    // The embed is in the edition's language.
    expect(await response.text()).toMatch(new RegExp(`<html lang="${edition.locale}"`));
  }
});

for (const chart of registeredCharts()) {
  test.describe(`/embed/${chart}/`, () => {
    test('nothing moves while it loads, on a phone and a desktop, with buttons or without (CLS 0)', async ({ browser, edition }) => {
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
        await page.goto(edition.at(`/embed/${chart}/${query}`));
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

    test('every ?step= opens exactly what stepping there with Next draws', async ({ page, browser, edition }) => {
      await openEmbed(page, edition.at(`/embed/${chart}/`));
      const steps = await stepsOf(page);
      const direct = await browser.newPage({ viewport: { width: 800, height: 900 }, reducedMotion: 'reduce' });
      for (const [i, step] of steps.entries()) {
        if (i > 0) await page.getByRole('button', { name: edition.words.chart.nextLabel }).click();
        await expect(figureOf(page)).toHaveAttribute('data-current-step', step);
        await openEmbed(direct, edition.at(`/embed/${chart}/?step=${step}`));
        await expect(figureOf(direct)).toHaveAttribute('data-current-step', step);
        await expect(direct.getByText(edition.words.chart.count(i + 1, steps.length), { exact: true })).toBeVisible();
        await expect(direct.locator('[data-takeaway]')).toHaveText(takeawayOf(edition.locale, step));
        await expect(direct.locator('[data-takeaway]')).toHaveText((await page.locator('[data-takeaway]').textContent())!);
        expect(await svgMarkup(direct), `${chart} at ${step}`).toBe(await svgMarkup(page));
      }
      await direct.close();
    });

    test('buttons step, stop at the ends, announce, and keep the link back on the step shown', async ({ page, edition }) => {
      const words = edition.words;
      await openEmbed(page, edition.at(`/embed/${chart}/`));
      const steps = await stepsOf(page);
      const back = page.getByRole('button', { name: words.chart.backLabel });
      const next = page.getByRole('button', { name: words.chart.nextLabel });
      const link = page.getByRole('link', { name: words.embed.readStory });
      await expect(back).toBeDisabled();
      await expect(page.getByText(words.chart.count(1, steps.length), { exact: true })).toBeVisible();
      await expect(link).toHaveAttribute('href', storyAt(edition, steps[0]!));
      await expect(link).toHaveAttribute('target', '_blank');
      await next.click();
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
      await expect(page.getByText(words.chart.count(2, steps.length), { exact: true })).toBeVisible();
      await expect(link).toHaveAttribute('href', storyAt(edition, steps[1]!));
      await expect(page.locator('#step-announcer')).toHaveText(clientWords(edition.locale).stepOf(2, steps.length, takeawayOf(edition.locale, steps[1]!)));
      await openEmbed(page, edition.at(`/embed/${chart}/?step=${steps.at(-1)}`));
      await expect(next).toBeDisabled();
      await expect(page.getByText(words.chart.count(steps.length, steps.length), { exact: true })).toBeVisible();
    });

    test('arrow keys step the focused chart', async ({ page, edition }) => {
      await openEmbed(page, edition.at(`/embed/${chart}/`));
      const steps = await stepsOf(page);
      await figureOf(page).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[2]!);
      await page.keyboard.press('ArrowLeft');
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
      await expect(page.locator('#step-announcer')).toHaveText(clientWords(edition.locale).stepOf(2, steps.length, takeawayOf(edition.locale, steps[1]!)));
    });

    test('?controls=0 is a still picture of the step: no buttons, no keys, nothing to focus', async ({ page, edition }) => {
      const steps = await (async () => (await openEmbed(page, edition.at(`/embed/${chart}/`)), stepsOf(page)))();
      await openEmbed(page, edition.at(`/embed/${chart}/?controls=0&step=${steps[1]}`));
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(figureOf(page)).not.toHaveAttribute('tabindex');
      await page.keyboard.press('Tab');
      await expect(figureOf(page)).not.toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[1]!);
    });

    test('unknown, malformed and host-added options fall back to the defaults without errors', async ({ page, edition }) => {
      const errors = collectErrors(page);
      for (const query of ['?step=no-such-step&theme=purple&controls=maybe&autoplay=2', '?initialWidth=640&childId=pym-0-x&parentTitle=A&parentUrl=https%3A%2F%2Fnews.example%2F', '?%E0%A4%A=1&step=%zz&theme=%', '?step=&step=&&==']) {
        await openEmbed(page, edition.at(`/embed/${chart}/${query}`));
        const steps = await stepsOf(page);
        await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[0]!);
        await expect(page.getByRole('button', { name: edition.words.chart.nextLabel })).toBeVisible();
        await expect(page.locator('html')).not.toHaveAttribute('data-theme');
        await expect(page.locator('[data-autoplay-toggle]')).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });

    test('?theme=dark and ?theme=light override the reader’s setting; auto follows it', async ({ page, edition }) => {
      const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await page.emulateMedia({ colorScheme: 'light' });
      await openEmbed(page, edition.at(`/embed/${chart}/`));
      const light = await background();
      await openEmbed(page, edition.at(`/embed/${chart}/?theme=dark`));
      const dark = await background();
      expect(dark).not.toBe(light);
      await page.emulateMedia({ colorScheme: 'dark' });
      await openEmbed(page, edition.at(`/embed/${chart}/?theme=auto`));
      expect(await background()).toBe(dark);
      await openEmbed(page, edition.at(`/embed/${chart}/?theme=light`));
      expect(await background()).toBe(light);
    });

    test('?autoplay=1 advances every few seconds, pauses on hover and focus and with its button', async ({ page, edition }) => {
      const words = clientWords(edition.locale);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.clock.install();
      await openEmbed(page, edition.at(`/embed/${chart}/?autoplay=1`));
      const steps = await stepsOf(page);
      const toggle = page.locator('[data-autoplay-toggle]');
      await expect(toggle).toHaveAccessibleName(words.pauseLabel);
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
      await expect(toggle).toHaveAccessibleName(words.playLabel);
      await leave();
      await staysStill('paused with the button');
      await toggle.click();
      await leave();
      await movesOn('played again');
    });

    test('?autoplay=1 stays still under reduced motion and with ?controls=0', async ({ page, edition }) => {
      await page.clock.install();
      await openEmbed(page, edition.at(`/embed/${chart}/?autoplay=1`));
      await page.clock.runFor(13_000);
      const steps = await stepsOf(page);
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[0]!);
      await expect(page.locator('[data-autoplay-toggle]')).toHaveCount(0);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await openEmbed(page, edition.at(`/embed/${chart}/?autoplay=1&controls=0`));
      await page.clock.runFor(13_000);
      await expect(figureOf(page)).toHaveAttribute('data-current-step', steps[0]!);
    });

    test('axe finds no accessibility violations, light or dark, at 320 and 1200 px, table open', async ({ page, edition }) => {
      for (const [width, query] of [[1200, ''], [320, '?theme=dark'], [800, '?controls=0']] as const) {
        await page.setViewportSize({ width, height: 900 });
        await openEmbed(page, edition.at(`/embed/${chart}/${query}`));
        await page.locator('.chart-table summary').click();
        await expectNoHorizontalScroll(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${width}${query} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });

    test('it loads its own chart’s code only, nothing from another origin, within the JavaScript budget', async ({ page, baseURL, edition }) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const weight = await jsWeight(page, edition.at(`/embed/${chart}/`), 'embed');
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

    test('each step’s page is drawn at that step, with its caption and the link back to it', async ({ page, request, edition }) => {
      const html = await (await request.get(edition.at(`/embed/${chart}/`))).text();
      const steps = /data-steps="([^"]+)"/.exec(html)![1]!.split(' ');
      for (const step of [steps[0]!, steps.at(-1)!]) {
        await page.goto(edition.at(`/embed/${chart}/${step}/`));
        const figure = figureOf(page);
        await expect(figure).toHaveAttribute('data-current-step', step);
        const svg = figure.locator('svg[data-scene]:visible');
        await expect(svg).toHaveCount(1);
        await expect(svg.locator('title')).not.toBeEmpty();
        await expect(svg.locator('desc')).not.toBeEmpty();
        await expect(figure.locator('[data-takeaway]')).toHaveText(takeawayOf(edition.locale, step));
        await expect(figure.locator('.source-line')).toBeVisible();
        await expect(figure.locator('.chart-controls')).toBeHidden();
        await expect(page.getByRole('link', { name: edition.words.embed.readStory })).toHaveAttribute('href', storyAt(edition, step));
        // The data table's footnote links lead to the source list of the story in the same edition (the embed has none).
        const footnotes = await page.locator('.chart-table a[href*="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        expect(footnotes.length).toBeGreaterThan(0);
        for (const href of footnotes) expect(href).toMatch(new RegExp(`^https?://[^/#]+${escapeRegExp(edition.at('/'))}#source-`));
      }
      // The first and last steps are different pictures.
      await page.goto(edition.at(`/embed/${chart}/${steps[0]}/`));
      const first = (await page.locator('[data-takeaway]').textContent()) ?? '';
      await page.goto(edition.at(`/embed/${chart}/${steps.at(-1)}/`));
      await expect(page.locator('[data-takeaway]')).not.toHaveText(first);
    });
  });

  test(`oEmbed for ${chart}: discovery link and a response with oEmbed 1.0’s required fields, in the edition’s words`, async ({ page, request, baseURL, edition }) => {
    const title = embedTitle(edition, chart);
    const step = await firstStep(request, edition.at(`/embed/${chart}/`));
    for (const [path, oembed] of [
      [edition.at(`/embed/${chart}/`), edition.at(`/oembed/${chart}.json`)],
      [edition.at(`/embed/${chart}/${step}/`), edition.at(`/oembed/${chart}/${step}.json`)],
    ] as const) {
      await page.goto(path);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('title', title);
      const href = new URL((await link.getAttribute('href'))!);
      expect(href.pathname).toBe(oembed);
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
      // Named in the edition's language, by the edition's story, which it links to.
      expect(json.title).toBe(title);
      expect(json.provider_name).toBe(edition.words.site.name);
      expect(new URL(json.provider_url as string).pathname).toBe(edition.at('/'));
      // Its html embeds this very page (the site address is the build's public one), titled as the response.
      const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(json.html as string)![1]!;
      expect(new URL(src).pathname).toBe(path);
      expect(json.html).toContain(` title="${title}"`);
      // The height a consumer reserves is close to the real one at that width (within 15 %).
      await page.setViewportSize({ width: json.width as number, height: 900 });
      await openEmbed(page, `${baseURL}${path}`);
      const real = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(Math.abs(real - (json.height as number)) / real).toBeLessThan(0.15);
    }
  });
}

async function firstStep(request: import('@playwright/test').APIRequestContext, embed: string): Promise<string> {
  const html = await (await request.get(embed)).text();
  return /data-steps="([^" ]+)/.exec(html)![1]!;
}

test('each edition’s oEmbed and “Embed this chart” point to its own embeds (/ko/embed/… in Korean), titled in its language', async ({ page, request, edition }) => {
  const others = LOCALES.filter((l) => l !== edition.locale);
  for (const chart of registeredCharts()) {
    const title = embedTitle(edition, chart);
    // The edition's own words: not another edition's title; in Korean, in Hangul.
    for (const other of others) expect(title).not.toBe(embedTitle({ ...edition, locale: other, words: ui(other) }, chart));
    if (edition.locale === 'ko') expect(title).toMatch(/\p{Script=Hangul}/u);
    const json = (await (await request.get(edition.at(`/oembed/${chart}.json`))).json()) as { title: string; html: string; provider_url: string };
    expect(json.title).toBe(title);
    expect(new URL(/<iframe[^>]*\ssrc="([^"]+)"/.exec(json.html)![1]!).pathname).toBe(edition.at(`/embed/${chart}/`));
    expect(new URL(json.provider_url).pathname).toBe(edition.at('/'));
    // The story's own snippet, as the page prints it without JavaScript.
    await page.goto(edition.at('/'));
    const box = page.locator(`[data-embed-disclosure][data-chart="${chart}"]`);
    await expect(box).toHaveAttribute('data-title', title);
    expect(await box.locator('textarea').inputValue()).toMatch(new RegExp(`<iframe src="https?://[^/"]+${escapeRegExp(edition.at(`/embed/${chart}/`))}" title="${escapeRegExp(title)}"`));
    await expect(box.locator('[data-embed-preview]')).toHaveAttribute('href', edition.at(`/embed/${chart}/`));
    await expect(box.locator('[data-embed-oembed]')).toHaveAttribute('href', edition.at(`/oembed/${chart}.json`));
  }
});

test.describe('"Embed this chart" on the story page', () => {
  test('the snippet follows the chosen step and kind, and copies', async ({ page, context, edition }) => {
    const words = edition.words.embed;
    const title = escapeRegExp(embedTitle(edition, 'timeline'));
    const embed = escapeRegExp(edition.at('/embed/timeline/'));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(edition.at('/'));
    const box = page.locator('[data-embed-disclosure][data-chart="timeline"]');
    await box.getByText(words.summary).click();
    const code = box.getByLabel(words.embedCode);
    await expect(code).toHaveValue(new RegExp(`<iframe src="https?://[^/"]+${embed}" title="${title}" loading="lazy" width="100%"`));
    // The host script is one for every edition.
    await expect(code).toHaveValue(/<script src="https?:\/\/[^/"]+\/embed\/host\.js" async><\/script>/);

    const select = box.getByLabel(words.opensAt);
    const last = await select.locator('option').last().getAttribute('value');
    await select.selectOption(last!);
    await expect(code).toHaveValue(new RegExp(`<iframe src="https?://[^/"]+${embed}${last}/" title="${title}"`));
    await expect(box.getByRole('link', { name: words.preview })).toHaveAttribute('href', edition.at(`/embed/timeline/${last}/`));
    await expect(box.getByRole('link', { name: 'oEmbed' })).toHaveAttribute('href', edition.at(`/oembed/timeline/${last}.json`));

    await box.getByLabel('Pym.js').check();
    await expect(code).toHaveValue(new RegExp(`<div data-pym-src="https?://[^/"]+${embed}${last}/" data-pym-title="${title}"></div>`));

    await box.getByRole('button', { name: words.copy }).click();
    await expect(box.getByRole('status')).toHaveText(clientWords(edition.locale).copiedCode);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('axe finds no violations in the open disclosure, light and dark', async ({ page, edition }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(edition.at('/'));
      await page.locator('[data-embed-disclosure] summary').first().click();
      const results = await new AxeBuilder({ page }).include('[data-embed-disclosure]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('without JavaScript the disclosure still holds a working snippet', async ({ browser, edition }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(edition.at('/'));
    const box = page.locator('[data-embed-disclosure][data-chart="timeline"]');
    await box.getByText(edition.words.embed.summary).click();
    await expect(box.getByLabel(edition.words.embed.embedCode)).toHaveValue(new RegExp(`<iframe src="https?://[^/"]+${escapeRegExp(edition.at('/embed/timeline/'))}" title="${escapeRegExp(embedTitle(edition, 'timeline'))}"`));
    await expect(box.getByRole('button', { name: edition.words.embed.copy })).toBeHidden();
    await page.close();
  });
});
