/**
 * Presentation mode, for a projector: one step at a time, full screen, a large chart beside
 * large text. Arrow keys, PageUp/PageDown (what clickers send) and Space step through every
 * step of every chart; Escape leaves. The address keeps `?present=1#<step>` so a teacher can
 * resume where they stopped.
 */
import type { ChartController } from '../charts/controller';
import { addressFor } from './permalink';
import { pageWords } from '../i18n/client-words';

interface Options {
  charts: ChartController[];
  /** Stops and restarts the scroll engine while presenting. */
  pause(paused: boolean): void;
  /** Says the step aloud to screen readers. */
  announce(text: string): void;
  /** Brings a step's text to the reading line after leaving. */
  reveal(stepId: string): void;
  /** The step to start on when none is given. */
  startAt(): string | null;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

export function wirePresentation({ charts, pause, announce, reveal, startAt }: Options): { enter(stepId?: string | null): void } {
  const order = charts.flatMap((chart) => chart.steps.map((stepId) => ({ chart, stepId })));
  const root = document.documentElement;
  const bar = document.getElementById('present-bar');
  const counter = bar?.querySelector<HTMLElement>('[data-present-count]');
  let index = -1;

  const setAddress = (stepId: string | null, presenting: boolean) => {
    const url = new URL(addressFor(location.href, stepId), location.href);
    if (presenting) url.searchParams.set('present', '1');
    else url.searchParams.delete('present');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  };

  const go = (i: number, speak: boolean) => {
    const target = order[Math.max(0, Math.min(order.length - 1, i))];
    if (!target) return;
    index = order.indexOf(target);
    document.querySelectorAll('.is-presenting, .is-current').forEach((el) => el.classList.remove('is-presenting', 'is-current'));
    const step = document.getElementById(target.stepId);
    step?.classList.add('is-current');
    step?.closest('.chapter')?.classList.add('is-presenting');
    // The whole picture at once: a step driven by scroll progress is shown finished.
    target.chart.show(target.stepId, 1, speak ? 'step' : 'link');
    if (counter) counter.textContent = pageWords().count(index + 1, order.length);
    setAddress(target.stepId, true);
    if (speak) announce(pageWords().stepOf(index + 1, order.length, target.chart.figure.querySelector('[data-takeaway]')?.textContent ?? ''));
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (NEXT.has(event.key)) go(index + 1, true);
    else if (PREV.has(event.key)) go(index - 1, true);
    else if (event.key === 'Home') go(0, true);
    else if (event.key === 'End') go(order.length - 1, true);
    else if (event.key === 'Escape') leave();
    else return;
    event.preventDefault();
  };

  const leave = () => {
    if (!root.dataset.present) return;
    const current = order[index]?.stepId ?? null;
    delete root.dataset.present;
    document.removeEventListener('keydown', onKey);
    document.querySelectorAll('.is-presenting, .is-current').forEach((el) => el.classList.remove('is-presenting', 'is-current'));
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    setAddress(current, false);
    pause(false);
    if (current) reveal(current);
  };

  const enter = (stepId?: string | null) => {
    if (root.dataset.present || order.length === 0) return;
    pause(true);
    root.dataset.present = 'on';
    document.addEventListener('keydown', onKey);
    const start = order.findIndex((o) => o.stepId === (stepId ?? startAt()));
    go(start < 0 ? 0 : start, false);
    bar?.querySelector<HTMLButtonElement>('[data-present-next]')?.focus();
  };

  document.querySelectorAll<HTMLButtonElement>('[data-present-start]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      enter();
      // Full screen needs the click; if the browser refuses, the page still fills the window.
      void root.requestFullscreen?.().catch(() => {});
    });
  });
  bar?.querySelector('[data-present-prev]')?.addEventListener('click', () => go(index - 1, true));
  bar?.querySelector('[data-present-next]')?.addEventListener('click', () => go(index + 1, true));
  bar?.querySelector('[data-present-exit]')?.addEventListener('click', leave);
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && root.dataset.present) leave();
  });

  return { enter };
}
