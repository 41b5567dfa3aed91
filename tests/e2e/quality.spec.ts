/**
 * Quality gates on the real build in `dist/` (built by the web server before these run):
 * size budgets from bench/budgets.json, valid HTML, internal links and fragments that resolve,
 * share metadata, each edition's language and alternates, the markup readers get without
 * JavaScript, axe on every page, and a Content Security Policy the pages load under with no violation.
 * Pages are discovered, not listed: every HTML file in dist/ of both editions (/ and /ko/),
 * embeds by their /embed/ and /ko/embed/ prefixes. The file runs once, in the `en` project
 * (playwright.config.ts): it already covers every page of every edition.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { checkPageBudgets, listPages, pageWeight } from '../../bench/lib/weights.mjs';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { LANG, LOCALES, OG_LOCALE, localePath, splitLocale, type Locale } from '../../src/i18n/locales';
import { registeredCharts } from '../support/charts';
import { DIST } from '../support/dist';
import { expect, test } from './edition';

/**
 * Waits until a page has fetched all it will: its script has said it is ready, its fonts are
 * settled, and on the story the offline button (loaded last, after idle) is wired. A page with no
 * script (the data page) is loaded when its document is.
 */
async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const d = document.documentElement.dataset;
    const scripted = document.querySelector('script[type="module"]') !== null;
    return (!scripted && document.readyState === 'complete') || d.embed === 'ready' || (d.story === 'ready' && d.offline !== undefined);
  });
  await page.evaluate(() => document.fonts.ready);
}

const dist = DIST;
/** Downloads (the slide decks) are files to take away, not pages: listPages skips the English ones' folder; this, every edition's. */
const isDownload = (route: string) => /^\/([a-z]{2}\/)?downloads\//.test(route);
const pages: Array<{ route: string; file: string }> = listPages(dist).filter((p: { route: string }) => !isDownload(p.route));
const html = (file: string) => readFileSync(file, 'utf8');

/** Content of `<meta name|property=key>` in `doc`. */
const meta = (doc: string, key: string) =>
  doc.match(new RegExp(`<meta (?:name|property)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`))?.[1];

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  return { png: b.subarray(1, 4).toString() === 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

/** dist/ file for a site path, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((f) => existsSync(f));
}

const ids = (doc: string) => new Set([...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** The edition a page belongs to, by its path: `/ko/…` is Korean. */
const editionOf = (route: string): Locale => splitLocale(route)[0];
const canonicalOf = (doc: string) => doc.match(/<link rel="canonical" href="([^"]+)"/)?.[1];

test('the build has every edition’s story page, and each edition an embed of every chart', () => {
  const routes = pages.map((p) => p.route);
  for (const locale of LOCALES) {
    expect(routes).toContain(localePath(locale, '/'));
    for (const chart of registeredCharts()) expect(routes).toContain(localePath(locale, `/embed/${chart}/`));
  }
  // The checks below run over the Korean edition's pages as over the English.
  expect(pages.filter((p) => editionOf(p.route) === 'ko').length).toBeGreaterThan(registeredCharts().length);
});

test('every page is within its size budget (compressed JS, CSS, HTML, fonts)', async ({ browser, baseURL }) => {
  // Every page of both editions, loaded one by one on a busy machine.
  test.setTimeout(300_000);
  // Count what Chromium actually fetches on load: the story loads all its charts' modules, an
  // embed only its own chart's.
  const weights = [];
  for (const p of pages) {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === new URL(baseURL!).origin) fetched.push(decodeURIComponent(url.pathname));
    });
    await page.goto(p.route);
    await loaded(page);
    await page.close();
    weights.push(pageWeight(dist, p.file, { fetched }));
  }
  for (const w of weights) expect(w.missing, `${w.route} references files not in the build`).toEqual([]);
  const rows = checkPageBudgets(weights, budgets);
  expect(rows.length).toBeGreaterThanOrEqual(pages.length * 2);
  // Every page was held to a rule, the Korean ones to their own (/ko/embed/ before /ko/, before the English).
  expect(new Set(rows.map((r: { route: string }) => r.route))).toEqual(new Set(pages.map((p) => p.route)));
  const ruleOf = (route: string) => budgets.pages.find((rule) => route.startsWith(rule.prefix))!;
  for (const row of rows as Array<{ route: string; metric: 'js' | 'total'; limit: number }>) {
    if (row.metric === 'js' || row.metric === 'total') expect(row.limit, `${row.route} ${row.metric}`).toBe(ruleOf(row.route)[row.metric]);
  }
  for (const prefix of ['/ko/', '/ko/embed/']) expect(rows.some((r: { route: string }) => ruleOf(r.route).prefix === prefix), `a page under the ${prefix} rule`).toBe(true);
  const over = rows.filter((r: { ok: boolean }) => !r.ok).map((r: { route: string; metric: string; value: number; limit: number }) => `${r.route} ${r.metric}: ${r.value} B > ${r.limit} B`);
  expect(over).toEqual([]);
});

test('every page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const p of pages) {
    const report = await validator.validateFile(p.file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${p.route}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link, asset and #fragment resolves', () => {
  const origin = new URL(meta(html(join(dist, 'index.html')), 'og:url') ?? 'http://localhost:4321/').origin;
  const broken: string[] = [];
  for (const p of pages) {
    // Markup inside scripts (the embed snippet the page builds, say) is not a link on the page.
    const doc = html(p.file).replace(/<script\b[\s\S]*?<\/script>/g, '');
    for (const m of doc.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      const url = new URL(raw, origin + p.route);
      if (url.origin !== origin) continue;
      const target = url.pathname === p.route ? p.file : fileFor(url.pathname);
      if (!target) {
        broken.push(`${p.route}: ${raw} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(html(target)).has(fragment)) broken.push(`${p.route}: ${raw} (no id "${fragment}")`);
    }
  }
  expect(broken).toEqual([]);
});

test('every chart names its data file by content: the version in each page is the hash of the file it gets', () => {
  const links = pages.flatMap((p) => [...html(p.file).matchAll(/data-chart-data="([^"]+)"/g)].map((m) => ({ route: p.route, url: m[1]! })));
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const { route, url } of links) {
    const [path, query] = url.split('?');
    const file = fileFor(path!);
    expect(file, `${route}: ${url}`).toBeDefined();
    const body = readFileSync(file!, 'utf8');
    expect(() => JSON.parse(body), `${url} is JSON`).not.toThrow();
    expect(query, `${route}: ${url}`).toBe(`v=${createHash('sha256').update(body).digest('base64url').slice(0, 10)}`);
  }
});

test('every page has a canonical URL and Open Graph and Twitter cards with a 1200×630 image from this site', () => {
  for (const p of pages) {
    const doc = html(p.file);
    const canonical = doc.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical, p.route).toBeDefined();
    const site = new URL(canonical!);
    expect(site.pathname, p.route).toBe(p.route);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'twitter:card', 'twitter:title', 'twitter:image']) {
      expect(meta(doc, key), `${p.route} ${key}`).toBeTruthy();
    }
    expect(meta(doc, 'og:url')).toBe(canonical);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(meta(doc, 'og:image')!);
    expect(image.origin, `${p.route} og:image is absolute on the site`).toBe(site.origin);
    const file = fileFor(image.pathname);
    expect(file, `${p.route} og:image ${image.pathname} is built`).toBeDefined();
    expect(pngSize(file!)).toEqual({ png: true, width: 1200, height: 630 });
    // The card is the edition's own (/ko/share/… for a Korean page).
    expect(image.pathname.startsWith(localePath(editionOf(p.route), '/share/')), `${p.route} og:image ${image.pathname}`).toBe(true);
  }
});

test('every page is in its edition’s language, and names its twin in every other edition, which exists', () => {
  const problems: string[] = [];
  for (const p of pages) {
    const doc = html(p.file);
    const locale = editionOf(p.route);
    if (doc.match(/<html lang="([^"]+)"/)?.[1] !== LANG[locale]) problems.push(`${p.route}: <html lang> is not "${LANG[locale]}"`);
    if (meta(doc, 'og:locale') !== OG_LOCALE[locale]) problems.push(`${p.route}: og:locale is not ${OG_LOCALE[locale]}`);
    const alternates = new Map([...doc.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));
    const rest = splitLocale(p.route)[1];
    for (const other of LOCALES) {
      const twin = localePath(other, rest);
      if (alternates.get(LANG[other]) !== twin) problems.push(`${p.route}: hreflang="${LANG[other]}" is ${alternates.get(LANG[other])}, not ${twin}`);
      else if (!fileFor(twin)) problems.push(`${p.route}: hreflang="${LANG[other]}" points to ${twin}, which is not built`);
    }
    if (alternates.get('x-default') !== localePath('en', rest)) problems.push(`${p.route}: hreflang="x-default" is not the English page`);
  }
  expect(problems).toEqual([]);
});

for (const locale of LOCALES) {
  test(`the ${locale} story carries NewsArticle JSON-LD, and it and every chart on it have their own 1200×630 share card (${localePath(locale, '/share/')})`, () => {
    const doc = html(join(dist, localePath(locale, '/index.html')));
    const blocks = [...doc.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const article = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ '@context': 'https://schema.org', headline: expect.any(String), datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\d/), inLanguage: LANG[locale] });
    expect(article.mainEntityOfPage).toBe(canonicalOf(doc));
    // The story's card: /share/story.png, /ko/share/story.png.
    expect(new URL(article.image[0]).pathname).toBe(localePath(locale, '/share/story.png'));
    expect(pngSize(fileFor(localePath(locale, '/share/story.png'))!)).toEqual({ png: true, width: 1200, height: 630 });
    const charts = [...doc.matchAll(/<figure[^>]*\sdata-chart="([^"]+)"/g)].map((m) => m[1]!);
    expect([...charts].sort()).toEqual([...registeredCharts()].sort());
    for (const chart of charts) {
      const card = fileFor(localePath(locale, `/share/${chart}.png`));
      expect(card, `${locale} ${chart} card`).toBeDefined();
      expect(pngSize(card!), chart).toEqual({ png: true, width: 1200, height: 630 });
    }
  });
}

test('the Korean share cards are their own pictures, not copies of the English', () => {
  const bytes = (path: string) => readFileSync(fileFor(path)!);
  for (const name of ['story', ...registeredCharts()]) {
    expect(bytes(localePath('ko', `/share/${name}.png`)).equals(bytes(`/share/${name}.png`)), `${name}.png`).toBe(false);
  }
});

test('the sitemap lists each edition’s story at its canonical URL with hreflang alternates to the others, and robots.txt points to it', () => {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const entries = sitemaps.flatMap((s) => [...readFileSync(join(dist, s), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
  // Each <url>: its address, and its <xhtml:link rel="alternate" hreflang> twins.
  const urls = new Map(
    entries.map((e) => [e.match(/<loc>([^<]+)<\/loc>/)![1]!, new Map([...e.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map((m) => [m[1]!, m[2]!]))]),
  );
  const canonicals = new Map(LOCALES.map((l) => [l, canonicalOf(html(join(dist, localePath(l, '/index.html'))))!]));
  for (const [locale, canonical] of canonicals) {
    expect([...urls.keys()], `${locale} story`).toContain(canonical);
    expect(Object.fromEntries(urls.get(canonical)!), `${locale} story's alternates`).toEqual(Object.fromEntries(LOCALES.map((l) => [LANG[l], canonicals.get(l)])));
  }
  // Every address listed is a page that is built.
  for (const url of urls.keys()) expect(fileFor(new URL(url).pathname), url).toBeDefined();
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', canonicals.get('en')).href}`);
});

test('every page sets a Content Security Policy without unsafe-inline or unsafe-eval for scripts', () => {
  for (const p of pages) {
    const policy = html(p.file).match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(policy, p.route).toBeDefined();
    const directives = Object.fromEntries(policy!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
    expect(directives['default-src'], p.route).toEqual(["'self'"]);
    for (const key of ['script-src', 'script-src-elem', 'script-src-attr']) {
      expect(directives[key] ?? [], `${p.route} ${key}`).not.toContain("'unsafe-inline'");
      expect(directives[key] ?? [], `${p.route} ${key}`).not.toContain("'unsafe-eval'");
    }
    expect(directives['script-src'], p.route).toBeDefined();
  }
});

for (const { route } of pages) {
  test(`${route} loads, runs and scrolls under its CSP with no violation`, async ({ page }) => {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(route);
    await loaded(page);
    // Scroll to the end and back so every chart loads and moves.
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await frame();
      }
    });
    // Every chart has landed, and the browser has gone idle: what the scroll set off has run (and been reported).
    await page.waitForFunction(() => !document.querySelector('svg[data-moving]'));
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));
    violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
    expect(violations).toEqual([]);
    // The scripts ran: a chart on the page went live.
    if (await page.locator('figure[data-chart]').count()) await expect(page.locator('.chart-canvas.is-live').first()).toBeAttached();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { route } of pages) {
    test(`${route}: every chart is drawn in the HTML with its words, and no control that needs the script shows`, async ({ page }) => {
      await page.goto(route);
      for (const figure of await page.locator('figure[data-chart]').all()) {
        const chart = await figure.getAttribute('data-chart');
        // One picture for the screen's width, titled and described for screen readers, and the step's takeaway.
        const svg = figure.locator('svg[data-scene]:visible');
        await expect(svg, `${chart}`).toHaveCount(1);
        await expect(svg.locator('title'), `${chart} title`).not.toBeEmpty();
        await expect(svg.locator('desc'), `${chart} desc`).not.toBeEmpty();
        await expect(figure.locator('[data-takeaway]'), `${chart} takeaway`).not.toBeEmpty();
        await expect(figure.locator('.chart-controls'), `${chart} buttons`).toBeHidden();
      }
      // The buttons a reader sees work without the script: the glossary terms open their popovers natively.
      const buttons = await page.locator('button:visible').evaluateAll((list) => list.filter((b) => !b.hasAttribute('popovertarget')).map((b) => b.outerHTML.slice(0, 120)));
      expect(buttons).toEqual([]);
    });
  }
});

// axe needs JavaScript to run in the page, so it checks each page as a reader with scripts gets it, once its script is ready.
for (const { route } of pages) {
  test(`${route}: axe finds no accessibility violations`, async ({ page }) => {
    await page.goto(route);
    await loaded(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script is blocked and reported (so the check above can fail)', async ({ page }) => {
  await page.goto('/');
  const caught = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
        setTimeout(() => resolve('none'), 2000);
      }),
  );
  expect(caught).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});
