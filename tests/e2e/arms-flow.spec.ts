/** Chapter 3's flow diagram as readers meet it: every step at phone, tablet and desktop widths, motion, no JavaScript, dark mode, the table. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chartMarkup, collectErrors, currentStep, expectNoHorizontalScroll, openStory, scrollThrough, warmFonts } from './helpers';

const CHART = 'arms-flow';
const STEPS = ['flow-shells', 'flow-shell-claims', 'flow-missiles', 'flow-aid', 'flow-denials', 'flow-treaty'];
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
];
const figure = (page: Page) => page.locator(`figure[data-chart="${CHART}"]`);

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

/** Opens every step by its link and checks that its labels sit inside the chart without overlapping. */
async function expectEveryStepFits(page: Page) {
  for (const step of STEPS) {
    await openStory(page, `/?step=${step}`);
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

    test(`every step fits: labels inside the chart, none overlapping, none under 12 px, no sideways scroll`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const errors = collectErrors(page);
      await warmFonts(page);
      await expectEveryStepFits(page);
      expect(errors).toEqual([]);
    });

    test('every step still fits when the web fonts never arrive (the fallback fonts are narrower than Inter)', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.route('**/*.woff2', (route) => route.abort());
      await openStory(page);
      expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length)).toBe(0);
      await expectEveryStepFits(page);
    });

    test('every drawn flow points from its origin to its destination with an arrowhead', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openStory(page, '/?step=flow-treaty');
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

  test('scrolling to each step draws exactly what opening it by link draws', async ({ page, browser }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page);
    await page.locator('#flow-shells').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 1200));
    const scrolled = await scrollThrough(page, 140);
    const direct = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    for (const step of STEPS) {
      expect(scrolled.has(`${CHART}/${step}`), `scrolling reaches ${step}`).toBe(true);
      await openStory(direct, `/?step=${step}`);
      expect(await chartMarkup(direct, CHART), step).toBe(scrolled.get(`${CHART}/${step}`));
    }
    await direct.close();
  });

  test('with motion, the next step draws its new flows over time and lands on the linked picture', async ({ page, browser }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openStory(page, '/?step=flow-missiles');
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
    await openStory(direct, '/?step=flow-aid');
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

  test('under reduced motion the next step is drawn at once', async ({ page, browser }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, '/?step=flow-missiles');
    await figure(page).getByRole('button', { name: 'Next step' }).click();
    const immediately = await chartMarkup(page, CHART);
    const direct = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await openStory(direct, '/?step=flow-aid');
    expect(immediately).toBe(await chartMarkup(direct, CHART));
    await direct.close();
  });

  test('the takeaway and the SVG description follow the step', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, '/?step=flow-denials');
    await expect(figure(page).locator('[data-takeaway]')).toContainText('Pyongyang and Moscow deny');
    const desc = await figure(page).locator('svg desc').first().textContent();
    expect(desc).toContain('Kim Yo Jong');
    expect(desc).toContain('Claimed by');
    await expect(figure(page).getByRole('img')).toHaveAccessibleName(/Flow diagram/);
  });
});

test.describe('what the reader can read off the chart', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test.beforeEach(async ({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

  test('each side’s flows, who claims them and who denies them', async ({ page }) => {
    await openStory(page, '/?step=flow-denials');
    const svg = figure(page).locator('svg[data-scene]').first();
    for (const name of ['Artillery shells', 'Ballistic missiles (Hwasong-11)', 'Food and other aid', 'Refined oil', 'UN veto: sanctions panel ended']) {
      await expect(svg.locator('text.lane-head', { hasText: name })).toBeVisible();
    }
    await expect(svg.locator('text.claim-tag', { hasText: 'Seoul (NIS), Nov 2023' }).first()).toBeVisible();
    await expect(svg.locator('text.denial-tag', { hasText: 'No denial on record' })).toBeVisible();
    await expect(svg.locator('text.cards-head', { hasText: 'PYONGYANG DENIES' })).toBeVisible();
    await expect(svg.locator('text.denial-quote', { hasText: 'without providing any proof' })).toBeVisible();
    await expect(svg.locator('text.denial-who', { hasText: 'Dmitry Peskov, Oct 17, 2023' })).toBeVisible();
  });

  test('the shell estimates step shows each figure with its source, in one unit', async ({ page }) => {
    await openStory(page, '/?step=flow-shell-claims');
    const svg = figure(page).locator('svg[data-scene]').first();
    await expect(svg.locator('text.inset-title')).toHaveText('How the shell estimates grew, in rounds');
    await expect(svg.locator('text.estimate-value')).toHaveText(['over 1M', 'over 2M', 'about 1M', 'up to 3M', 'up to 4.8M', 'over 6M']);
    const sources = svg.locator('text.estimate-source');
    await expect(sources).toHaveCount(6);
    await expect(sources.first()).toHaveText('Seoul (NIS), Nov 2023');
    await expect(sources.last()).toHaveText('Seoul (DIA), Aug 2024');
  });

  test('the data table lists every flow with from, to, what, amount, claimant, date, denials and sources', async ({ page }) => {
    await openStory(page);
    await page.getByText('Table: every claimed flow').click();
    const table = page.getByRole('table', { name: /Flows between North Korea and Russia/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['From', 'To', 'What', 'Amount as stated', 'Claimed by', 'Date', 'Denied by', 'Sources']);
    await expect(table.locator('tbody tr')).toHaveCount(26);
    const veto = table.locator('tr[data-flow="ru-kp-veto-2024-03-28"]');
    await expect(veto).toContainText('Russia');
    await expect(veto).toContainText('one veto (vote 13-1-1)');
    await expect(veto).toContainText('Vassily Nebenzia');
    await expect(table.locator('tr[data-flow="ru-kp-oil-2024-05-02"]')).toContainText('No denial on record');
    const denials = page.getByRole('table', { name: 'The denials, quoted' });
    await expect(denials.locator('tbody tr')).toHaveCount(6);
  });

  test('the figure and its table pass axe', async ({ page }) => {
    await openStory(page, '/?step=flow-treaty');
    await page.getByText('Table: every claimed flow').click();
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
    test(`${scheme}: lanes take their direction's colour from the theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await openStory(page, '/?step=flow-aid');
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
    test(`at ${viewport.width} px the whole picture is in the HTML, titled and described, text 12 px or more`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      const svg = figure(page).locator('svg[data-scene]:visible');
      await expect(svg).toHaveCount(1);
      await expect(svg.locator('title')).toHaveText(/Flow diagram/);
      const desc = await svg.locator('desc').textContent();
      expect(desc).toContain('Article 4');
      expect(desc).toContain('Artillery shells');
      expect(desc).toContain('UN veto');
      await expect(svg.locator('path.lane:not(.is-hidden)')).toHaveCount(9);
      await expect(svg.locator('text.treaty-note')).toContainText('Article 4');
      const sizes = await svg.evaluate((el: SVGSVGElement) => {
        const scale = el.getScreenCTM()!.a;
        return [...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      });
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.99);
      await expectNoHorizontalScroll(page);
    });
  }
});
