/**
 * Moves a live SVG to a scene with keyed D3 joins: marks that stay move, new marks fade in,
 * old marks fade out. The end state is always exactly the scene, whatever was on screen before,
 * so a chart's picture depends on its step alone. The motion itself (scene-motion.ts) is loaded
 * the first time a step changes with motion allowed.
 */
import { select } from 'd3-selection';
import { marksByLayer, type Mark, type Scene } from './scene';
import { countMoving, setAttrs, setText, SVG_NS } from './scene-dom';

type SceneMotion = typeof import('./scene-motion');
let motion: SceneMotion | null = null;
let motionLoading: Promise<SceneMotion> | null = null;
/** The scene each SVG was last asked to show: a draw that waited for the motion code checks it is still wanted. */
const wanted = new WeakMap<SVGSVGElement, Scene>();

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
  wanted.set(svg, scene);
  if (duration > 0 && !motion) {
    // The first animated change waits for the motion code (counted as moving meanwhile); should it
    // fail to load, the scene is drawn at once.
    countMoving(svg, 1);
    motionLoading ??= import('./scene-motion').then((m) => (motion = m));
    const drawWhenLoaded = (ms: number) => () => {
      countMoving(svg, -1);
      if (wanted.get(svg) === scene) draw(svg, scene, ms);
    };
    motionLoading.then(drawWhenLoaded(duration), drawWhenLoaded(0));
    return;
  }
  draw(svg, scene, duration);
}

function draw(svg: SVGSVGElement, scene: Scene, duration: number): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  if (title && title.textContent !== scene.title) title.textContent = scene.title;
  if (desc && desc.textContent !== scene.desc) desc.textContent = scene.desc;

  // Layers that the new scene does not have empty out like any other exiting marks.
  const layers = new Set(scene.layers);
  svg.querySelectorAll<SVGGElement>(':scope > g[data-layer]').forEach((g) => {
    if (!layers.has(g.dataset.layer ?? '')) joinLayer(g, [], duration);
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

  const moving = duration > 0 ? motion : null;
  const exit = join.exit();
  if (!moving) exit.remove();
  else exit.each(function () {
    moving.fadeOut(this, duration / 2);
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

  if (!moving) {
    updated.each(function (d) {
      motion?.interrupt(this);
      setAttrs(this, d);
    });
  } else {
    entered.attr('opacity', 0);
    moving.transitionTo(entered, duration, duration / 3);
    moving.transitionTo(updated, duration, 0);
  }
  entered.merge(updated).order();
}

