/** Motion is decoration: off when the reader's system asks for less motion, or the page's own toggle says so. */
export function motionAllowed(): boolean {
  const pref = document.documentElement.dataset.motion;
  if (pref === 'off') return false;
  if (pref === 'on') return true;
  return !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long chart transitions take, in ms. */
export const transitionMs = (): number => (motionAllowed() ? 450 : 0);
