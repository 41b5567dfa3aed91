import { describe, expect, it } from 'vitest';
import { citations, readingMinutes } from './site';

describe('citations(url, versionDate)', () => {
  const c = citations('https://example.test/', '2026-11-23');
  it.each([
    ['apa', "The envoy and the arc: North Korea's missiles, Moscow and the arms-for-aid trade. (2026, November 23). https://example.test/"],
    ['mla', "“The Envoy and the Arc: North Korea's Missiles, Moscow and the Arms-for-Aid Trade.” The Envoy and the Arc, 23 Nov. 2026, example.test/."],
    ['chicago', "“The Envoy and the Arc: North Korea's Missiles, Moscow and the Arms-for-Aid Trade.” Last modified November 23, 2026. https://example.test/."],
  ] as const)('%s', (style, expected) => {
    expect(c[style]).toBe(expected);
  });
  it('writes May without a full stop in MLA', () => {
    expect(citations('https://example.test/', '2025-05-02').mla).toContain('2 May 2025');
  });
});

describe('readingMinutes(body)', () => {
  it.each([
    ['<Step id="a">word</Step>', 1],
    [Array(460).fill('word').join(' '), 2],
    [`<Cite s="a b c d e f" /> ${Array(690).fill('w').join(' ')}`, 3],
  ])('%#: %i min', (body, minutes) => {
    expect(readingMinutes(body)).toBe(minutes);
  });
});
