/** Accessibility at every step of every chart, in light and dark, and with the keyboard alone. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './edition';
import { takeawayOf } from '../support/edition-content';
import { chartSteps, openStory } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations at any step of any chart, ${colorScheme}`, async ({ page, edition }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openStory(page, edition.at('/'));
    const whole = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(whole.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    for (const { chart, steps } of await chartSteps(page)) {
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      await figure.scrollIntoViewIfNeeded();
      for (const step of steps) {
        await page.goto(edition.at(`/?step=${step}`));
        await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
        const results = await new AxeBuilder({ page }).include(`figure[data-chart="${chart}"]`).include(`#${step}`).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${chart}/${step} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        // The chart says what this step shows, for readers who cannot see it.
        const takeaway = (await figure.locator('[data-takeaway]').textContent())?.trim() ?? '';
        expect(takeaway.length, `${step} has a takeaway`).toBeGreaterThan(10);
        // In the edition's language: its own chapter's takeaway.
        expect(takeaway, `${step}'s takeaway`).toBe(takeawayOf(edition.locale, step));
        await expect(figure.locator('svg[data-scene] > desc').first()).toContainText(takeaway.slice(0, 20));
      }
    }
  });
}

test('every step can be reached with the keyboard alone', async ({ page, edition }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, edition.at('/'));
  for (const { chart, steps } of await chartSteps(page)) {
    const figure = page.locator(`figure[data-chart="${chart}"]`);
    // Tab to the chart like a keyboard user: it is a tab stop with a visible focus ring.
    await page.locator('body').focus();
    for (let i = 0; i < 400 && !(await figure.evaluate((f) => f === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(figure).toBeFocused();
    const outline = await figure.evaluate((f) => getComputedStyle(f).outlineStyle);
    expect(outline).not.toBe('none');
    for (const [i, step] of steps.entries()) {
      await expect(figure).toHaveAttribute('data-current-step', step);
      await expect(page.locator(`#${step}`)).toBeInViewport();
      if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
    }
  }
});

test('the colour tokens keep text at 4.5:1 and chart marks at 3:1 against the page, light and dark', async ({ page, edition }) => {
  await page.goto(edition.at('/'));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const ratios = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const rgb = (name: string) => {
        const probe = document.createElement('i');
        probe.style.color = style.getPropertyValue(name);
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        return [r!, g!, b!];
      };
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((s, c, i) => s + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const ratio = (a: string, b: string) => {
        const [l1, l2] = [lum(rgb(a)), lum(rgb(b))].sort((x, y) => y - x);
        return (l1! + 0.05) / (l2! + 0.05);
      };
      const out: Record<string, number> = {};
      for (const text of ['--ink', '--ink-muted']) out[`${text} on --bg`] = ratio(text, '--bg');
      for (const mark of ['--kp-to-ru', '--ru-to-kp', '--claim', '--denial', '--uncertain', '--event']) out[`${mark} on --bg`] = ratio(mark, '--bg');
      return out;
    });
    for (const [pair, value] of Object.entries(ratios)) {
      // Claims and denials are also written in their colours, so they are held to the text standard.
      const min = /^--(ink|claim|denial)/.test(pair) ? 4.5 : 3;
      expect(value, `${colorScheme}: ${pair}`).toBeGreaterThanOrEqual(min);
    }
  }
});
