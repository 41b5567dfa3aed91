/**
 * Writes a scene as standalone, readable SVG for snapshot files: one mark per line, numbers
 * rounded, a small stylesheet so the file opens as a picture. Reviewers read the diffs.
 *
 *   sceneSvg({ width: 10, height: 10, title: 't', desc: 'd', layers: ['a'], marks: [] })
 *   -> '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<title>t</title>…'
 */
import { LINE_HEIGHT, marksByLayer, textLines, type Scene } from '../../src/charts/scene';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Rounds every number in an attribute value to `digits` decimals. */
export const roundNumbers = (value: string | number, digits = 1) => String(value).replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))));

export function sceneSvg(scene: Scene, opts: { style?: string; underlay?: string; digits?: number } = {}): string {
  const lines = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.width} ${scene.height}" font-family="sans-serif">`];
  lines.push(`<title>${escape(scene.title)}</title>`, `<desc>${escape(scene.desc)}</desc>`);
  if (opts.style) lines.push(`<style>${opts.style}</style>`);
  if (opts.underlay) lines.push(opts.underlay);
  for (const [layer, marks] of marksByLayer(scene)) {
    lines.push(`<g data-layer="${layer}">`);
    for (const mark of marks) {
      const attrs = Object.entries(mark.attrs)
        .map(([k, v]) => `${k}="${escape(roundNumbers(v, opts.digits))}"`)
        .join(' ');
      const text = textLines(mark);
      const body =
        text.length > 1
          ? text.map((t, i) => `<tspan x="${roundNumbers(mark.attrs.x ?? 0, opts.digits)}" dy="${i ? LINE_HEIGHT : 0}em">${escape(t)}</tspan>`).join('')
          : escape(text[0] ?? '');
      lines.push(`  <${mark.tag} data-key="${mark.key}" ${attrs}>${body}</${mark.tag}>`);
    }
    lines.push('</g>');
  }
  lines.push('</svg>', '');
  return lines.join('\n');
}
