/**
 * A scene is everything a chart shows in one state, as plain JSON-safe data:
 * a list of marks, each keyed so that the client can move a mark from one state to the next.
 * Charts compute scenes with pure functions; `SceneSvg.astro` renders one on the server and
 * `applyScene` moves the live SVG to one in the browser. Neither knows what a chart is about.
 *
 *   { key: 'event-shoigu-2023', layer: 'events', tag: 'circle', attrs: { cx: 12, cy: 40, r: 5 } }
 */
export type MarkTag = 'path' | 'line' | 'circle' | 'rect' | 'text' | 'polygon' | 'polyline';

export interface Mark {
  /** Stable across states: the same thing on the chart keeps the same key. */
  key: string;
  /** The `<g data-layer>` the mark sits in; layers are drawn in the order the scene lists them. */
  layer: string;
  tag: MarkTag;
  attrs: Record<string, string | number>;
  /** Text content of a `text` mark; several lines become `<tspan>`s. */
  text?: string | string[];
}

export interface Scene {
  width: number;
  height: number;
  /** Short name of the chart, for `<title>`. */
  title: string;
  /** What this state shows, in a sentence or two, for `<desc>` and screen readers. */
  desc: string;
  layers: string[];
  marks: Mark[];
}

/** Line height of multi-line text marks, in ems. */
export const LINE_HEIGHT = 1.25;

/** Rounds a coordinate to 2 decimals so markup stays small and stable across machines. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;

/** Groups a scene's marks by layer, keeping the scene's layer order and each layer's mark order. */
export function marksByLayer(scene: Scene): Array<[string, Mark[]]> {
  return scene.layers.map((layer) => [layer, scene.marks.filter((m) => m.layer === layer)]);
}

/** The lines of a text mark. */
export function textLines(mark: Mark): string[] {
  if (mark.text === undefined) return [];
  return Array.isArray(mark.text) ? mark.text : [mark.text];
}
