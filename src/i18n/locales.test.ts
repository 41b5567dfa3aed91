import { describe, expect, it } from 'vitest';
import { localePath, splitLocale } from './locales';

describe('edition paths', () => {
  it('puts English at the root and Korean under /ko', () => {
    expect(localePath('en', '/embed/timeline/')).toBe('/embed/timeline/');
    expect(localePath('ko', '/embed/timeline/')).toBe('/ko/embed/timeline/');
    expect(localePath('ko', '/')).toBe('/ko/');
  });
  it('finds the edition of a path and the path without it', () => {
    expect(splitLocale('/ko/embed/x/')).toEqual(['ko', '/embed/x/']);
    expect(splitLocale('/ko')).toEqual(['ko', '/']);
    expect(splitLocale('/embed/x/')).toEqual(['en', '/embed/x/']);
    expect(splitLocale('/kokoro/')).toEqual(['en', '/kokoro/']);
  });
});
