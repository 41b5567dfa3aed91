import { describe, expect, it } from 'vitest';
import { firstSceneSvg, standaloneSvg } from './share-image';

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
