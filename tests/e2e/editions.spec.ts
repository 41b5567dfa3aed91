/**
 * The two editions as editions: each page says which language it is in and where its twin is,
 * every word in another script says its own language, the language switch keeps the reader's
 * place, both editions draw the same chart states, and the Korean labels fit without web fonts.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEFAULT_LOCALE, LANG, LOCALES, localePath, type Locale } from '../../src/i18n/locales';
import { expect, test, type Edition } from './edition';
import { chartSteps, currentStep, frames, measureChartLabels, openStory } from './helpers';

/** The other edition: Korean for English, English for Korean. */
const otherOf = (locale: Locale): Locale => LOCALES.find((l) => l !== locale)!;

/** Every HTML page of the edition: the story and each chart's embeds (the chart, and the chart at each step). */
async function editionPages(page: Page, edition: Edition): Promise<string[]> {
  await page.goto(edition.at('/'));
  const charts = await chartSteps(page);
  return ['/', ...charts.flatMap(({ chart, steps }) => [`/embed/${chart}/`, ...steps.map((s) => `/embed/${chart}/${s}/`)])];
}

test.describe('each page says its language and where its twin is', () => {
  test('<html lang> is the edition’s, and hreflang alternates for en, ko and x-default point at the twin page', async ({ page, edition }) => {
    const paths = await editionPages(page, edition);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const response = await page.request.get(edition.at(path));
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html, `${edition.at(path)}: <html lang>`).toMatch(new RegExp(`<html[^>]* lang="${LANG[edition.locale]}"`));
      const alternates = [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => /\bhreflang="/.test(tag))
        .map((tag) => ({ hreflang: /\bhreflang="([^"]+)"/.exec(tag)![1]!, href: /\bhref="([^"]+)"/.exec(tag)![1]! }));
      const twins = Object.fromEntries(alternates.map((a) => [a.hreflang, a.href]));
      expect(Object.keys(twins).sort(), `${edition.at(path)}: hreflang alternates`).toEqual([...LOCALES.map((l) => LANG[l]), 'x-default'].sort());
      expect(alternates, `${edition.at(path)}: one link per language`).toHaveLength(LOCALES.length + 1);
      for (const locale of LOCALES) expect(new URL(twins[LANG[locale]]!).pathname, `${edition.at(path)}: hreflang="${LANG[locale]}"`).toBe(localePath(locale, path));
      expect(new URL(twins['x-default']!).pathname, `${edition.at(path)}: x-default`).toBe(localePath(DEFAULT_LOCALE, path));
      // One site: every alternate on the canonical address's origin.
      expect(new Set(Object.values(twins).map((href) => new URL(href).origin)).size).toBe(1);
    }
  });

  test('every text in another script carries its language, at every step of every chart', async ({ page, edition }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/'));
    const steps = (await chartSteps(page)).flatMap((c) => c.steps);
    const wrong = new Set<string>();
    // The whole page once, then each step's chart drawing (its labels change from step to step).
    for (const step of [null, ...steps]) {
      if (step) await openStory(page, edition.at(`/?step=${step}`));
      for (const found of await textsInTheWrongLanguage(page, edition.locale, step ? 'figure[data-chart] .chart-canvas' : 'body')) wrong.add(found);
    }
    expect([...wrong], 'text whose script does not match the language it is marked with').toEqual([]);
  });
});

/**
 * Text (and `title`, `alt`, `aria-label` text) whose script is not one its language is written
 * in: Hangul outside `lang="ko"`, Cyrillic outside Russian or Ukrainian, Han characters outside
 * Chinese, Japanese or Korean, kana outside Japanese; and, in an edition not written in Latin
 * letters, a run of English words (two or more words, no Hangul) not marked as English.
 * Names in Latin letters inside a Korean sentence (KCNA, Bloomberg) are the sentence's own.
 */
function textsInTheWrongLanguage(page: Page, locale: Locale, within: string): Promise<string[]> {
  return page.evaluate(
    ({ locale, within }) => {
      const SCRIPTS: Array<[string, RegExp, string[]]> = [
        ['Hangul', /\p{Script=Hangul}/u, ['ko']],
        ['Cyrillic', /\p{Script=Cyrillic}/u, ['ru', 'uk']],
        ['Han', /\p{Script=Han}/u, ['zh', 'ja', 'ko']],
        ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['ja']],
      ];
      const LATIN_LANGS = ['en'];
      const englishWords = /\b\p{Script=Latin}{2,}\s+\p{Script=Latin}{2,}\b/u;
      const langOf = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().split('-')[0]!;
      const where = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement)
          parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.getAttribute('data-key') ? `[data-key=${e.getAttribute('data-key')}]` : ''));
        return parts.join(' > ');
      };
      const found: string[] = [];
      const check = (text: string, el: Element, what: string) => {
        const lang = langOf(el);
        for (const [script, re, langs] of SCRIPTS)
          if (re.test(text) && !langs.includes(lang)) found.push(`${script} in lang="${lang}" (${where(el)}${what}): ${text.trim().slice(0, 80)}`);
        if (locale !== 'en' && !/\p{Script=Hangul}/u.test(text) && englishWords.test(text) && !LATIN_LANGS.includes(lang))
          found.push(`English in lang="${lang}" (${where(el)}${what}): ${text.trim().slice(0, 80)}`);
      };
      const root = document.querySelector(within) ?? document.body;
      const labels = new Set<Element>();
      for (const scope of root === document.body ? [root] : [...document.querySelectorAll(within)]) {
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (el.closest('script, style, template') || !node.textContent!.trim()) continue;
          // A chart label's lines are <tspan>s of one <text>: the label is read as one.
          const label = el.closest('text');
          if (label && labels.has(label)) continue;
          if (label) labels.add(label);
          check(label ? label.textContent! : node.textContent!, label ?? el, '');
        }
        for (const el of scope.querySelectorAll('[title], [alt], [aria-label]'))
          for (const attr of ['title', 'alt', 'aria-label']) {
            const text = el.getAttribute(attr);
            if (text?.trim()) check(text, el, ` @${attr}`);
          }
      }
      return found;
    },
    { locale, within },
  );
}

test.describe('the language switch keeps the reader’s place', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  /**
   * The switch links to the twin page at the site's canonical address; where that is not the
   * address this build is served from (a test server), it is answered from here, as it would be
   * on the published site.
   */
  async function serveCanonicalHere(context: BrowserContext, page: Page, baseURL: string) {
    const canonical = new URL((await page.locator('a[data-edition-switch]').getAttribute('href'))!, baseURL).origin;
    if (canonical === new URL(baseURL).origin) return;
    await context.route(`${canonical}/**`, async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` }) });
    });
  }

  /**
   * Clicks the switch as a reader does: brought into view first (the page answers that scroll as
   * it answers any other), then clicked.
   */
  async function clickSwitch(page: Page) {
    const link = page.locator('a[data-edition-switch]');
    await link.scrollIntoViewIfNeeded();
    await frames(page, 3);
    await link.click();
  }

  /** Scrolls like a reader until `id` sits at the reading line and the address names it. */
  async function readUpTo(page: Page, id: string) {
    await page.locator(`#${id}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10));
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  }

  test('the switch names the other edition in its own language and links its twin page', async ({ page, edition }) => {
    await openStory(page, edition.at('/'));
    const other = otherOf(edition.locale);
    const link = page.locator('a[data-edition-switch]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('lang', LANG[other]);
    await expect(link).toHaveAttribute('hreflang', LANG[other]);
    expect(new URL((await link.getAttribute('href'))!, 'http://x.test').pathname).toBe(localePath(other, '/'));
  });

  for (const [chart, step] of [
    ['range-arc', 'arc-ring'],
    ['timeline', 'envoy-spa'],
    ['arms-flow', 'flow-aid'],
  ] as const) {
    test(`read up to ${step}, the switch opens the other edition at ${step}`, async ({ page, context, edition, baseURL }) => {
      const other = otherOf(edition.locale);
      await openStory(page, edition.at('/'));
      await serveCanonicalHere(context, page, baseURL!);
      await readUpTo(page, step);
      expect(await currentStep(page, chart)).toBe(step);
      await clickSwitch(page);
      await page.waitForURL((url) => url.pathname === localePath(other, '/') && url.hash === `#${step}`, { timeout: 15_000 });
      await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[other]);
      await expect(page.locator(`figure[data-chart="${chart}"]`)).toHaveAttribute('data-current-step', step);
      await expect(page.locator(`#${step}`)).toBeInViewport();
    });
  }

  test('from the classroom section, the switch opens the other edition at #classroom', async ({ page, context, edition, baseURL }) => {
    const other = otherOf(edition.locale);
    await openStory(page, edition.at('/'));
    await serveCanonicalHere(context, page, baseURL!);
    // A reader who has scrolled on from the story into the classroom section.
    await readUpTo(page, 'flow-treaty');
    await page.locator('#classroom').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40));
    await expect(page.locator('#classroom')).toBeInViewport();
    await clickSwitch(page);
    await page.waitForURL((url) => url.pathname === localePath(other, '/'), { timeout: 15_000 });
    await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
    await expect(page.locator('html')).toHaveAttribute('lang', LANG[other]);
    // The address names the classroom section (or its heading), and the section is what the reader sees.
    const hash = new URL(page.url()).hash.slice(1);
    expect(hash, 'the place the switch kept').not.toBe('');
    expect(await page.evaluate((id) => !!document.getElementById(id)?.closest('#classroom'), hash), `#${hash} is in the classroom section`).toBe(true);
    await expect(page.locator('#classroom')).toBeInViewport();
  });
});

/** A chart's marks as drawn: each keyed mark's layer, tag, key, attributes and, for text, its words. */
interface DrawnMark {
  id: string;
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

async function drawnMarks(page: Page, chart: string): Promise<{ viewBox: string; marks: DrawnMark[] }> {
  return page.locator(`figure[data-chart="${chart}"] .chart-canvas svg[data-scene]`).evaluate((svg) => ({
    viewBox: svg.getAttribute('viewBox') ?? '',
    marks: [...svg.querySelectorAll<SVGElement>('g[data-layer] [data-key]')].map((el) => ({
      id: `${el.parentElement!.dataset.layer}/${el.tagName.toLowerCase()}:${el.dataset.key}`,
      tag: el.tagName.toLowerCase(),
      attrs: Object.fromEntries([...el.attributes].filter((a) => a.name !== 'data-key' && a.name !== 'opacity').map((a) => [a.name, a.value])),
      text: el.tagName.toLowerCase() === 'text' ? (el.textContent ?? '') : '',
    })),
  }));
}

/** The numbers in a path's `d`, shifted so that it starts at 0,0: its shape, wherever it is drawn. M/L/H/V/Z paths only. */
function shapeOf(d: string): string {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  if (tokens.some((t) => /^[a-zA-Z]$/.test(t) && !'MLHVZ'.includes(t))) return d;
  const [x0, y0] = [Number(tokens[1]), Number(tokens[2])];
  let command = '';
  let i = 0;
  return tokens
    .map((t) => {
      if (/^[A-Z]$/.test(t)) {
        command = t;
        i = 0;
        return t;
      }
      const n = Number(t);
      const isX = command === 'H' || ((command === 'M' || command === 'L') && i % 2 === 0);
      i++;
      return String(Math.round((n - (isX ? x0 : y0)) * 100) / 100);
    })
    .join(' ');
}

/**
 * What must be the same in both editions, mark by mark. The words differ, and where the layout
 * is made around them, so does the place they take:
 * - the map and the timeline place no mark by its words: every attribute of every shape is the same;
 * - the flow diagram stacks its lanes under their wrapped labels, sizes each label's ground to its
 *   words, and starts the shell-estimate inset's axis after its sources' names. There a lane is the
 *   same shape wherever it sits (its band's width and arrowhead are the amount and the direction),
 *   a box is as wide and where across, a dot the same size and at the same point of the inset's axis.
 */
function sameState(chart: string, marks: DrawnMark[]): Map<string, string> {
  const byId = new Map(marks.map((m) => [m.id, m]));
  const out = new Map<string, string>();
  const axis = (() => {
    const base = byId.get('inset/line:inset-grid-0');
    const grids = marks.filter((m) => m.id.startsWith('inset/line:inset-grid-')).map((m) => Number(m.attrs.x1));
    if (!base || grids.length < 2) return undefined;
    const x0 = Number(base.attrs.x1);
    const x1 = Math.max(...grids);
    return (x: string | undefined) => (Math.round(((Number(x) - x0) / (x1 - x0)) * 50) / 50).toFixed(2);
  })();
  for (const m of marks) {
    if (m.tag === 'text') continue;
    const { class: cls = '', ...geometry } = m.attrs;
    let shape: Record<string, string> = geometry;
    if (chart === 'arms-flow') {
      if (cls.split(' ').includes('label-ground')) shape = { height: geometry.height! };
      else if (m.id.startsWith('inset/') && axis) {
        // Along the inset's axis (0 at its baseline, 1 at its last gridline); a stick ends a dot's radius short of it.
        shape = m.tag === 'circle' ? { r: geometry.r!, at: axis(geometry.cx) } : { from: axis(geometry.x1) };
      } else if (m.tag === 'path') shape = { d: shapeOf(geometry.d ?? '') };
      else if (m.tag === 'rect') shape = { x: geometry.x!, width: geometry.width!, rx: geometry.rx ?? '' };
      else if (m.tag === 'circle') shape = { r: geometry.r! };
    }
    out.set(m.id, `${m.tag} class="${cls}" ${JSON.stringify(shape, Object.keys(shape).sort())}`);
  }
  return out;
}

/**
 * Words a chart leaves out where they do not fit, so that one edition may draw them and the other
 * not: the map's region names beside a step's own annotations (range-arc/layout.ts: optional
 * labels give way), and the flow diagram's detail, which is the most that fits the height
 * (arms-flow/layout.ts, ATTEMPTS): the lines under a lane and the quotes on the denial cards.
 * Every other mark, every shape and every other label, is drawn in both.
 */
const mayGiveWay = (chart: string, id: string) =>
  (chart === 'range-arc' && /^labels\/text:region-/.test(id)) || (chart === 'arms-flow' && /^(labels\/text:detail-|cards\/text:card-quote-)/.test(id));

test.describe('both editions draw the same chart states', () => {
  for (const width of [390, 1440]) {
    test(`every step of every chart, deep-linked in each edition, at ${width} px`, async ({ browser, edition }) => {
      // The Korean edition against the English: once, in the ko project.
      test.skip(edition.locale === DEFAULT_LOCALE, 'compares another edition with the English one');
      test.setTimeout(240_000);
      const viewport = { width, height: width < 900 ? 844 : 900 };
      const open = (b: Browser) => b.newPage({ viewport, reducedMotion: 'reduce' });
      const [english, own] = [await open(browser), await open(browser)];
      await openStory(english, localePath(DEFAULT_LOCALE, '/'));
      const charts = await chartSteps(english);
      expect(charts.map((c) => c.chart).sort()).toEqual(['arms-flow', 'range-arc', 'timeline']);
      const problems: string[] = [];
      const gaveWay: string[] = [];
      for (const { chart, steps } of charts) {
        for (const step of steps) {
          await openStory(english, localePath(DEFAULT_LOCALE, `/?step=${step}`));
          await openStory(own, edition.at(`/?step=${step}`));
          await frames(english);
          await frames(own);
          expect([await currentStep(english, chart), await currentStep(own, chart)], `${chart} shows ${step}`).toEqual([step, step]);
          const [en, ko] = [await drawnMarks(english, chart), await drawnMarks(own, chart)];
          const at = `${width} px, ${chart} at ${step}`;
          if (en.viewBox !== ko.viewBox) problems.push(`${at}: viewBox ${en.viewBox} / ${ko.viewBox}`);
          // The same marks by key, text marks included.
          const [enKeys, koKeys] = [new Set(en.marks.map((m) => m.id)), new Set(ko.marks.map((m) => m.id))];
          const oneSided = [...[...enKeys].filter((id) => !koKeys.has(id)).map((id) => [id, 'English'] as const), ...[...koKeys].filter((id) => !enKeys.has(id)).map((id) => [id, edition.locale] as const)];
          for (const [id, only] of oneSided) {
            if (mayGiveWay(chart, id)) gaveWay.push(`${at}: ${id} only in ${only}`);
            else problems.push(`${at}: ${id} only in ${only}`);
          }
          // Every shape the same (text may differ).
          const [enState, koState] = [sameState(chart, en.marks), sameState(chart, ko.marks)];
          for (const [id, drawn] of enState) {
            const theirs = koState.get(id);
            if (theirs !== undefined && theirs !== drawn) problems.push(`${at}: ${id}\n    en: ${drawn}\n    ${edition.locale}: ${theirs}`);
          }
        }
      }
      // Said in the report: words one edition fits and the other leaves out.
      for (const description of gaveWay) test.info().annotations.push({ type: 'words that did not fit', description });
      expect(problems, 'differences between the editions’ drawings').toEqual([]);
      await english.close();
      await own.close();
    });
  }
});

test.describe('labels fit when the web fonts never arrive', () => {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 390, height: 844 },
    { width: 768, height: 1024 },
    { width: 1440, height: 900 },
  ]) {
    test(`no two chart labels overlap at any step of any chart, at ${viewport.width} px`, async ({ browser, edition }) => {
      test.setTimeout(180_000);
      const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
      await page.route('**/*.woff2', (route) => route.abort());
      await openStory(page, edition.at('/'));
      const charts = await chartSteps(page);
      const problems: string[] = [];
      for (const { chart, steps } of charts) {
        for (const step of steps) {
          await openStory(page, edition.at(`/?step=${step}`));
          await frames(page);
          expect(await currentStep(page, chart)).toBe(step);
          const report = await measureChartLabels(page, chart);
          expect(report.count, `${chart} at ${step}: labels drawn`).toBeGreaterThan(0);
          for (const overlap of report.overlaps) problems.push(`${chart} at ${step}: ${overlap}`);
        }
      }
      expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length), 'no web font loaded').toBe(0);
      expect(problems, 'overlapping labels').toEqual([]);
      await page.close();
    });
  }
});
