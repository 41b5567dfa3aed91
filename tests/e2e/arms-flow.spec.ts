/** Chapter 3's flow diagram as readers meet it: every step at phone, tablet and desktop widths, motion, no JavaScript, dark mode, the table. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { WORDS, type Qualifier } from '../../src/charts/arms-flow/words';
import type { Locale } from '../../src/i18n/locales';
import { dateRange, monthYear } from '../../src/lib/dates';
import { chapterOf, rowIn, rowsIn, takeawayOf } from '../support/edition-content';
import { expect, test } from './edition';
import { chartMarkup, collectErrors, currentStep, expectNoHorizontalScroll, openStory, scrollThrough, warmFonts } from './helpers';

const CHART = 'arms-flow';
const STEPS = ['flow-shells', 'flow-shell-claims', 'flow-missiles', 'flow-aid', 'flow-denials', 'flow-treaty'];
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
];
const figure = (page: Page) => page.locator(`figure[data-chart="${CHART}"]`);

/** The chart's words in an edition (src/charts/arms-flow/words.ts). */
const chartWords = (locale: Locale) => WORDS[locale];
/** The first and last dates of the claims and denials in the data files: the span the title and the table's caption name. */
const span = () => {
  const dates = [...rowsIn<{ claimDate: string }>('flows', 'en').map((r) => r.data.claimDate), ...rowsIn<{ date: string }>('denials', 'en').map((r) => r.data.date)].sort();
  return { first: dates[0]!, last: dates.at(-1)! };
};
const titleIn = (locale: Locale) => WORDS[locale].title(span().first.slice(0, 4), span().last.slice(0, 4));
const captionIn = (locale: Locale) => WORDS[locale].table.caption(monthYear(span().first, locale), monthYear(span().last, locale));

interface FlowRow {
  amount?: string;
  claimantShort?: string;
  claimDate: string;
  value?: number;
  unit?: string;
  equivalent?: { value: number; unit: string };
}
interface DenialRow {
  who: string;
  date: string;
  quote: string;
}

/** The note on the treaty's frame, in the chapter's step table (its last step's `frame`), in the edition. */
const treatyNote = (locale: Locale) => chapterOf(locale, CHART).steps.find((s) => s.frame)!.frame!.note;

/** A `<text>` as read: its lines (tspans) joined by spaces, as the chart wrapped them at spaces. */
const lines = (text: Locator) =>
  text.evaluate((el) => {
    const spans = [...el.querySelectorAll('tspan')];
    return (spans.length ? spans.map((t) => t.textContent ?? '') : [el.textContent ?? '']).join(' ').replace(/\s+/g, ' ').trim();
  });

/** Every visible text in the chart's SVG: its box on screen and its font size on screen. */
async function visibleTexts(page: Page) {
  return figure(page)
    .locator('svg[data-scene]')
    .first()
    .evaluate((svg: SVGSVGElement) => {
      const scale = svg.getScreenCTM()!.a;
      return [...svg.querySelectorAll('text')]
        .filter((t) => Number(getComputedStyle(t).opacity) > 0 && t.textContent!.trim() && getComputedStyle(t).display !== 'none')
        .map((t) => {
          const r = t.getBoundingClientRect();
          return { key: t.dataset.key ?? '', text: t.textContent!, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        });
    });
}

async function svgBox(page: Page) {
  return figure(page).locator('svg[data-scene]').first().evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
  });
}

/** Opens every step by its link (`at` gives the edition's address) and checks that its labels sit inside the chart without overlapping. */
async function expectEveryStepFits(page: Page, at: (path: string) => string) {
  for (const step of STEPS) {
    await openStory(page, at(`/?step=${step}`));
    expect(await currentStep(page, CHART)).toBe(step);
    const texts = await visibleTexts(page);
    const box = await svgBox(page);
    expect(texts.length, `${step} has labels`).toBeGreaterThan(3);
    for (const t of texts) {
      expect(t.px, `${step}: "${t.text}" size`).toBeGreaterThanOrEqual(11.99);
      expect(t.x0, `${step}: "${t.text}" left`).toBeGreaterThanOrEqual(box.x0 - 1);
      expect(t.x1, `${step}: "${t.text}" right`).toBeLessThanOrEqual(box.x1 + 1);
      expect(t.y0, `${step}: "${t.text}" top`).toBeGreaterThanOrEqual(box.y0 - 1);
      expect(t.y1, `${step}: "${t.text}" bottom`).toBeLessThanOrEqual(box.y1 + 1);
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!;
        const b = texts[j]!;
        const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        expect(ox > 1 && oy > 1, `${step}: "${a.text}" overlaps "${b.text}"`).toBe(false);
      }
    }
    await expectNoHorizontalScroll(page);
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`every step fits: labels inside the chart, none overlapping, none under 12 px, no sideways scroll`, async ({ page, edition }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const errors = collectErrors(page);
      // Both editions load the same font files (Korean text is set in the reader's system fonts).
      await warmFonts(page);
      await expectEveryStepFits(page, edition.at);
      expect(errors).toEqual([]);
    });

    test('every step still fits when the web fonts never arrive (the fallback fonts are narrower than Inter)', async ({ page, edition }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.route('**/*.woff2', (route) => route.abort());
      await openStory(page, edition.at('/'));
      expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length)).toBe(0);
      await expectEveryStepFits(page, edition.at);
    });

    test('every drawn flow points from its origin to its destination with an arrowhead', async ({ page, edition }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openStory(page, edition.at('/?step=flow-treaty'));
      const lanes = await figure(page).locator('path.lane:not(.is-hidden)').evaluateAll((paths) =>
        paths.map((p) => {
          const n = (p.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
          // M tail,top H neck V headTop L tip,centre …: the head is wider than the band.
          return { cls: p.getAttribute('class')!, tail: n[0]!, neck: n[2]!, tip: n[4]!, band: n[8]! - n[1]!, head: n[7]! - n[3]! };
        }),
      );
      expect(lanes).toHaveLength(9);
      for (const lane of lanes) {
        expect(lane.head).toBeGreaterThan(lane.band);
        if (lane.cls.includes('dir-kp-to-ru')) expect(lane.tip).toBeGreaterThan(lane.tail);
        else expect(lane.tip).toBeLessThan(lane.tail);
      }
      // One width for every lane: amounts in different units are never drawn as comparable widths.
      expect(new Set(lanes.map((l) => l.band.toFixed(2))).size).toBe(1);
    });
  });
}

test.describe('getting to a step', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('scrolling to each step draws exactly what opening it by link draws', async ({ page, browser, edition }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/'));
    await page.locator('#flow-shells').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 1200));
    const scrolled = await scrollThrough(page, 140);
    const direct = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    for (const step of STEPS) {
      expect(scrolled.has(`${CHART}/${step}`), `scrolling reaches ${step}`).toBe(true);
      await openStory(direct, edition.at(`/?step=${step}`));
      expect(await chartMarkup(direct, CHART), step).toBe(scrolled.get(`${CHART}/${step}`));
    }
    await direct.close();
  });

  test('with motion, the next step draws its new flows over time and lands on the linked picture', async ({ page, browser, edition }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openStory(page, edition.at('/?step=flow-missiles'));
    // Sample the food lane on every frame after the click, in the page, so the test's own latency cannot hide the motion.
    const frames = await figure(page).evaluate(async (fig) => {
      const lane = () => fig.querySelector('path[data-key="lane-food"]')!;
      const seen: Array<{ d: string; opacity: number }> = [];
      fig.querySelector<HTMLButtonElement>('[data-step-next]')!.click();
      const start = performance.now();
      while (performance.now() - start < 800) {
        await new Promise((r) => requestAnimationFrame(r));
        seen.push({ d: lane().getAttribute('d')!, opacity: Number(lane().getAttribute('opacity')) });
      }
      return seen;
    });
    const direct = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await openStory(direct, edition.at('/?step=flow-aid'));
    const finalD = await direct.locator(`figure[data-chart="${CHART}"] path[data-key="lane-food"]`).getAttribute('d');
    // The arrow grows out of Russia: its tip moves left over several frames while it fades in.
    const tips = frames.map((f) => Number(f.d.match(/L(-?[\d.]+),/)![1]));
    expect(new Set(tips).size).toBeGreaterThan(4);
    expect(tips[0]!).toBeGreaterThan(tips[tips.length - 1]!);
    expect(frames.some((f) => f.opacity > 0 && f.opacity < 1)).toBe(true);
    expect(frames[frames.length - 1]!.d).toBe(finalD);
    await expect.poll(() => chartMarkup(page, CHART), { timeout: 3000 }).toBe(await chartMarkup(direct, CHART));
    await direct.close();
  });

  test('under reduced motion the next step is drawn at once', async ({ page, browser, edition }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/?step=flow-missiles'));
    await figure(page).getByRole('button', { name: edition.words.chart.nextLabel }).click();
    const immediately = await chartMarkup(page, CHART);
    const direct = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await openStory(direct, edition.at('/?step=flow-aid'));
    expect(immediately).toBe(await chartMarkup(direct, CHART));
    await direct.close();
  });

  test('the takeaway and the SVG description follow the step', async ({ page, edition }) => {
    const w = chartWords(edition.locale);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, edition.at('/?step=flow-denials'));
    await expect(figure(page).locator('[data-takeaway]')).toHaveText(takeawayOf(edition.locale, 'flow-denials'));
    const desc = await figure(page).locator('svg desc').first().textContent();
    // The step quotes the denials by name, and attributes every claim.
    expect(desc).toContain(rowIn<DenialRow>('denials', 'kim-yo-jong-2024-05-17', edition.locale).who);
    expect(desc).toContain(w.claimTag([]).trim());
    await expect(figure(page).getByRole('img')).toHaveAccessibleName(new RegExp(`^${titleIn(edition.locale).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

test.describe('what the reader can read off the chart', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test.beforeEach(async ({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

  test('each side’s flows, who claims them and who denies them', async ({ page, edition }) => {
    const w = chartWords(edition.locale);
    await openStory(page, edition.at('/?step=flow-denials'));
    const svg = figure(page).locator('svg[data-scene]').first();
    for (const lane of ['shells', 'missiles', 'food', 'oil', 'diplomatic-cover'] as const) {
      await expect(svg.locator(`text.lane-head[data-key="head-${lane}"]`)).toBeVisible();
      await expect(svg.locator(`text.lane-head[data-key="head-${lane}"]`)).toHaveText(w.lanes[lane].name);
    }
    // The shells' claims name Seoul's spy agency and the month of its first count.
    const nis = rowIn<FlowRow>('flows', 'kp-ru-shells-2023-11-01', edition.locale);
    const claimed = w.claimTag([[nis.claimantShort!, w.months([nis.claimDate.slice(0, 7)])]]).slice(w.claimTag([]).length);
    const tags = svg.locator('text.claim-tag');
    const withNis: Locator[] = [];
    for (const tag of await tags.all()) if ((await lines(tag)).includes(claimed)) withNis.push(tag);
    expect(withNis.length, `a claim tag reads "${claimed}"`).toBeGreaterThan(0);
    await expect(withNis[0]!).toBeVisible();
    await expect(svg.locator('text.denial-tag', { hasText: w.noDenial })).toBeVisible();
    // Over the denials: the capital that denies, upper-cased where the script has case.
    await expect(svg.locator('text.cards-head[data-key="cards-head-kp"]')).toHaveText(w.cards.head(w.capital.kp).toLocaleUpperCase(edition.locale));
    await expect(svg.locator('text.cards-head[data-key="cards-head-kp"]')).toBeVisible();
    const peskov = rowIn<DenialRow>('denials', 'peskov-2023-10-17', edition.locale);
    const quote = svg.locator('text.denial-quote[data-key="card-quote-peskov-2023-10-17"]');
    await expect(quote).toBeVisible();
    expect(await lines(quote)).toContain(`“${peskov.quote}”`);
    const who = svg.locator('text.denial-who[data-key="card-who-peskov-2023-10-17"]');
    await expect(who).toBeVisible();
    expect(await lines(who)).toBe(w.cards.who(peskov.who, dateRange(peskov.date, undefined, edition.locale)));
  });

  test('the shell estimates step shows each figure with its source, in one unit', async ({ page, edition }) => {
    const w = chartWords(edition.locale);
    // Each estimate in rounds, and the bound its claimant put on it (the figures are the data's; the words the edition's).
    const ESTIMATES: Array<[flow: string, qualifier: Qualifier]> = [
      ['kp-ru-shells-2023-11-01', 'more than'],
      ['kp-ru-containers-2023-12-29', 'more than'],
      ['kp-ru-shells-2024-01-15', 'about'],
      ['kp-ru-shells-2024-02-26', 'up to'],
      ['kp-ru-shells-2024-06-14', 'up to'],
      ['kp-ru-containers-2024-08-27', 'more than'],
    ];
    const flows = ESTIMATES.map(([id, qualifier]) => ({ qualifier, ...rowIn<FlowRow>('flows', id, edition.locale) }));
    const rounds = (f: FlowRow) => (f.unit === 'rounds' && f.value !== undefined ? f.value : f.equivalent!.value);
    const source = (f: FlowRow) => w.inset.source(f.claimantShort!, w.monthYear(f.claimDate));
    await openStory(page, edition.at('/?step=flow-shell-claims'));
    const svg = figure(page).locator('svg[data-scene]').first();
    await expect(svg.locator('text.inset-title')).toHaveText(w.inset.title);
    await expect(svg.locator('text.estimate-value')).toHaveText(flows.map((f) => w.inset.value(f.qualifier, w.inset.millions(rounds(f)))));
    const sources = svg.locator('text.estimate-source');
    await expect(sources).toHaveCount(6);
    await expect(sources.first()).toHaveText(source(flows[0]!));
    await expect(sources.last()).toHaveText(source(flows.at(-1)!));
  });

  test('the data table lists every flow with from, to, what, amount, claimant, date, denials and sources', async ({ page, edition }) => {
    const t = chartWords(edition.locale).table;
    await openStory(page, edition.at('/'));
    await page.getByText(t.label).click();
    const table = page.getByRole('table', { name: captionIn(edition.locale) });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([t.from, t.to, t.what, t.amount, t.claimedBy, t.date, t.deniedBy, t.sources]);
    await expect(table.locator('tbody tr')).toHaveCount(26);
    const veto = table.locator('tr[data-flow="ru-kp-veto-2024-03-28"]');
    await expect(veto).toContainText(chartWords(edition.locale).side.ru);
    await expect(veto).toContainText(rowIn<FlowRow>('flows', 'ru-kp-veto-2024-03-28', edition.locale).amount!);
    await expect(veto).toContainText(rowIn<DenialRow>('denials', 'nebenzia-2024-03-28', edition.locale).who);
    await expect(table.locator('tr[data-flow="ru-kp-oil-2024-05-02"]')).toContainText(t.noDenial);
    const denials = page.getByRole('table', { name: t.denialsCaption });
    await expect(denials.locator('tbody tr')).toHaveCount(6);
  });

  test('the figure and its table pass axe', async ({ page, edition }) => {
    await openStory(page, edition.at('/?step=flow-treaty'));
    await page.getByText(chartWords(edition.locale).table.label).click();
    const results = await new AxeBuilder({ page }).include(`figure[data-chart="${CHART}"]`).include('.arms-flow-table').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});

test.describe('themes', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const [scheme, kpToRu, ruToKp] of [
    ['light', 'rgb(194, 78, 0)', 'rgb(0, 103, 165)'],
    ['dark', 'rgb(255, 138, 76)', 'rgb(92, 184, 240)'],
  ] as const) {
    test(`${scheme}: lanes take their direction's colour from the theme`, async ({ page, edition }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await openStory(page, edition.at('/?step=flow-aid'));
      const fill = (key: string) => figure(page).locator(`path[data-key="${key}"]`).evaluate((p) => getComputedStyle(p).fill);
      expect(await fill('lane-shells')).toBe(kpToRu);
      expect(await fill('lane-oil')).toBe(ruToKp);
      const ink = await figure(page).locator('text.lane-head').first().evaluate((t) => getComputedStyle(t).fill);
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(ink).not.toBe(bg);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const viewport of [
    { width: 320, height: 568 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${viewport.width} px the whole picture is in the HTML, titled and described, text 12 px or more`, async ({ page, edition }) => {
      const w = chartWords(edition.locale);
      // The treaty's frame, as the chapter's last step gives it ("Article 4: …"), in the edition.
      const frame = treatyNote(edition.locale);
      await page.setViewportSize(viewport);
      await page.goto(edition.at('/'));
      const svg = figure(page).locator('svg[data-scene]:visible');
      await expect(svg).toHaveCount(1);
      await expect(svg.locator('title')).toHaveText(titleIn(edition.locale));
      const desc = await svg.locator('desc').textContent();
      expect(desc).toContain(frame);
      expect(desc).toContain(w.lanes.shells.name);
      expect(desc).toContain(w.lanes['diplomatic-cover'].name);
      await expect(svg.locator('path.lane:not(.is-hidden)')).toHaveCount(9);
      // The note on the picture begins with the article's name ("Article 4"), before its colon.
      await expect(svg.locator('text.treaty-note')).toContainText(frame.split(':')[0]!);
      const sizes = await svg.evaluate((el: SVGSVGElement) => {
        const scale = el.getScreenCTM()!.a;
        return [...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      });
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.99);
      await expectNoHorizontalScroll(page);
    });
  }
});
