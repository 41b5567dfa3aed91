/**
 * Drives one `figure[data-chart]` in the browser: draws any step at the canvas's real size,
 * keeps `data-current-step`, the step counter and the takeaway in line, and steps with the
 * buttons and arrow keys. It knows nothing of scrolling: the story page, embeds and
 * presentation mode all drive charts through `show`.
 */
import { applyScene } from './apply-scene';
import type { Scene } from './scene';
import { chartClient, type ChartClient } from './client-types';
import { motionAllowed, transitionMs } from '../scrolly/motion';
import { DOWNLOADS, stepImageFile } from '../downloads/names';
import { documentLocale, pageWords } from '../i18n/client-words';
import { localePath } from '../i18n/locales';

/**
 * Why a step is shown: by scrolling, by the reader's buttons or keys, by a link, by a resize, or
 * by scrolling while the chart is far off screen (drawn without motion, or not yet at all).
 */
export type Cause = 'scroll' | 'step' | 'link' | 'resize' | 'offscreen';

export interface ChartController {
  figure: HTMLElement;
  name: string;
  steps: string[];
  current(): string;
  /** Shows `stepId` at `progress`; instant unless the cause is a step or a scroll and motion is allowed. */
  show(stepId: string, progress: number, cause: Cause): void;
  usesProgress(stepId: string): boolean;
}

/** Sets up a chart figure; resolves once its browser module has loaded and drawn the first state. */
export async function controlChart(
  figure: HTMLElement,
  onStep: (chart: ChartController, stepId: string, cause: Cause) => void,
): Promise<ChartController | null> {
  const name = figure.dataset.chart ?? '';
  const loaded = await loadClient(figure, name);
  if (!loaded) return null;
  const { client, data } = loaded;

  const steps = (figure.dataset.steps ?? '').split(' ').filter(Boolean);
  const takeaways = new Map(data.steps.map((s) => [s.id, s.takeaway ?? '']));
  const canvas = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const svgs = [...canvas.querySelectorAll<SVGSVGElement>('svg[data-scene]')];
  // The first build-time SVG becomes the live one; the others were only for readers without JavaScript.
  const svg = svgs[0]!;
  svgs.slice(1).forEach((s) => s.remove());
  canvas.classList.add('is-live');

  const counter = figure.querySelector<HTMLElement>('[data-step-count]');
  const takeaway = figure.querySelector<HTMLElement>('[data-takeaway]');
  const prev = figure.querySelector<HTMLButtonElement>('[data-step-prev]');
  const next = figure.querySelector<HTMLButtonElement>('[data-step-next]');
  const stepImages = [...figure.querySelectorAll<HTMLAnchorElement>('a[data-step-image]')];
  // An embed pinned to dark (`?theme=dark`) offers the dark picture; elsewhere the light one, for slides.
  const imageTheme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const downloads = localePath(documentLocale(), DOWNLOADS);
  figure.querySelector<HTMLElement>('.chart-controls')?.removeAttribute('hidden');

  let currentId = figure.dataset.currentStep ?? steps[0] ?? '';
  let currentProgress = 0;
  let drawnSize = '';

  // The canvas's size, kept by its ResizeObserver: showing a step never reads the layout, so a
  // scroll frame that moves several charts forces no layout between them.
  const sizeOf = (width: number, height: number) => ({ width: Math.max(280, Math.round(width)), height: Math.max(220, Math.round(height)) });
  let canvasSize = sizeOf(canvas.clientWidth, canvas.clientHeight);
  const scenes = sceneCache(client);

  const controller: ChartController = {
    figure,
    name,
    steps,
    current: () => currentId,
    usesProgress: (id) => client.usesProgress?.(id) ?? false,
    show(stepId, progress, cause) {
      if (!steps.includes(stepId)) return;
      const changed = stepId !== currentId;
      const at = canvasSize;
      const sizeKey = `${at.width}x${at.height}`;
      const resized = sizeKey !== drawnSize;
      const same = !changed && Math.abs(progress - currentProgress) < 0.001;
      // A resize that did not change the canvas (the observer's first call, say) has nothing to draw.
      if (same && (cause !== 'resize' || !resized) && svg.dataset.drawn) return;
      currentId = stepId;
      currentProgress = progress;
      const index = steps.indexOf(stepId);
      // Far off screen and not drawn yet: keep the step, and let the idle-time first draw show it.
      if (cause !== 'offscreen' || svg.dataset.drawn) {
        drawnSize = sizeKey;
        const animate = changed && (cause === 'scroll' || cause === 'step');
        applyScene(svg, scenes.at(stepId, progress, at), animate ? transitionMs() : 0);
        svg.dataset.drawn = 'true';
        // The steps a reader reaches next are laid out while the browser is idle, not when they
        // arrive; once per step and size, not on every frame of a scroll through one step.
        if (changed || resized || !svg.dataset.drawn) scenes.prepare([steps[index + 1], steps[index - 1]], at);
      }
      if (figure.dataset.currentStep !== stepId) figure.dataset.currentStep = stepId;
      // Written only when they change: a scroll frame within a step must not re-lay the text out.
      writeText(counter, pageWords().count(index + 1, steps.length));
      writeText(takeaway, takeaways.get(stepId) ?? '');
      for (const a of stepImages) {
        const href = `${downloads}${stepImageFile(stepId, imageTheme, a.dataset.stepImage === 'svg' ? 'svg' : 'png')}`;
        if (a.getAttribute('href') !== href) a.setAttribute('href', href);
      }
      if (prev) prev.disabled = index <= 0;
      if (next) next.disabled = index >= steps.length - 1;
      if (changed || cause === 'link') onStep(controller, stepId, cause);
    },
  };

  wireStepping(controller, prev, next);
  // Until its first draw the chart shows the build-time picture, which scales to any size.
  new ResizeObserver(([entry]) => {
    canvasSize = sizeOf(entry!.contentRect.width, entry!.contentRect.height);
    if (svg.dataset.drawn) controller.show(currentId, currentProgress, 'resize');
  }).observe(canvas);

  // The chart near the screen switches from the build-time picture to its step at once; charts
  // further down do it in idle time, so loading the story does not block on pictures no one sees
  // yet (scrolling or a link to one of their steps draws it at once all the same).
  if (canvas.getBoundingClientRect().top < window.innerHeight * 2) controller.show(currentId, 0, 'link');
  else whenIdle(() => svg.dataset.drawn || controller.show(controller.current(), 0, 'link'));
  return controller;
}

/** The chart's browser module and its data, loaded side by side; null (the build-time picture stays) if either fails. */
async function loadClient(figure: HTMLElement, name: string): Promise<{ client: ChartClient; data: { steps: Array<{ id: string; takeaway?: string }> } } | null> {
  const load = chartClient(name);
  const dataUrl = figure.dataset.chartData;
  if (!load || !dataUrl) return null;
  try {
    const [module, response] = await Promise.all([load(), fetch(dataUrl)]);
    if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
    const data = (await response.json()) as { steps: Array<{ id: string; takeaway?: string }> };
    return { client: module.default(data as never), data };
  } catch (error) {
    console.warn(`The ${name} chart stays as drawn at build time:`, error);
    return null;
  }
}

/** Sets an element's text only when it differs: rewriting even the same text replaces its node and dirties layout. */
function writeText(element: HTMLElement | null, text: string): void {
  if (element && element.textContent !== text) element.textContent = text;
}

/** Back and Next, and the arrow keys on the focused figure, move one step. */
function wireStepping(chart: ChartController, prev: HTMLButtonElement | null, next: HTMLButtonElement | null): void {
  const move = (delta: number) => {
    const target = chart.steps[chart.steps.indexOf(chart.current()) + delta];
    if (target) chart.show(target, 0, 'step');
  };
  prev?.addEventListener('click', () => move(-1));
  next?.addEventListener('click', () => move(1));
  chart.figure.addEventListener('keydown', (event) => {
    if (event.target !== chart.figure || event.altKey || event.ctrlKey || event.metaKey) return;
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    move(delta);
  });
}

/**
 * Scenes by step, progress and size, computed once: a step revisited, or laid out ahead in idle
 * time, costs no layout work when the reader arrives. Kept for one canvas size at a time.
 */
function sceneCache(client: ChartClient) {
  const cache = new Map<string, Scene>();
  let forSize = '';
  // Reduced motion changes the picture of a scroll-drawn step (the flight is drawn whole).
  const key = (stepId: string, progress: number) => `${stepId}@${progress.toFixed(3)}@${motionAllowed()}`;
  const at = (stepId: string, progress: number, size: { width: number; height: number }): Scene => {
    const sizeKey = `${size.width}x${size.height}`;
    if (sizeKey !== forSize) {
      cache.clear();
      forSize = sizeKey;
    }
    const k = key(stepId, progress);
    let scene = cache.get(k);
    if (!scene) {
      scene = client.sceneFor(stepId, progress, size);
      // Scroll-driven progress makes endless keys; keep the whole steps and a window of the rest.
      if (cache.size > 48) cache.delete(cache.keys().next().value!);
      cache.set(k, scene);
    }
    return scene;
  };
  return {
    at,
    prepare(stepIds: Array<string | undefined>, size: { width: number; height: number }) {
      for (const id of stepIds) if (id) whenIdle(() => void at(id, 0, size));
    },
  };
}

/** Runs `task` when the browser is idle (within 2 s at the latest); where idle callbacks are missing, soon after. */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
