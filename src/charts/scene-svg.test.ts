import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { sceneSvg } from './scene-svg';
import type { Scene } from './scene';

const scene: Scene = {
  width: 100,
  height: 50,
  title: 'A & B',
  desc: 'Says "hi" <here>',
  layers: ['back', 'labels'],
  marks: [
    { key: 'label', layer: 'labels', tag: 'text', attrs: { x: 5, y: 10, class: 'label' }, text: ['one', 'two'] },
    { key: 'dot', layer: 'back', tag: 'circle', attrs: { cx: 1.5, cy: 2, r: 3 } },
  ],
};

describe('sceneSvg(scene, options)', () => {
  const svg = sceneSvg(scene, { idPrefix: 'p', class: 'scene scene-0', underlay: '<use href="#map"/>' });

  it('names itself for screen readers and escapes text and attributes', () => {
    expect(svg).toMatch(/^<svg class="scene scene-0" viewBox="0 0 100 50" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="p-title p-desc" data-scene="">/);
    expect(svg).toContain('<title id="p-title">A &amp; B</title><desc id="p-desc">Says "hi" &lt;here&gt;</desc>');
  });

  it('draws the underlay first, then each layer in order with its marks, keyed', () => {
    expect(svg.indexOf('<use href="#map"/>')).toBeLessThan(svg.indexOf('<g data-layer="back">'));
    expect(svg.indexOf('<g data-layer="back">')).toBeLessThan(svg.indexOf('<g data-layer="labels">'));
    expect(svg).toContain('<circle data-key="dot" cx="1.5" cy="2" r="3"></circle>');
  });

  it('breaks several lines of text into tspans', () => {
    expect(svg).toContain('<text data-key="label" x="5" y="10" class="label"><tspan x="5" dy="0">one</tspan><tspan x="5" dy="1.25em">two</tspan></text>');
  });

  it('parses as XML, so a still can be a file of its own (resvg reads it)', () => {
    const file = sceneSvg(scene, { idPrefix: 'q', defs: '<pattern id="h"/>' }).replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
    expect(() => new Resvg(file)).not.toThrow();
    expect(() => new Resvg('<svg xmlns="http://www.w3.org/2000/svg"><g data-scene></g></svg>')).toThrow();
  });
});
