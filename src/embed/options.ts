/**
 * The options a host can put in an embed's address. Anything unknown, malformed or repeated
 * falls back to the default, and parameters we do not know (Pym.js adds `initialWidth`,
 * `childId`, `parentTitle`, `parentUrl`) are ignored.
 *
 *   embedOptions('?step=b&controls=0', ['a', 'b'])  -> { step: 'b', controls: false, autoplay: false }
 *   embedOptions('?step=zz&controls=maybe', ['a'])  -> { step: null, controls: true, autoplay: false }
 *   themeOption('?theme=DARK')                       -> 'dark'
 */
export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** The step to open at, if the address names a known one. */
  step: string | null;
  /** Back/Next buttons and arrow keys; `?controls=0` makes a still picture of one step. */
  controls: boolean;
  /** Advance every few seconds (never when `controls` is off). */
  autoplay: boolean;
}

/** Reads `?step`, `?controls` and `?autoplay`: `1`/`true` and `0`/`false`, anything else the default. */
export function embedOptions(search: string, steps: readonly string[]): EmbedOptions {
  // URLSearchParams never throws: stray % signs and the like come through as text.
  const params = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) =>
    ({ 1: true, true: true, 0: false, false: false })[(params.get(name) ?? '').trim().toLowerCase()] ?? fallback;
  const step = params.get('step');
  const controls = flag('controls', true);
  return { step: step !== null && steps.includes(step) ? step : null, controls, autoplay: controls && flag('autoplay', false) };
}

/** Reads `?theme=light|dark|auto`. */
export function themeOption(search: string): Theme {
  const theme = (new URLSearchParams(search).get('theme') ?? '').trim().toLowerCase();
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/**
 * `themeOption` as a tiny inline script for the embed's head: it pins `data-theme` on <html>
 * before first paint, so a chosen theme never flashes the other. options.test.ts checks that
 * the two agree.
 */
export const THEME_SCRIPT =
  "(function(t){t=(new URLSearchParams(location.search).get('theme')||'').trim().toLowerCase();if(t=='light'||t=='dark')document.documentElement.dataset.theme=t})()";
