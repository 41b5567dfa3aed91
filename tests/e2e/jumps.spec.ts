/**
 * Every jump lands on the right picture. A reader may arrive at any step from anywhere: an instant
 * scroll, a clicked #id link, the Home and End keys. For every pair (from, to), the target's chart
 * must show the target step and the same picture whichever place the jump started from. `from`
 * ranges over the top of the page, every step, the classroom kit, the sources and the very bottom.
 * A failure names the pair. The walk runs inside the page and takes each pair once, landing
 * where the next jump starts, so the 550 jumps take seconds, not minutes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './edition';
import { openStory } from './helpers';

const WIDTHS = [320, 390, 1440];

interface Landing {
  from: string;
  to: string;
  /** The target chart's current step after the jump, and a hash of its drawn markup. */
  shown: string;
  picture: string;
}

/**
 * An order of visits in which every ordered pair of distinct places is one jump, exactly once:
 * an Eulerian circuit of the complete directed graph (Hierholzer's algorithm). Each landing is
 * the start of the next jump, so n·(n−1) pairs cost n·(n−1) jumps, not twice that.
 */
export function everyPairOnce(n: number): number[] {
  const next = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => b).filter((b) => b !== a));
  const stack = [0];
  const circuit: number[] = [];
  while (stack.length) {
    const at = stack.at(-1)!;
    if (next[at]!.length) stack.push(next[at]!.pop()!);
    else circuit.push(stack.pop()!);
  }
  return circuit.reverse();
}

/** Walks every (from, to) jump in the page by `how`, and returns where each landed on a step. */
async function jumpAll(page: Page, how: 'scroll' | 'link'): Promise<Landing[]> {
  const places = await page.evaluate(() => [
    'top',
    ...[...document.querySelectorAll<HTMLElement>('figure[data-chart]')].flatMap((f) => (f.dataset.steps ?? '').split(' ').filter(Boolean)),
    'classroom',
    'sources',
    'bottom',
  ]);
  const order = everyPairOnce(places.length).map((i) => places[i]!);
  return page.evaluate(
    async ({ order, how }) => {
      const frames = (n: number) =>
        new Promise<void>((resolve) => {
          const tick = () => (--n <= 0 ? resolve() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        });
      // FNV-1a: compares two drawings without keeping hundreds of copies of the markup.
      const hash = (text: string) => {
        let h = 0x811c9dc5;
        for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        return (h >>> 0).toString(16);
      };
      const figureOf = (step: string) => document.querySelector<HTMLElement>(`figure[data-chart][data-steps~="${step}"]`);
      const trigger = innerHeight * (innerWidth < 900 ? 0.7 : 0.5);
      const pageTop = (id: string) => document.getElementById(id)!.getBoundingClientRect().top + scrollY;
      // A place as a scroll position: a step sits just past the reading line, a section at the top.
      const positionOf = (place: string) =>
        place === 'top' ? 0 : place === 'bottom' ? document.documentElement.scrollHeight : figureOf(place) ? pageTop(place) - trigger + 8 : pageTop(place);
      const link = document.createElement('a');
      document.body.append(link);
      const landings = [];
      for (let i = 1; i < order.length; i++) {
        const [from, to] = [order[i - 1]!, order[i]!];
        if (how === 'link' && to !== 'top' && to !== 'bottom') {
          link.href = `#${to}`;
          link.click();
        } else window.scrollTo({ top: positionOf(to), behavior: 'instant' });
        // The scroll event fires in the next frame and the engine reads the page in that frame or the one after.
        await frames(2);
        const figure = figureOf(to);
        if (figure) landings.push({ from, to, shown: figure.dataset.currentStep ?? '', picture: hash(figure.querySelector('.chart-canvas svg')!.outerHTML) });
      }
      link.remove();
      return landings;
    },
    { order, how },
  );
}

/** Fails with every pair that landed wrong: on another step, or on a picture that depends on where the jump began. */
function expectEveryPairLands(landings: Landing[]) {
  const wrongStep = landings.filter((l) => l.shown !== l.to).map((l) => `${l.from} -> ${l.to}: shows ${l.shown}`);
  expect(wrongStep, 'pairs whose chart shows another step').toEqual([]);
  const first = new Map<string, Landing>();
  for (const l of landings) if (!first.has(l.to)) first.set(l.to, l);
  const otherPicture = landings
    .filter((l) => l.picture !== first.get(l.to)!.picture)
    .map((l) => `${l.from} -> ${l.to}: not the picture drawn on arriving from ${first.get(l.to)!.from}`);
  expect(otherPicture, 'pairs whose picture depends on where the jump began').toEqual([]);
  // Every step was reached from every other place (24 places, 23 ways into each step).
  const froms = new Map<string, Set<string>>();
  for (const l of landings) froms.set(l.to, (froms.get(l.to) ?? new Set()).add(l.from));
  for (const [to, set] of froms) expect(set.size, `ways into ${to}`).toBe(froms.size + 3);
}

for (const width of WIDTHS) {
  test.describe(`every jump lands at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 900 ? 844 : 900 }, reducedMotion: 'reduce' });

    test('by an instant scroll, from everywhere to every step', async ({ page, edition }) => {
      test.setTimeout(180_000);
      await openStory(page, edition.at('/'));
      expectEveryPairLands(await jumpAll(page, 'scroll'));
    });

    test('by a clicked #id link, from everywhere to every step', async ({ page, edition }) => {
      test.setTimeout(180_000);
      await openStory(page, edition.at('/'));
      // A link brings the step's top to the top of the window: past the reading line, so it is current.
      expectEveryPairLands(await jumpAll(page, 'link'));
    });

    test('by the Home and End keys, from everywhere', async ({ page, edition }) => {
      test.setTimeout(120_000);
      await openStory(page, edition.at('/'));
      const { froms, first, last } = await page.evaluate(() => {
        const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
        const steps = figures.map((f) => (f.dataset.steps ?? '').split(' ').filter(Boolean));
        const trigger = innerHeight * (innerWidth < 900 ? 0.7 : 0.5);
        const pageTop = (id: string) => document.getElementById(id)!.getBoundingClientRect().top + scrollY;
        return {
          froms: [['top', 0], ...steps.flat().map((id) => [id, pageTop(id) - trigger + 8]), ['classroom', pageTop('classroom')], ['sources', pageTop('sources')], ['bottom', document.documentElement.scrollHeight]] as Array<[string, number]>,
          first: steps.map((s) => s[0]!),
          last: steps.map((s) => s.at(-1)!),
        };
      });
      const shown = () => page.$$eval('figure[data-chart]', (fs) => fs.map((f) => (f as HTMLElement).dataset.currentStep));
      const failures: string[] = [];
      for (const [from, y] of froms) {
        for (const [key, expected] of [['Home', first], ['End', last]] as const) {
          // Jump, and let a frame draw it, so the key scrolls from the new place and not from one the compositor still holds.
          await page.evaluate(async (top) => {
            window.scrollTo({ top, behavior: 'instant' });
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          }, y);
          // The key scrolls the page (smoothly where the browser likes); wait until it stops, then for the charts.
          // Now and then headless Chromium drops a synthesized key on a busy machine (the page has no
          // handler for Home or End: the scroll is the browser's own), so a key that moved nothing is pressed again.
          // With four test workers on two cores a smooth scroll's frames come slowly: each press gets 8 s.
          const arrived = () => page.waitForFunction((atEnd) => (atEnd ? Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight : scrollY === 0), key === 'End', { timeout: 8000 }).then(() => true, () => false);
          let landed = false;
          for (let press = 0; press < 3 && !landed; press++) {
            await page.keyboard.press(key);
            landed = await arrived();
          }
          if (!landed) failures.push(`${from} -> ${key}: the page stopped at ${await page.evaluate(() => scrollY)} px`);
          await expect.poll(shown, { timeout: 2000 }).toEqual(expected).catch(async () => failures.push(`${from} -> ${key}: shows ${(await shown()).join(', ')}`));
        }
      }
      expect(failures).toEqual([]);
    });
  });
}
