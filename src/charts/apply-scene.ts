/**
 * Moves a live SVG to a scene with keyed D3 joins: marks that stay move, new marks fade in,
 * old marks fade out. The end state is always exactly the scene, whatever was on screen before,
 * so a chart's picture depends on its step alone.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Transition } from 'd3-transition';
import { LINE_HEIGHT, marksByLayer, textLines, type Mark, type Scene } from './scene';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Sets exactly the mark's attributes on a node, removing any it no longer has. Values that are
 * already right are not written again: a rewritten `d` is re-parsed and restyled even when equal,
 * and on a slow phone the basemap's paths alone made every step change a long task.
 */
function setAttrs(node: Element, mark: Mark): void {
  for (const { name } of Array.from(node.attributes)) {
    if (name !== 'data-key' && !(name in mark.attrs)) node.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(mark.attrs)) {
    const text = String(value);
    if (node.getAttribute(name) !== text) node.setAttribute(name, text);
  }
}

/** Writes a text mark's lines, as `<tspan>`s when there are several; nothing when they are already there. */
function setText(node: Element, mark: Mark): void {
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

const identity = (mark: Mark) => `${mark.tag}:${mark.key}`;
const nodeIdentity = (node: Element) => `${node.tagName.toLowerCase()}:${node.getAttribute('data-key')}`;

/** The layer's `<g>`, created in scene order when a scene brings a new layer. */
function layerGroup(svg: SVGSVGElement, layer: string, index: number, layers: string[]): SVGGElement {
  let g = svg.querySelector<SVGGElement>(`:scope > g[data-layer="${layer}"]`);
  if (!g) {
    g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('data-layer', layer);
    const next = layers.slice(index + 1).map((l) => svg.querySelector(`:scope > g[data-layer="${l}"]`)).find(Boolean);
    svg.insertBefore(g, next ?? null);
  }
  return g;
}

/**
 * Moves `svg` to `scene`. With `duration` 0 every change is instant (reduced motion);
 * otherwise marks ease over `duration` ms and land exactly on the scene's values.
 */
export function applyScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  if (title && title.textContent !== scene.title) title.textContent = scene.title;
  if (desc && desc.textContent !== scene.desc) desc.textContent = scene.desc;

  // Layers that the new scene does not have empty out like any other exiting marks.
  const wanted = new Set(scene.layers);
  svg.querySelectorAll<SVGGElement>(':scope > g[data-layer]').forEach((g) => {
    if (!wanted.has(g.dataset.layer ?? '')) joinLayer(g, [], duration);
  });
  marksByLayer(scene).forEach(([layer, marks], i) => joinLayer(layerGroup(svg, layer, i, scene.layers), marks, duration));
}

function joinLayer(g: SVGGElement, marks: Mark[], duration: number): void {
  const join = select(g)
    .selectChildren<Element, Mark>('[data-key]')
    // Nodes drawn at build time carry no bound datum yet: their key comes from data-key.
    .data<Mark>(marks, function (this: Element | SVGGElement, d: Mark | undefined) {
      return d ? identity(d) : nodeIdentity(this as Element);
    } as (this: Element | SVGGElement, d: Mark) => string);

  const exit = join.exit();
  if (duration === 0) exit.remove();
  else
    exit.each(function () {
      track(this, select(this).transition('scene').duration(duration / 2).attr('opacity', 0).remove());
    });

  const entered = join
    .enter()
    .append<Element>((d) => document.createElementNS(SVG_NS, d.tag))
    .attr('data-key', (d) => d.key)
    .each(function (d) {
      setAttrs(this, d);
      setText(this, d);
    });

  const updated = join.each(function (d) {
    setText(this, d);
  });

  if (duration === 0) {
    updated.interrupt('scene').each(function (d) {
      setAttrs(this, d);
    });
  } else {
    entered.attr('opacity', 0);
    transitionTo(entered, duration, duration / 3);
    transitionTo(updated, duration, 0);
  }
  entered.merge(updated).order();
}

/**
 * Eases the attributes that change towards the mark's values, then sets them exactly. A mark
 * whose attributes already match gets no transition at all: interpolating an unchanged path
 * string every frame is pure cost (the basemap's paths run to kilobytes).
 */
function transitionTo(sel: Selection<Element, Mark, SVGGElement, unknown>, duration: number, delay: number): void {
  sel.each(function (d) {
    const changing = Object.entries(d.attrs).filter(([name, value]) => this.getAttribute(name) !== String(value));
    const fading = !('opacity' in d.attrs) && this.getAttribute('opacity') !== null && this.getAttribute('opacity') !== '1';
    if (!changing.length && !fading) {
      // Still interrupt anything in flight, so an earlier transition cannot land on an older picture.
      select(this).interrupt('scene');
      setAttrs(this, d);
      return;
    }
    const t = select(this).transition('scene').delay(delay).duration(duration);
    for (const [name, value] of changing) {
      if (name === 'class' || name.startsWith('data-') || name.startsWith('aria-')) this.setAttribute(name, String(value));
      else t.attr(name, String(value));
    }
    if (fading) t.attr('opacity', 1);
    t.on('end interrupt', null).on('end', () => setAttrs(this, d));
    track(this, t);
  });
}

/**
 * Counts running transitions on the mark's SVG: `data-moving` is there while any runs, so that
 * tests and the benchmark can wait for the picture to settle instead of guessing a delay.
 */
function track(node: Element, t: Transition<Element, unknown, null, undefined>): void {
  const svg = (node as SVGElement).ownerSVGElement ?? (node as SVGElement);
  svg.dataset.moving = String(Number(svg.dataset.moving ?? 0) + 1);
  const done = () => {
    const left = Number(svg.dataset.moving ?? 1) - 1;
    if (left > 0) svg.dataset.moving = String(left);
    else delete svg.dataset.moving;
  };
  // A transition ends, is interrupted by a newer one, or is cancelled before it starts.
  t.on('end.track', done).on('interrupt.track', done).on('cancel.track', done);
}
