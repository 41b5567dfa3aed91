import { describe, expect, it } from 'vitest';
import { mixWithTransparent, standaloneSvg, tokenValues } from './share-image';

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
