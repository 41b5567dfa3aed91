import { describe, expect, it } from 'vitest';
import { firstSceneSvg, mixWithTransparent, standaloneSvg, tokenValues } from './share-image';

describe('firstSceneSvg(html)', () => {
  const html =
    '<svg class="defs" width="0" height="0"><defs><pattern id="hatch"></pattern><g id="basemap"><path d="M0 0"/></g></defs></svg>' +
    '<figure><svg viewBox="0 0 10 10" data-scene><use href="#basemap"/><rect fill="url(#hatch)"/></svg><svg viewBox="0 0 5 5" data-scene></svg></figure>';

  it('takes the first scene and brings in the defs it uses from elsewhere on the page', () => {
    const svg = firstSceneSvg(html)!;
    expect(svg.startsWith('<svg viewBox="0 0 10 10" data-scene><defs><pattern id="hatch"></pattern><g id="basemap">')).toBe(true);
    expect(svg).toContain('<use href="#basemap"/>');
    expect(svg).not.toContain('0 0 5 5');
  });
  it('leaves a scene with nothing to bring in as it is', () => {
    expect(firstSceneSvg('<svg data-scene><circle r="1"/></svg>')).toBe('<svg data-scene><circle r="1"/></svg>');
  });
});

describe('standaloneSvg(scene, styles)', () => {
  it('makes XML: a namespace, values for bare attributes, styles that may hold any character', () => {
    const out = standaloneSvg('<svg viewBox="0 0 1 1" data-scene role="img"><text x="1" data-label>a > b</text><use href="#x"/></svg>', '.a > .b { fill: red }');
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" data-scene="" role="img"><style><![CDATA[.a > .b { fill: red }]]></style><text x="1" data-label="">a > b</text><use href="#x"/></svg>',
    );
  });
});

describe('tokenValues(css, theme)', () => {
  const css = ":root { --ink: #111; --bg: #fff; } @media (prefers-color-scheme: dark) { :root { --ink: #999; } } :root[data-theme='dark'] { --ink: #eee; }";
  it('reads the light values from :root, not from at-rules', () => {
    expect(tokenValues(css)).toEqual({ '--ink': '#111', '--bg': '#fff' });
  });
  it('takes the dark block over the light values, keeping what it does not set', () => {
    expect(tokenValues(css, 'dark')).toEqual({ '--ink': '#eee', '--bg': '#fff' });
  });
});

describe('mixWithTransparent(css)', () => {
  it('turns a colour mixed with transparent into the colour with that opacity', () => {
    expect(mixWithTransparent('fill: color-mix(in srgb, #1b1c1e 5%, transparent);')).toBe('fill: rgba(27, 28, 30, 0.05);');
  });
  it('leaves other colours alone', () => {
    expect(mixWithTransparent('fill: #fff; stroke: color-mix(in oklch, red, blue);')).toBe('fill: #fff; stroke: color-mix(in oklch, red, blue);');
  });
});
