/** Browser-side checks for the range map, shared by its end-to-end tests. */
import type { Page } from '@playwright/test';

export const STEPS = ['arc-region', 'arc-launch-area', 'arc-flight', 'arc-landing', 'arc-ring', 'arc-context'];

/** Viewports the labels are checked at: phone, tablet, laptop, wide desktop. */
export const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
  { width: 2560, height: 1440 },
];

export interface LabelReport {
  count: number;
  /** Pairs of labels whose boxes overlap, with the overlap in px. */
  overlaps: string[];
  /** Labels whose box leaves the chart. */
  outside: string[];
  /** Labels drawn smaller than 12 CSS px. */
  small: string[];
  /** The text of every label, for messages. */
  texts: string[];
}

/** Measures every label of the live range map: boxes in CSS pixels, as Chromium lays them out. */
export function measureLabels(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('figure[data-chart="range-arc"] svg[data-scene]')!;
    const frame = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const scale = Math.min(frame.width / vb.width, frame.height / vb.height);
    const texts = [...svg.querySelectorAll<SVGTextElement>('g[data-layer="labels"] text')];
    const boxes = texts.map((t) => ({
      key: t.dataset.key ?? '',
      text: t.textContent ?? '',
      r: t.getBoundingClientRect(),
      size: parseFloat(getComputedStyle(t).fontSize) * scale,
    }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) overlaps.push(`${boxes[i]!.key} × ${boxes[j]!.key} (${w.toFixed(1)}×${h.toFixed(1)} px)`);
      }
    }
    const outside = boxes
      .filter(({ r }) => r.left < frame.left - 0.5 || r.top < frame.top - 0.5 || r.right > frame.right + 0.5 || r.bottom > frame.bottom + 0.5)
      .map(
        ({ key, r }) =>
          `${key} [${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)} → ${Math.round(r.right - frame.left)},${Math.round(r.bottom - frame.top)} in ${Math.round(frame.width)}×${Math.round(frame.height)}]`,
      );
    const small = boxes.filter((b) => b.size < 11.95).map((b) => `${b.key} ${b.size.toFixed(2)}px`);
    return { count: boxes.length, overlaps, outside, small, texts: boxes.map((b) => b.text) };
  });
}

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

/** Opens the page at a step and waits until the map shows it, with fonts loaded. */
export async function openStep(page: Page, step: string): Promise<void> {
  await page.goto(`/?step=${step}`);
  await page.waitForFunction(() => document.documentElement.dataset.story === 'ready');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction((id) => document.querySelector<HTMLElement>('figure[data-chart="range-arc"]')?.dataset.currentStep === id, step);
  await page.waitForTimeout(100);
}
