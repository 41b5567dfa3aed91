/**
 * The one scene-to-SVG renderer: the story's figures (`SceneSvg.astro`), the print stills, the
 * step pictures, the slides and the share cards all draw a scene with this function. Its markup
 * is both HTML and XML (every attribute has a value, every character that needs it is escaped),
 * so the same string goes into a page or into a file of its own.
 *
 *   sceneSvg({ width: 10, height: 8, title: 'T', desc: 'D', layers: ['a'], marks: [] }, { idPrefix: 'x' })
 *   -> '<svg viewBox="0 0 10 8" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="x-title x-desc" data-scene=""><title id="x-title">T</title>…'
 */
import { LINE_HEIGHT, marksByLayer, textLines, type Scene } from './scene';

export interface SceneSvgOptions {
  /** Unique per page, for the aria-labelledby links. */
  idPrefix: string;
  class?: string;
  /** Static markup drawn under the layers and never touched by the browser (a basemap's `<use>`, say). */
  underlay?: string;
  /** `<defs>` content the scene needs when it stands alone (a still in a file of its own). */
  defs?: string;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string | number) => escapeText(String(s)).replace(/"/g, '&quot;');

export function sceneSvg(scene: Scene, { idPrefix, class: className, underlay, defs }: SceneSvgOptions): string {
  const open =
    `<svg${className ? ` class="${escapeAttr(className)}"` : ''} viewBox="0 0 ${scene.width} ${scene.height}" preserveAspectRatio="xMidYMid meet"` +
    ` role="img" aria-labelledby="${escapeAttr(`${idPrefix}-title ${idPrefix}-desc`)}" data-scene="">`;
  const parts = [open, `<title id="${escapeAttr(`${idPrefix}-title`)}">${escapeText(scene.title)}</title>`, `<desc id="${escapeAttr(`${idPrefix}-desc`)}">${escapeText(scene.desc)}</desc>`];
  if (defs) parts.push(`<defs>${defs}</defs>`);
  if (underlay) parts.push(underlay);
  for (const [layer, marks] of marksByLayer(scene)) {
    parts.push(`<g data-layer="${escapeAttr(layer)}">`);
    for (const mark of marks) {
      const attrs = Object.entries(mark.attrs)
        .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
        .join('');
      const lines = textLines(mark);
      const body =
        lines.length === 1
          ? escapeText(lines[0]!)
          : lines.map((line, i) => `<tspan x="${escapeAttr(mark.attrs.x ?? 0)}" dy="${i === 0 ? '0' : `${LINE_HEIGHT}em`}">${escapeText(line)}</tspan>`).join('');
      parts.push(`<${mark.tag} data-key="${escapeAttr(mark.key)}"${attrs}>${body}</${mark.tag}>`);
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}
