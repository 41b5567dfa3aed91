/**
 * Drives one `figure[data-chart]` in the browser: draws any step at the canvas's real size,
 * keeps `data-current-step`, the step counter and the takeaway in line, and steps with the
 * buttons and arrow keys. It knows nothing of scrolling: the story page, embeds and
 * presentation mode all drive charts through `show`.
 */
import { applyScene } from './apply-scene';
import { chartClients, type ChartClient } from './client-types';
import { transitionMs } from '../scrolly/motion';

/** Why a step is shown: by scrolling, by the reader's buttons or keys, or by a link. */
export type Cause = 'scroll' | 'step' | 'link' | 'resize';

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
  const load = chartClients[name];
  const dataUrl = figure.dataset.chartData;
  if (!load || !dataUrl) return null;
  // The module and its data load side by side. Should either fail, the build-time picture stays.
  let client: ChartClient;
  let data: { steps: Array<{ id: string; takeaway?: string }> };
  try {
    const [module, response] = await Promise.all([load(), fetch(dataUrl)]);
    if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
    data = (await response.json()) as typeof data;
    client = module.default(data as never);
  } catch (error) {
    console.warn(`The ${name} chart stays as drawn at build time:`, error);
    return null;
  }

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
  figure.querySelector<HTMLElement>('.chart-controls')?.removeAttribute('hidden');

  let currentId = figure.dataset.currentStep ?? steps[0] ?? '';
  let currentProgress = 0;

  const size = () => ({ width: Math.max(280, Math.round(canvas.clientWidth)), height: Math.max(220, Math.round(canvas.clientHeight)) });

  const controller: ChartController = {
    figure,
    name,
    steps,
    current: () => currentId,
    usesProgress: (id) => client.usesProgress?.(id) ?? false,
    show(stepId, progress, cause) {
      if (!steps.includes(stepId)) return;
      const changed = stepId !== currentId;
      if (!changed && Math.abs(progress - currentProgress) < 0.001 && cause !== 'resize' && svg.dataset.drawn) return;
      currentId = stepId;
      currentProgress = progress;
      const animate = changed && (cause === 'scroll' || cause === 'step');
      applyScene(svg, client.sceneFor(stepId, progress, size()), animate ? transitionMs() : 0);
      svg.dataset.drawn = 'true';
      figure.dataset.currentStep = stepId;
      const index = steps.indexOf(stepId);
      if (counter) counter.textContent = `${index + 1} of ${steps.length}`;
      if (takeaway) takeaway.textContent = takeaways.get(stepId) ?? '';
      if (prev) prev.disabled = index <= 0;
      if (next) next.disabled = index >= steps.length - 1;
      if (changed || cause === 'link') onStep(controller, stepId, cause);
    },
  };

  const move = (delta: number) => {
    const target = steps[steps.indexOf(currentId) + delta];
    if (target) controller.show(target, 0, 'step');
  };
  prev?.addEventListener('click', () => move(-1));
  next?.addEventListener('click', () => move(1));
  figure.addEventListener('keydown', (event) => {
    if (event.target !== figure || event.altKey || event.ctrlKey || event.metaKey) return;
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    move(delta);
  });
  new ResizeObserver(() => controller.show(currentId, currentProgress, 'resize')).observe(canvas);

  controller.show(currentId, 0, 'link');
  return controller;
}
