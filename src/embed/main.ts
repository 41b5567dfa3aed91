/**
 * The embed page's only script: one chart, stepped by buttons and keys (no scrolling inside a
 * frame), options from the address (see options.ts), its height reported to the host.
 */
import { controlChart, type Cause, type ChartController } from '../charts/controller';
import { motionAllowed } from '../scrolly/motion';
import { reportHeight } from './height';
import { embedOptions } from './options';
import { pageWords } from '../i18n/client-words';

async function startEmbed(): Promise<void> {
  const figure = document.querySelector<HTMLElement>('figure[data-chart]');
  if (!figure) return;
  // Every change of size (load, fonts, resize, a step's longer caption) reaches the host from here on.
  reportHeight(new URLSearchParams(location.search).get('childId'));
  const steps = (figure.dataset.steps ?? '').split(' ');
  const options = embedOptions(location.search, steps);
  if (options.step) figure.dataset.currentStep = options.step;

  const storyLink = document.querySelector<HTMLAnchorElement>('a[data-story-link]');
  const announcer = document.getElementById('step-announcer');
  let autoplaying = false;
  const onStep = (chart: ChartController, stepId: string, cause: Cause) => {
    // The link back opens the story at the step shown (its address always carries ?step=).
    if (storyLink) storyLink.href = storyLink.href.replace(/step=[^&#]*/, `step=${encodeURIComponent(stepId)}`);
    if (cause === 'step' && announcer && !autoplaying) {
      announcer.textContent = pageWords().stepOf(chart.steps.indexOf(stepId) + 1, chart.steps.length, figure.querySelector('[data-takeaway]')?.textContent ?? '');
    }
  };

  const chart = await controlChart(figure, onStep);
  if (!chart) return;
  if (!options.controls) {
    // A still picture: no buttons, no keys, nothing to focus.
    const controls = figure.querySelector('.chart-controls');
    controls?.setAttribute('hidden', '');
    // Not even as the invisible row kept for buttons that are coming (charts.css).
    controls?.setAttribute('data-off', '');
    figure.removeAttribute('tabindex');
  } else {
    // The focused figure steps on arrow keys; anywhere else in the frame (its buttons, its link)
    // they step it too, through the figure's own handler: a frame has nothing of its own to scroll.
    document.addEventListener('keydown', (event) => {
      if (event.target === figure) return;
      const copy = new KeyboardEvent('keydown', event);
      figure.dispatchEvent(copy);
      if (copy.defaultPrevented) event.preventDefault();
    });
    // Loaded only when asked for, so the usual embed does not pay for it.
    if (options.autoplay && motionAllowed()) void import('./autoplay').then((m) => m.startAutoplay(chart, (on) => (autoplaying = on)));
  }
  document.documentElement.dataset.embed = 'ready';
}

void startEmbed();
