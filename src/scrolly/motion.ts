/**
 * Motion is decoration: off when the reader's system asks for less motion, unless the page's
 * own toggle says otherwise. The toggle's choice is remembered across visits.
 */
import { pageWords } from '../i18n/client-words';
const KEY = 'motion';

export function motionAllowed(): boolean {
  const pref = document.documentElement.dataset.motion;
  if (pref === 'off') return false;
  if (pref === 'on') return true;
  return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long chart transitions take, in ms. */
export const transitionMs = (): number => (motionAllowed() ? 450 : 0);

/** Applies the remembered choice and wires `button[data-motion-toggle]`s (hidden until now). */
export function wireMotionToggle(): void {
  const root = document.documentElement;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    /* storage may be blocked; the system setting then rules */
  }
  if (saved === 'on' || saved === 'off') root.dataset.motion = saved;
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-motion-toggle]');
  const render = () => {
    const on = motionAllowed();
    for (const b of buttons) {
      b.setAttribute('aria-pressed', String(on));
      b.querySelector('[data-motion-state]')!.textContent = on ? pageWords().motionOn : pageWords().motionOff;
    }
  };
  for (const b of buttons) {
    b.hidden = false;
    b.addEventListener('click', () => {
      root.dataset.motion = motionAllowed() ? 'off' : 'on';
      try {
        localStorage.setItem(KEY, root.dataset.motion);
      } catch {
        /* not remembered, still applied */
      }
      render();
    });
  }
  render();
}
