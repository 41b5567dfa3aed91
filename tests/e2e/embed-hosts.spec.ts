/**
 * Embeds on a news site: a host page on another origin (a second local port) places each chart
 * with a Pym.js parent, with a @newswire/frames Framer, and with the story's own snippet, and
 * the iframe must always be as tall as the embed's content.
 */
import type { Frame, Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { registeredCharts } from '../support/charts';
import { hostPage, startHostServer, type HostServer } from '../support/host-server';
import { expect, test, type EditionOptions } from './edition';
import { warmFonts } from './helpers';

// One host server on one port for the whole file: its tests run one after another in one worker.
// Each edition's project may run at the same time as the other, so each has its own port
// (English PORT+1, Korean PORT+3: the offline tests take PORT+2 and PORT+4).
test.describe.configure({ mode: 'default' });

const hostPort = (locale: Locale) => Number(process.env.HOST_PORT ?? Number(process.env.PORT ?? 4321) + 1) + 2 * LOCALES.indexOf(locale);
let host: HostServer;

// A hook's fixtures come first; this one needs only the project.
test.beforeAll(async ({}, testInfo) => {
  host = await startHostServer(hostPort((testInfo.project.use as Partial<EditionOptions>).editionLocale ?? 'en'));
});

test.afterAll(async () => {
  await host?.close();
});

test.use({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });

type Kind = 'pym' | 'frames' | 'snippet';

/** Opens a host page of `kind` embedding `embedUrl` (an edition's embed: `…/ko/embed/…` in Korean), and returns the embed's frame once it is ready. */
async function openHost(page: Page, kind: Kind, embedUrl: string, snippet?: string): Promise<Frame> {
  const path = `/${kind}-${Math.random().toString(36).slice(2)}.html`;
  host.page(path, hostPage(kind, { EMBED_URL_JSON: JSON.stringify(embedUrl), SNIPPET: snippet ?? '' }));
  await page.goto(host.origin + path);
  await expect(page.locator('iframe')).toHaveCount(1);
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('/embed/')))).toBeTruthy();
  await frame!.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
  // Heights are compared across the test, so they must all be taken in one font: wait until the
  // embed's fonts have arrived or given up (`font-display: optional`), and the frame has re-laid out.
  await frame!.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return frame!;
}

/** The iframe's height on the host, and the embed's own content height, in CSS pixels. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { iframe, content };
}

/** Waits until the host has sized the iframe to the content, within 2 px, and returns that height. */
async function expectSized(page: Page, frame: Frame, when: string): Promise<number> {
  await expect
    .poll(async () => {
      const h = await heights(page, frame);
      return Math.abs(h.iframe - h.content);
    }, { message: `iframe height matches content ${when}`, timeout: 5000 })
    .toBeLessThanOrEqual(2);
  const { iframe } = await heights(page, frame);
  // Nothing to scroll inside the frame.
  expect(await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight), `no scrolling inside the frame ${when}`).toBeLessThanOrEqual(2);
  return iframe;
}

for (const chart of registeredCharts()) {
  for (const kind of ['pym', 'frames', 'snippet'] as const) {
    test(`${chart} with ${kind === 'snippet' ? 'the story’s snippet' : kind === 'pym' ? 'a Pym.js parent' : 'a @newswire/frames host'}: the iframe fits the content on load, at every step, and from 1200 to 320 px`, async ({ page, baseURL, edition }) => {
      const words = edition.words.chart;
      // The fonts are cached first: with `font-display: optional`, an embed whose first load missed
      // the font's window sets its text in the fallback and wraps a line differently, so the
      // height on load could not be compared with the height after the steps.
      await warmFonts(page);
      let snippet: string | undefined;
      if (kind === 'snippet') {
        // Copy the snippet from the story page as an editor would; the build's `site` is the public
        // address, so point it at the test server.
        await page.goto(`${baseURL}${edition.at('/')}`);
        const code = page.locator(`[data-embed-disclosure][data-chart="${chart}"] textarea`);
        const site = await page.locator(`[data-embed-disclosure][data-chart="${chart}"]`).getAttribute('data-site');
        snippet = (await code.inputValue()).replaceAll(new URL(site!).origin, baseURL!);
      }
      const frame = await openHost(page, kind, `${baseURL}${edition.at(`/embed/${chart}/`)}`, snippet);
      // The edition's own embed.
      expect(new URL(frame.url()).pathname).toBe(edition.at(`/embed/${chart}/`));
      const embed = page.frameLocator('iframe');
      const figure = embed.locator('figure[data-chart]');
      const wide = await expectSized(page, frame, 'after load');

      const steps = ((await figure.getAttribute('data-steps')) ?? '').split(' ');
      expect(steps.length).toBeGreaterThan(1);
      for (let i = 1; i < steps.length; i++) {
        await embed.getByRole('button', { name: words.nextLabel }).click();
        await expect(figure).toHaveAttribute('data-current-step', steps[i]!);
        await expect(embed.getByText(words.count(i + 1, steps.length), { exact: true })).toBeVisible();
        await expectSized(page, frame, `at step ${steps[i]}`);
      }

      await page.setViewportSize({ width: 320, height: 800 });
      await expectSized(page, frame, 'at 320 px');

      // Back to the start and back to 1200 px: the frame shrinks again to its first height.
      await page.setViewportSize({ width: 1200, height: 900 });
      for (let i = 1; i < steps.length; i++) await embed.getByRole('button', { name: words.backLabel }).click();
      await expect(figure).toHaveAttribute('data-current-step', steps[0]!);
      expect(Math.abs((await expectSized(page, frame, 'back at 1200 px')) - wide)).toBeLessThanOrEqual(2);
    });
  }

  test(`${chart}: ?step= through a host opens that step, and the keys step it inside the frame`, async ({ page, baseURL, edition }) => {
    const frame = await openHost(page, 'pym', `${baseURL}${edition.at(`/embed/${chart}/`)}`);
    const steps = ((await frame.locator('figure[data-chart]').getAttribute('data-steps')) ?? '').split(' ');
    const target = steps[Math.min(2, steps.length - 1)]!;
    const linked = await openHost(page, 'pym', `${baseURL}${edition.at(`/embed/${chart}/?step=${target}`)}`);
    const embed = page.frameLocator('iframe');
    const figure = embed.locator('figure[data-chart]');
    await expect(figure).toHaveAttribute('data-current-step', target);
    // The link back opens the story of the same edition at that step.
    const story = `${edition.at('/')}?step=${target}`.replace(/[.?]/g, '\\$&');
    await expect(embed.getByRole('link', { name: edition.words.embed.readStory })).toHaveAttribute('href', new RegExp(`^https?://[^/]+${story}$`));

    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure).toHaveAttribute('data-current-step', steps[steps.indexOf(target) + 1]!);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(figure).toHaveAttribute('data-current-step', steps[steps.indexOf(target) - 1]!);
    // Tab to the Next button: the arrow keys still step the chart there.
    await embed.getByRole('button', { name: edition.words.chart.nextLabel }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(figure).toHaveAttribute('data-current-step', target);
    await expectSized(page, linked, 'after stepping by keys');
  });

  test(`${chart}: opening the data table grows the frame, closing it shrinks it back`, async ({ page, baseURL, edition }) => {
    const frame = await openHost(page, 'frames', `${baseURL}${edition.at(`/embed/${chart}/`)}`);
    const closed = await expectSized(page, frame, 'with the table closed');
    const summary = page.frameLocator('iframe').locator('.chart-table summary');
    await summary.click();
    const open = await expectSized(page, frame, 'with the table open');
    expect(open).toBeGreaterThan(closed + 100);
    await summary.click();
    expect(Math.abs((await expectSized(page, frame, 'with the table closed again')) - closed)).toBeLessThanOrEqual(2);
  });

  test(`${chart}: heights arrive both as Pym.js strings for the parent's id and as AMP embed-size messages`, async ({ page, baseURL, edition }) => {
    await page.addInitScript(() => {
      const seen: unknown[] = ((window as unknown as { seen: unknown[] }).seen = []);
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    const frame = await openHost(page, 'pym', `${baseURL}${edition.at(`/embed/${chart}/`)}`);
    const content = await expectSized(page, frame, 'after load');
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    const last = <T,>(items: T[]) => items[items.length - 1];
    const amp = last(seen.filter((m): m is { sentinel: string; type: string; height: number } => typeof m === 'object' && (m as { type?: string })?.type === 'embed-size'));
    expect(amp?.sentinel).toBe('amp');
    expect(Math.abs(amp!.height - content)).toBeLessThanOrEqual(2);
    const pym = last(seen.filter((m): m is string => typeof m === 'string' && m.startsWith('pymxPYMx')));
    expect(pym).toMatch(new RegExp(`^pymxPYMxchart-embedxPYMxheightxPYMx(\\d+)$`));
    expect(Math.abs(Number(pym!.split('xPYMx')[3]) - content)).toBeLessThanOrEqual(2);
  });

  test(`${chart}: the height settles (no growth) even in a frame that starts far too tall`, async ({ page, baseURL, edition }) => {
    host.page('/tall.html', `<!doctype html><html lang="en"><title>Tall host</title><body style="margin:0">
      <iframe src="${baseURL}${edition.at(`/embed/${chart}/`)}" title="Embedded chart" width="100%" height="5000" style="display:block;border:0" data-frame-observe></iframe>
      <script src="${baseURL}/embed/host.js"></script></body></html>`);
    await page.goto(`${host.origin}/tall.html`);
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    await frame.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
    const settled = await expectSized(page, frame, 'after load');
    expect(settled).toBeLessThan(2000);
    // Watch the iframe for 60 rendered frames (about a second): a height that fed back into itself
    // would grow, or swing, within a few. The observer reports the size it starts with, then every change.
    const sizes = await page.locator('iframe').evaluate(
      (iframe) =>
        new Promise<number[]>((done) => {
          const seen: number[] = [];
          const observer = new ResizeObserver(() => seen.push(iframe.getBoundingClientRect().height));
          observer.observe(iframe);
          let frames = 0;
          const tick = () => {
            if (++frames < 60) {
              requestAnimationFrame(tick);
              return;
            }
            observer.disconnect();
            done(seen);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBe(settled);
  });
}
