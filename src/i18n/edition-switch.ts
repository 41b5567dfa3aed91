/**
 * The language switch keeps the reader's place: the other edition opens at the step being read
 * (the address carries it as `#<step>` while reading, see scrolly/permalink.ts), or at the
 * section on screen, with the page's own options (`?present=1`) kept. Without JavaScript the
 * link opens the other edition's top.
 */
const SECTIONS = '[data-step], section[id], h2[id], h3[id]';

/**
 * The id of what the reader is looking at: the step the address names while it is on screen (the
 * one its chart shows), else the last step or section whose top is above 35% of the window.
 */
function placeOnScreen(): string {
  const named = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const box = named?.getBoundingClientRect();
  if (named && box && box.bottom > 0 && box.top < innerHeight) return named.id;
  const line = innerHeight * 0.35;
  let id = '';
  for (const el of document.querySelectorAll<HTMLElement>(SECTIONS)) {
    if (el.getBoundingClientRect().top <= line) id = el.id;
    else break;
  }
  return scrollY > 0 ? id : '';
}

export function wireEditionSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition-switch]')) {
    const base = new URL(link.href);
    // Set before the browser follows (or copies, or opens in a tab) the link.
    const update = () => {
      const target = new URL(base);
      target.search = location.search;
      const place = placeOnScreen();
      target.hash = place ? `#${place}` : '';
      link.href = target.href;
    };
    for (const type of ['pointerdown', 'focus', 'click', 'contextmenu']) link.addEventListener(type, update);
  }
}
