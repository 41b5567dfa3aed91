/** Browser-side checks for the range map, shared by its end-to-end tests. */
import type { Page } from '@playwright/test';
import type { Edition } from './edition';
import { frames, measureChartLabels, type LabelReport } from './helpers';

export type { LabelReport };

export const STEPS = ['arc-region', 'arc-launch-area', 'arc-flight', 'arc-landing', 'arc-ring', 'arc-context'];

/** Viewports the labels are checked at: phone, tablet, laptop, wide desktop. */
export const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
  { width: 2560, height: 1440 },
];

/** Measures every label of the live range map: boxes in CSS pixels, as Chromium lays them out (helpers.ts). */
export const measureLabels = (page: Page): Promise<LabelReport> => measureChartLabels(page, 'range-arc');

/** The step-dependent marks of the live map, serialised: what "the same picture" means. */
export function scenePicture(page: Page): Promise<string> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('figure[data-chart="range-arc"] svg[data-scene]')!;
    const parts = [svg.getAttribute('viewBox') ?? ''];
    for (const el of svg.querySelectorAll<SVGElement>('g[data-layer] [data-key]')) {
      const attrs = [...el.attributes]
        .filter((a) => a.name !== 'opacity')
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      parts.push(`${el.tagName} ${attrs.join(' ')} ${el.tagName === 'text' ? el.textContent : ''}`);
    }
    return parts.join('\n');
  });
}

/** Opens the story at a step in the edition and waits until the map shows it, with fonts loaded. */
export async function openStep(page: Page, edition: Edition, step: string): Promise<void> {
  await page.goto(edition.at(`/?step=${step}`));
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction((id) => document.querySelector<HTMLElement>('figure[data-chart="range-arc"]')?.dataset.currentStep === id, step);
  await frames(page);
}
