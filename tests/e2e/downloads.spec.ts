/**
 * What a reader can take away (issue 14), checked on the real build: the tables against the
 * content files, the Data Package, every step's pictures, the archive, the slide deck, and the
 * links to all of it on the story (with and without JavaScript), in the embeds and on /data/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse } from 'yaml';
import { frontMatter } from '../support/content';
import { DATA_PACKAGE_V2, rowSchema, validator } from '../support/data-package';
import { DIST } from '../support/dist';

const DIR = `${DIST}/downloads`;
const SLUG = 'envoy-and-the-arc';
const file = (name: string) => readFileSync(`${DIR}/${name}`);
const descriptor = () => JSON.parse(file('datapackage.json').toString('utf8')) as {
  resources: Array<{ name: string; path: string; bytes: number; hash: string; schema: { fields: Array<{ name: string; type: string; itemType?: string; constraints?: { required?: boolean; enum?: unknown[] } }> } }>;
};

// ---- What the content files say, read here without the site's code --------------------------------
type Yaml = Record<string, unknown> & { id: string; sources: string[] };
const yaml = (name: string) => parse(readFileSync(`content/data/${name}.yaml`, 'utf8')) as Yaml[];
const sources = new Map(yaml('sources').map((s) => [s.id, s]));
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const sourceCells = (ids: string[]) => ({
  source_ids: ids.join('|'),
  source_publishers: ids.map((id) => sources.get(id)!.publisher).join('|'),
  source_dates: ids.map((id) => sources.get(id)!.date).join('|'),
  source_urls: ids.map((id) => text(sources.get(id)!.url)).join('|'),
});
const COUNTRY: Record<string, string> = { kp: 'North Korea', ru: 'Russia' };

/** Each CSV's expected cells for the columns that come straight from a content file. */
function expectedRows(): Record<string, Array<Record<string, string>>> {
  const placeName = new Map(yaml('places').map((p) => [p.id, text(p.name)]));
  const denials = new Map(yaml('denials').map((d) => [d.id, d]));
  type Claim = Yaml & { claimedBy: string; what: string; km?: number; surface?: string; date?: string };
  return {
    'launch-claims': yaml('launches').flatMap((l) => {
      const kinds = [['distance', l.distances], ['landing', l.landings], ['weapon', l.claims]] as Array<[string, Claim[] | undefined]>;
      return kinds.flatMap(([kind, claims]) =>
        (claims ?? []).map((c) => ({
          launch_id: l.id, launch_date: text(l.date), launch_time_kst: text(l.time), launch_area: placeName.get(text(l.from))!, claim_id: c.id,
          claim_kind: kind, claimed_by: c.claimedBy, claim: c.what, distance_km: text(c.km), landing_surface: text(c.surface), landing_reported: text(c.date), ...sourceCells(c.sources),
        })),
      );
    }),
    places: yaml('places').map((p) => ({ place_id: p.id, name: text(p.name), local_name: text(p.local), country: text(p.country), kind: text(p.kind), lat: text(p.lat), lon: text(p.lon), precision: text(p.precision), ...sourceCells(p.sources) })),
    exchanges: yaml('exchanges').map((e) => ({
      event_id: e.id, start: text(e.start), end: text(e.end), kind: text(e.kind), direction: text(e.direction), label: text(e.label), who: text(e.who), role: text(e.role),
      place: text(e.place), summary: text(e.summary), uncertainty: text(e.uncertainty), ...sourceCells(e.sources),
    })),
    flows: yaml('flows').map((f) => {
      const deniedBy = (f.deniedBy as string[] | undefined) ?? [];
      return {
        flow_id: f.id, from: COUNTRY[text(f.from)]!, to: COUNTRY[text(f.to)]!, category: text(f.category), what: text(f.what), amount: text(f.amount), value: text(f.value), unit: text(f.unit),
        equivalent: text((f.equivalent as { text?: string } | undefined)?.text), claimant: (f.claimedBy as string[]).join('; '), claim_date: text(f.claimDate), status: text(f.status ?? 'claimed'),
        denial_ids: deniedBy.join('|'), denied_by: deniedBy.map((d) => `${text(denials.get(d)!.who)} (${text(denials.get(d)!.date)})`).join('; '), ...sourceCells(f.sources),
      };
    }),
    denials: yaml('denials').map((d) => ({ denial_id: d.id, date: text(d.date), who: text(d.who), role: text(d.role), side: COUNTRY[text(d.side)]!, quote: text(d.quote), ...sourceCells(d.sources) })),
    sources: yaml('sources').map((s) => ({ source_id: s.id, publisher: text(s.publisher), title: text(s.title), date: text(s.date), url: text(s.url), note: text(s.note) })),
  };
}

const csvRows = (name: string) => {
  const body = file(`${SLUG}_${name}.csv`).toString('utf8');
  expect(body.charCodeAt(0), `${name}.csv starts with a byte-order mark`).toBe(0xfeff);
  return csvParse(body.slice(1));
};

/** The chart steps, chapter by chapter, from the chapters' front matter. */
const chartSteps = readdirSync('content/story')
  .map((f) => frontMatter<{ chart: string; steps?: Array<{ id: string }> }>(f))
  .filter((c) => c.chart !== 'none')
  .map((c) => ({ chart: c.chart, ids: (c.steps ?? []).map((s) => s.id) }));

// This file checks both editions' files: where the suite runs per edition (playwright.config.ts's
// `en` and `ko` projects), the English tests run in `en` and the Korean ones in `ko`, each once.
test.beforeEach(() => {
  const korean = test.info().titlePath.includes('the Korean downloads');
  test.skip(test.info().project.name === (korean ? 'en' : 'ko'), 'the other edition’s project runs this test');
});

test.describe('the tables', () => {
  test("each CSV parses with d3-dsv, and its rows match the content files field for field", () => {
    for (const [name, expected] of Object.entries(expectedRows())) {
      const rows = csvRows(name);
      expect(rows, name).toHaveLength(expected.length);
      // Rows are matched by their key (the first column, with the claim id for launch claims), not by order.
      const key = (r: Record<string, string | undefined>) => `${r[rows.columns[0]!]} ${name === 'launch-claims' ? r.claim_id : ''}`;
      const byKey = new Map(rows.map((r) => [key(r), r]));
      expect(byKey.size, `${name}: keys are unique`).toBe(rows.length);
      for (const want of expected) {
        const row = byKey.get(key(want));
        expect(row, `${name}.csv has ${key(want)}`).toBeDefined();
        const picked = Object.fromEntries(Object.keys(want).map((k) => [k, row![k]]));
        expect(picked, `${name}.csv: ${key(want)}`).toEqual(want);
      }
    }
  });

  test('the distances say how they were made: claimed ones by whom, ours by great circle', () => {
    const claims = csvRows('launch-claims').filter((r) => r.claim_kind === 'distance');
    expect(claims.length).toBeGreaterThan(0);
    for (const r of claims) expect(r.distance_method).toBe(`As stated by ${r.claimed_by}; not measured by us.`);
    const places = csvRows('places');
    expect(places.find((r) => r.place_id === 'chongjin')!.distance_from_launch_km).toBe('401');
    for (const r of places) expect(r.distance_method).toMatch(/^Great-circle distance on a sphere/);
  });

  test('the descriptor validates as a Data Package v2, and names each CSV with its true size and hash', () => {
    const ajv = validator();
    const pkg = descriptor();
    const valid = ajv.validate(DATA_PACKAGE_V2, pkg);
    expect(ajv.errorsText(ajv.errors), 'datapackage.json').toBe('No errors');
    expect(valid).toBe(true);
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(Object.keys(expectedRows()).sort());
    for (const r of pkg.resources) {
      const bytes = file(r.path);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  test("each JSON file validates against its table's schema and holds the CSV's rows", () => {
    const ajv = validator();
    for (const r of descriptor().resources) {
      const rows = JSON.parse(file(r.path.replace(/\.csv$/, '.json')).toString('utf8')) as Array<Record<string, unknown>>;
      ajv.validate(rowSchema(r.schema.fields), rows);
      expect(ajv.errorsText(ajv.errors), r.name).toBe('No errors');
      const csv = csvRows(r.name);
      const asCsv = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : text(v)])));
      expect(asCsv, r.name).toEqual(csv.map((row) => ({ ...row })));
    }
  });
});

test.describe('the pictures of every step', () => {
  const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
  const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  test('every step has SVG and PNG, light and dark, of the right size, each unlike the other steps of its chart', () => {
    for (const { chart, ids } of chartSteps) {
      for (const theme of ['', '_dark']) {
        const seen = { svg: new Set<string>(), png: new Set<string>() };
        for (const id of ids) {
          const svg = file(`${SLUG}_${id}${theme}.svg`);
          const png = file(`${SLUG}_${id}${theme}.png`);
          const svgHeight = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg.toString('utf8'))![1]);
          expect(/<svg[^>]*\swidth="800"/.test(svg.toString('utf8')), `${id}${theme}.svg is 800 wide`).toBe(true);
          expect(pngSize(png), `${id}${theme}.png`).toEqual({ width: 1600, height: svgHeight * 2 });
          seen.svg.add(hash(svg));
          seen.png.add(hash(png));
        }
        expect(seen.svg.size, `${chart}${theme}: SVGs all differ`).toBe(ids.length);
        expect(seen.png.size, `${chart}${theme}: PNGs all differ`).toBe(ids.length);
      }
      expect(hash(file(`${SLUG}_${ids[0]}.png`))).not.toBe(hash(file(`${SLUG}_${ids[0]}_dark.png`)));
    }
  });

  test('each picture has a caption strip: the takeaway, the source line, the licence and the step’s address', () => {
    for (const { ids } of chartSteps) {
      for (const id of ids) {
        const svg = file(`${SLUG}_${id}.svg`).toString('utf8');
        expect(svg, id).toMatch(/class="caption-takeaway"/);
        expect(svg, id).toMatch(/Sources: /);
        expect(svg, id).toContain('CC BY 4.0');
        expect(svg, id).toContain(`/?step=${id}`);
      }
    }
  });

  test('an SVG renders in its own font with every request blocked but its own', async ({ page }) => {
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().endsWith('_arc-ring.svg') ? route.continue() : route.abort();
    });
    await page.goto(`/downloads/${SLUG}_arc-ring.svg`);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.status}`);
    });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f === 'Inter Variable loaded')).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('600 19px "Inter Variable"', 'A 400 km circle'))).toBe(true);
    expect(requests).toHaveLength(1);
  });
});

test('the archive unpacks, holds every download, and its README lists every file in it', () => {
  const zip = unzipSync(file(`${SLUG}_all-data-and-images.zip`));
  const names = Object.keys(zip);
  const readme = strFromU8(zip['README.txt']!);
  for (const name of names) expect(readme, `README lists ${name}`).toContain(name);
  const downloads = readdirSync(DIR).filter((n) => !n.endsWith('.zip'));
  for (const name of downloads) expect(names.some((n) => n === name || n === `images/${name}`), `archive holds ${name}`).toBe(true);
  // The descriptor sits beside its CSVs, so tools load the package straight from the unpacked folder.
  for (const r of descriptor().resources) expect(zip[r.path], r.path).toBeDefined();
  expect(zip['datapackage.json']).toBeDefined();
  expect(readme).toMatch(/CC BY 4\.0|Creative Commons Attribution 4\.0/);
});

test.describe('the slide deck', () => {
  const deck = `${SLUG}_slides.html`;

  test('is valid HTML with a policy that allows no script and no request', async () => {
    const html = file(deck).toString('utf8');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`);
    expect(html).not.toMatch(/<script/);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString(html, deck);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  test('has a slide per step with its chart and takeaway, needs nothing but itself, and PageDown moves one slide', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().endsWith(deck) ? route.continue() : route.abort();
    });
    await page.goto(`/downloads/${deck}`);
    const stepIds = chartSteps.flatMap((c) => c.ids);
    await expect(page.locator('.slide')).toHaveCount(stepIds.length + 2);
    for (const id of stepIds) {
      await expect(page.locator(`section#${id} svg[data-scene]`)).toHaveCount(1);
      await expect(page.locator(`section#${id} .takeaway`)).not.toBeEmpty();
    }
    await page.locator('body').click();
    await page.keyboard.press('PageDown');
    const second = await page.locator('.slide').nth(1).evaluate((el) => (el as HTMLElement).offsetTop);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(second);
    expect(requests).toHaveLength(1);
  });
});

test.describe('the download links', () => {
  const linksResolve = (hrefs: string[]) => {
    for (const href of hrefs) expect(existsSync(`${DIST}${decodeURIComponent(href.split('?')[0]!)}`), href).toBe(true);
  };

  test('the story offers each chart’s data and the step shown, and the step link follows the step', async ({ page }) => {
    await page.goto('/?step=arc-ring');
    const figure = page.locator('figure[data-chart="range-arc"]');
    await expect(figure.locator('.chart-downloads a[download]', { hasText: 'CSV' })).toHaveCount(2);
    await expect(figure.locator('a[data-step-image="png"]')).toHaveAttribute('href', `/downloads/${SLUG}_arc-ring.png`);
    await figure.locator('[data-step-prev]').click();
    await expect(figure).toHaveAttribute('data-current-step', 'arc-landing');
    await expect(figure.locator('a[data-step-image="png"]')).toHaveAttribute('href', `/downloads/${SLUG}_arc-landing.png`);
    await expect(figure.locator('a[data-step-image="svg"]')).toHaveAttribute('href', `/downloads/${SLUG}_arc-landing.svg`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('every chart, its table and each step link their downloads, and each link resolves', async ({ page }) => {
      await page.goto('/');
      for (const { chart, ids } of chartSteps) {
        await expect(page.locator(`figure[data-chart="${chart}"] .chart-downloads a[href$=".csv"]`).first()).toBeAttached();
        for (const id of ids) await expect(page.locator(`#${id} a.step-link[href="/downloads/${SLUG}_${id}.png"]`)).toHaveCount(1);
      }
      await expect(page.locator('.table-downloads')).toHaveCount(chartSteps.length);
      linksResolve(await page.locator('a[href^="/downloads/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
    });
  });

  test('an embed pinned to dark offers the dark picture of its step', async ({ page }) => {
    await page.goto('/embed/timeline/?theme=dark');
    await page.waitForFunction(() => document.documentElement.dataset.embed === 'ready');
    const step = await page.locator('figure[data-chart]').getAttribute('data-current-step');
    await expect(page.locator('a[data-step-image="png"]')).toHaveAttribute('href', `/downloads/${SLUG}_${step}_dark.png`);
  });

  test('every embed shows its chart’s downloads, and each link resolves', async ({ page }) => {
    for (const { chart } of chartSteps) {
      await page.goto(`/embed/${chart}/`);
      const links = page.locator('.chart-downloads a');
      await expect(links.first()).toBeVisible();
      linksResolve((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).filter((h) => h.startsWith('/downloads/')));
    }
  });

  test('/data/ lists every table with its rows, fields and licence, and every step’s pictures', async ({ page }) => {
    await page.goto('/data/');
    const expected = expectedRows();
    for (const [name, rows] of Object.entries(expected)) {
      const section = page.locator('section.dataset', { has: page.locator(`#table-${name}`) });
      await expect(section).toContainText(`${rows.length} rows`);
      await expect(section).toContainText('CC-BY-4.0');
      await expect(section.locator(`a[href="/downloads/${SLUG}_${name}.csv"]`)).toHaveCount(1);
      await expect(section.locator('tbody tr')).toHaveCount(descriptor().resources.find((r) => r.name === name)!.schema.fields.length);
    }
    for (const id of chartSteps.flatMap((c) => c.ids)) await expect(page.locator(`a[href="/downloads/${SLUG}_${id}_dark.svg"]`)).toHaveCount(1);
    linksResolve(await page.locator('a[href^="/downloads/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /data/ or in the slide deck, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const url of ['/data/', `/downloads/${SLUG}_slides.html`]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

// ---- The Korean edition: the same files under /ko/downloads/, each in Korean -----------------------
test.describe('the Korean downloads', () => {
  const KO = `${DIST}/ko/downloads`;
  const koFile = (name: string) => readFileSync(`${KO}/${name}`);
  const koCsv = (name: string) => {
    const body = koFile(`${SLUG}_${name}.csv`).toString('utf8');
    expect(body.charCodeAt(0), `ko ${name}.csv starts with a byte-order mark`).toBe(0xfeff);
    return csvParse(body.slice(1));
  };
  const koDescriptor = () => JSON.parse(koFile('datapackage.json').toString('utf8')) as ReturnType<typeof descriptor> & { title: string; resources: Array<{ title: string }> };
  const HANGUL = /[\uac00-\ud7a3]/;
  const stepIds = chartSteps.flatMap((c) => c.ids);

  test('are every file the English edition has, by the same names', () => {
    expect(readdirSync(KO).sort()).toEqual(readdirSync(DIR).sort());
  });

  test('each Korean CSV has the English rows: same columns, ids, dates, numbers and sources, with Korean text', () => {
    for (const r of descriptor().resources) {
      const [en, ko] = [csvRows(r.name), koCsv(r.name)];
      expect(ko.columns, r.name).toEqual(en.columns);
      expect(ko, r.name).toHaveLength(en.length);
      // Every column but text columns is the same cell for cell: ids, codes, dates, numbers, lists of sources (their publishers are named in Korean).
      const same = r.schema.fields.filter((f) => (f.type !== 'string' && f.name !== 'source_publishers') || f.name.endsWith('_id') || /^(kind|category|status|direction|claim_kind|country|local_name|landing_surface|unit|title|url)$/.test(f.name));
      for (const [i, row] of en.entries()) {
        for (const f of same) expect(ko[i]![f.name], `${r.name} row ${i}, ${f.name}`).toBe(row[f.name]);
      }
      expect(ko.some((row) => Object.values(row).some((v) => HANGUL.test(v ?? ''))), `${r.name} has Korean text`).toBe(true);
    }
    const flows = koCsv('flows');
    expect(new Set(flows.map((f) => f.from))).toEqual(new Set(['북한', '러시아']));
  });

  test('the Korean descriptor validates as a Data Package v2, in Korean, with each Korean CSV’s true size and hash', () => {
    const ajv = validator();
    const pkg = koDescriptor();
    ajv.validate(DATA_PACKAGE_V2, pkg);
    expect(ajv.errorsText(ajv.errors)).toBe('No errors');
    expect(pkg.title).toMatch(HANGUL);
    for (const r of pkg.resources) {
      expect(r.title, r.name).toMatch(HANGUL);
      const bytes = koFile(r.path);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const rows = JSON.parse(koFile(r.path.replace(/\.csv$/, '.json')).toString('utf8')) as unknown[];
      ajv.validate(rowSchema(r.schema.fields), rows);
      expect(ajv.errorsText(ajv.errors), r.name).toBe('No errors');
    }
  });

  test('every Korean picture is 1600 px wide (PNG) and 800 (SVG), with a Korean caption, the Korean credit and the /ko/ address', () => {
    for (const id of stepIds) {
      for (const theme of ['', '_dark']) {
        const svg = koFile(`${SLUG}_${id}${theme}.svg`).toString('utf8');
        const png = koFile(`${SLUG}_${id}${theme}.png`);
        const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]);
        expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, `ko ${id}${theme}.png`).toEqual({ width: 1600, height: height * 2 });
        expect(svg, id).toMatch(/<svg[^>]*\swidth="800"[^>]*xml:lang="ko"/);
        expect(svg, id).toMatch(/class="caption-takeaway"[^>]*>[^<]*[\uac00-\ud7a3]/);
        expect(svg, id).toMatch(/출처/);
        expect(svg, id).toContain('외교 사절과 미사일 궤적 · CC BY 4.0');
        expect(svg, id).toContain(`/ko/?step=${id}`);
        expect(svg, id).toContain("font-family: 'Noto Sans KR'");
      }
    }
    expect(koFile(`${SLUG}_arc-ring.png`).equals(file(`${SLUG}_arc-ring.png`))).toBe(false);
  });

  test('a Korean SVG renders its Hangul in its own font with every request blocked but its own', async ({ page }) => {
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url().endsWith('/ko/downloads/envoy-and-the-arc_arc-ring.svg') ? route.continue() : route.abort();
    });
    await page.goto(`/ko/downloads/${SLUG}_arc-ring.svg`);
    const takeaway = await page.locator('.caption-takeaway').first().textContent();
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...new Set([...document.fonts].map((f) => `${f.family.replace(/"/g, '')} ${f.status}`))];
    });
    expect(fonts).toContain('Noto Sans KR loaded');
    // A slice whose letters only the chart's hidden description uses is never needed, so never loaded; none fails.
    expect(fonts.filter((f) => f.endsWith(' error'))).toEqual([]);
    expect(await page.evaluate((text) => document.fonts.check('600 19px "Noto Sans KR"', text), takeaway!.replace(/[^\uac00-\ud7a3]/g, ''))).toBe(true);
    expect(requests).toHaveLength(1);
  });

  test('the Korean slides are valid HTML in Korean (lang="ko"), a slide per step, needing nothing but themselves', async () => {
    const html = koFile(`${SLUG}_slides.html`).toString('utf8');
    expect(html).toMatch(/<html lang="ko">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`);
    expect(html).not.toMatch(/<script|step \d+ of \d+/);
    for (const id of stepIds) expect(html).toMatch(new RegExp(`<section class="slide" id="${id}" aria-label="[^"]*단계 중 \\d+단계"`));
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, 'ko-slides.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  test('the Korean archive holds every Korean file, with a README in Korean that lists them', () => {
    const zip = unzipSync(koFile(`${SLUG}_all-data-and-images.zip`));
    const readme = strFromU8(zip['README.txt']!);
    expect(readme.split('\n')[0]).toMatch(HANGUL);
    expect(readme).toContain('/ko/data/');
    for (const name of readdirSync(KO).filter((n) => !n.endsWith('.zip'))) {
      const path = zip[name] ? name : `images/${name}`;
      expect(zip[path], `archive holds ${name}`).toBeDefined();
      expect(readme, `README lists ${name}`).toContain(path);
    }
    expect(Buffer.from(zip[`${SLUG}_flows.csv`]!).equals(koFile(`${SLUG}_flows.csv`)), 'the archive’s CSV is the served one').toBe(true);
  });

  test('/ko/data/ is in Korean, lists every Korean file, and each link resolves', async ({ page }) => {
    await page.goto('/ko/data/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('h1')).toContainText(HANGUL);
    const expected = expectedRows();
    for (const [name, rows] of Object.entries(expected)) {
      const section = page.locator('section.dataset', { has: page.locator(`#table-${name}`) });
      await expect(section).toContainText(`${rows.length}행`);
      await expect(section.locator(`a[href="/ko/downloads/${SLUG}_${name}.json"]`)).toHaveCount(1);
    }
    for (const id of stepIds) await expect(page.locator(`a[href="/ko/?step=${id}"]`)).toHaveCount(1);
    const hrefs = await page.locator('a[href*="/downloads/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.startsWith('/ko/downloads/')), 'every download link is Korean').toBe(true);
    expect([...new Set(hrefs.map((h) => h.replace('/ko/downloads/', '')))].sort()).toEqual(readdirSync(KO).sort());
    for (const href of hrefs) expect(existsSync(`${DIST}${decodeURIComponent(href)}`), href).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on /ko/data/ or in the Korean slides, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const url of ['/ko/data/', `/ko/downloads/${SLUG}_slides.html`]) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});
