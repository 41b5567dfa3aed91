/**
 * The site's mark, one source for the favicon and the installed app's icons: the arc of a flight
 * from a launch point, on the dark ink of the page. The maskable icon fills its square and keeps
 * the mark inside the central 60%, where every platform's mask leaves it whole.
 */
import { Resvg } from '@resvg/resvg-js';

const INK = '#1b1c1e';

/** The page's background in each theme (tokens.css --bg): the installed app's title bar matches it. */
export const THEME = { light: '#fbfaf7', dark: '#121417' } as const;
const MARK = '<path d="M7 24 Q16 2 25 12" fill="none" stroke="#ff8a4c" stroke-width="3" stroke-linecap="round"/><circle cx="7" cy="24" r="3" fill="#5cb8f0"/>';

/** The icon as SVG on a 32-unit square: rounded for a favicon, full-bleed for a maskable icon. */
export function iconSvg(kind: 'rounded' | 'maskable'): string {
  const body = kind === 'rounded' ? `<rect width="32" height="32" rx="6" fill="${INK}"/>${MARK}` : `<rect width="32" height="32" fill="${INK}"/><g transform="translate(6.4 6.4) scale(0.6)">${MARK}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${body}</svg>`;
}

/** The app icons the manifest lists: file name, size in px, and purpose. */
export const APP_ICONS = [
  { name: 'icon-192', size: 192, kind: 'rounded', purpose: 'any' },
  { name: 'icon-512', size: 512, kind: 'rounded', purpose: 'any' },
  { name: 'icon-maskable-512', size: 512, kind: 'maskable', purpose: 'maskable' },
] as const;

export function iconPng(kind: 'rounded' | 'maskable', size: number): Uint8Array {
  return new Resvg(iconSvg(kind), { fitTo: { mode: 'width', value: size } }).render().asPng();
}
