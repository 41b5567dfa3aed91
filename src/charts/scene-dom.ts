/**
 * The DOM writes a scene's marks need, shared by the join (apply-scene.ts) and the motion that
 * eases marks into place (scene-motion.ts): exact attributes, text lines, and the `data-moving`
 * count that tests and the benchmark wait on.
 */
import { LINE_HEIGHT, textLines, type Mark } from './scene';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Sets exactly the mark's attributes on a node, removing any it no longer has. Values that are
 * already right are not written again: a rewritten `d` is re-parsed and restyled even when equal,
 * and on a slow phone the basemap's paths alone made every step change a long task.
 */
export function setAttrs(node: Element, mark: Mark): void {
  for (const { name } of Array.from(node.attributes)) {
    if (name !== 'data-key' && !(name in mark.attrs)) node.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(mark.attrs)) {
    const text = String(value);
    if (node.getAttribute(name) !== text) node.setAttribute(name, text);
  }
}

/** Writes a text mark's lines, as `<tspan>`s when there are several; nothing when they are already there. */
export function setText(node: Element, mark: Mark): void {
  const lines = textLines(mark);
  if (mark.tag !== 'text') return;
  if (lines.length === 1) {
    if (node.textContent !== lines[0]) node.textContent = lines[0] ?? '';
    return;
  }
  const spans = node.children;
  const x = String(mark.attrs.x ?? 0);
  if (spans.length === lines.length && lines.every((line, i) => spans[i]!.textContent === line && spans[i]!.getAttribute('x') === x)) return;
  node.textContent = '';
  lines.forEach((line, i) => {
    const tspan = document.createElementNS(SVG_NS, 'tspan');
    tspan.setAttribute('x', String(mark.attrs.x ?? 0));
    tspan.setAttribute('dy', i === 0 ? '0' : `${LINE_HEIGHT}em`);
    tspan.textContent = line;
    node.appendChild(tspan);
  });
}

/**
 * Counts what is moving on an SVG: `data-moving` is there while any transition runs (or the
 * code for them is on its way), so tests and the benchmark wait for the picture to settle
 * instead of guessing a delay.
 */
export function countMoving(svg: SVGElement, delta: 1 | -1): void {
  const left = Number(svg.dataset.moving ?? 0) + delta;
  if (left > 0) svg.dataset.moving = String(left);
  else delete svg.dataset.moving;
}
