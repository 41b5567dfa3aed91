import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT, embedOptions, themeOption } from './options';

const steps = ['first', 'second', 'third'];

describe('embedOptions(search, steps)', () => {
  it.each([
    ['', { step: null, controls: true, autoplay: false }],
    ['?step=second', { step: 'second', controls: true, autoplay: false }],
    ['?step=nope', { step: null, controls: true, autoplay: false }],
    ['?step=', { step: null, controls: true, autoplay: false }],
    ['?step=SECOND', { step: null, controls: true, autoplay: false }],
    ['?step=second&step=third', { step: 'second', controls: true, autoplay: false }],
    ['?controls=0', { step: null, controls: false, autoplay: false }],
    ['?controls=false&step=third', { step: 'third', controls: false, autoplay: false }],
    ['?controls=1', { step: null, controls: true, autoplay: false }],
    ['?controls=maybe', { step: null, controls: true, autoplay: false }],
    ['?autoplay=1', { step: null, controls: true, autoplay: true }],
    ['?autoplay=TRUE', { step: null, controls: true, autoplay: true }],
    ['?autoplay=2', { step: null, controls: true, autoplay: false }],
    ['?autoplay=1&controls=0', { step: null, controls: false, autoplay: false }],
    // What Pym.js adds, and junk a CMS might leave.
    ['?initialWidth=640&childId=embed-1&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2F&step=third', { step: 'third', controls: true, autoplay: false }],
    ['?%E0%A4%A=1&step=%zz&controls=%', { step: null, controls: true, autoplay: false }],
    ['?&&==&step', { step: null, controls: true, autoplay: false }],
    ['step=second', { step: 'second', controls: true, autoplay: false }],
  ])('embedOptions(%j) -> %j', (search, expected) => {
    expect(embedOptions(search, steps)).toEqual(expected);
  });
});

const themes: Array<[string, string]> = [
  ['', 'auto'],
  ['?theme=dark', 'dark'],
  ['?theme=Light', 'light'],
  ['?theme=%20dark%20', 'dark'],
  ['?theme=auto', 'auto'],
  ['?theme=purple', 'auto'],
  ['?theme=', 'auto'],
  ['?theme=light&theme=dark', 'light'],
  ['?childId=x&theme=dark', 'dark'],
  ['?theme=%zz', 'auto'],
];

describe('themeOption(search)', () => {
  it.each(themes)('themeOption(%j) -> %j', (search, expected) => {
    expect(themeOption(search)).toBe(expected);
  });
});

describe('THEME_SCRIPT', () => {
  it.each(themes)('pins data-theme for %j as themeOption does', (search, expected) => {
    const dataset: Record<string, string> = {};
    new Function('location', 'document', THEME_SCRIPT)({ search }, { documentElement: { dataset } });
    expect(dataset.theme ?? 'auto').toBe(expected);
  });
});
