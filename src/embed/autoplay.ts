/** `?autoplay=1`: the embed steps itself, for hosts that want a moving picture. */
import type { ChartController } from '../charts/controller';
import { pageWords } from '../i18n/client-words';

/** How long each step shows. */
export const AUTOPLAY_MS = 6000;

/**
 * Advances every few seconds, back to the first step after the last. Pauses while the pointer
 * or focus is inside the frame and while the page is hidden, and stops with the Pause button
 * (WCAG 2.2.2). After any pause the step on screen gets its full time again.
 */
export function startAutoplay(chart: ChartController, setAutoplaying: (on: boolean) => void): void {
  const controls = chart.figure.querySelector('.chart-controls');
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'chart-button';
  toggle.dataset.autoplayToggle = '';
  controls?.insertBefore(toggle, controls.querySelector('[data-step-next]'));

  let stopped = false;
  let hovered = false;
  let focused = false;
  let timer = 0;
  const advance = () => {
    setAutoplaying(true);
    chart.show(chart.steps[(chart.steps.indexOf(chart.current()) + 1) % chart.steps.length]!, 0, 'step');
    setAutoplaying(false);
    schedule();
  };
  const schedule = () => {
    clearTimeout(timer);
    const words = pageWords();
    toggle.textContent = stopped ? words.play : words.pause;
    toggle.setAttribute('aria-label', stopped ? words.playLabel : words.pauseLabel);
    if (!stopped && !hovered && !focused && !document.hidden) timer = window.setTimeout(advance, AUTOPLAY_MS);
  };
  const on = (target: EventTarget, type: string, update: (event: Event) => void) =>
    target.addEventListener(type, (event) => (update(event), schedule()));

  on(toggle, 'click', () => (stopped = !stopped));
  on(document.documentElement, 'pointerenter', () => (hovered = true));
  on(document.documentElement, 'pointerleave', () => (hovered = false));
  // Focus on the toggle itself does not pause, or Play could never play.
  on(document, 'focusin', (event) => (focused = event.target !== toggle));
  on(document, 'focusout', (event) => (focused = !!(event as FocusEvent).relatedTarget && (event as FocusEvent).relatedTarget !== toggle));
  on(document, 'visibilitychange', () => {});
  schedule();
}
