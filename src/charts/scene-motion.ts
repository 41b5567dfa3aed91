/**
 * Motion for scene changes: marks ease into place, new ones fade in, old ones fade out. Loaded
 * only when a step first changes with motion allowed, so a page's first load (and every
 * reduced-motion reader) carries none of d3-transition, d3-interpolate, d3-color or d3-timer.
 */
import { select, type Selection } from 'd3-selection';
import { interrupt as interruptNode, type Transition } from 'd3-transition';
import type { Mark } from './scene';
import { countMoving, setAttrs } from './scene-dom';

/** Stops any transition of the scene on `node`, so it cannot land on an older picture later. */
export const interrupt = (node: Element): void => interruptNode(node, 'scene');

/** Fades a leaving mark out over `duration` ms, then removes it. */
export function fadeOut(node: Element, duration: number): void {
  track(node, select(node).transition('scene').duration(duration).attr('opacity', 0).remove());
}

/**
 * Eases the attributes that change towards the mark's values, then sets them exactly. A mark
 * whose attributes already match gets no transition at all: interpolating an unchanged path
 * string every frame is pure cost (the basemap's paths run to kilobytes).
 */
export function transitionTo(sel: Selection<Element, Mark, SVGGElement, unknown>, duration: number, delay: number): void {
  sel.each(function (d) {
    const changing = Object.entries(d.attrs).filter(([name, value]) => this.getAttribute(name) !== String(value));
    const fading = !('opacity' in d.attrs) && this.getAttribute('opacity') !== null && this.getAttribute('opacity') !== '1';
    if (!changing.length && !fading) {
      // Still interrupt anything in flight, so an earlier transition cannot land on an older picture.
      interrupt(this);
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

/** Counts a transition on its SVG until it ends, is interrupted by a newer one, or is cancelled. */
function track(node: Element, t: Transition<Element, unknown, null, undefined>): void {
  const svg = (node as SVGElement).ownerSVGElement ?? (node as SVGElement);
  countMoving(svg, 1);
  const done = () => countMoving(svg, -1);
  t.on('end.track', done).on('interrupt.track', done).on('cancel.track', done);
}
