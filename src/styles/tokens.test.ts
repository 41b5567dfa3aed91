import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Custom properties declared in the first block whose selector matches. */
function declarations(css: string, selector: RegExp): Record<string, string> {
  const start = css.search(selector);
  expect(start, `a block for ${selector}`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start);
  const body = css.slice(open + 1, css.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

describe('tokens.css', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8');

  it('the pinned dark theme (data-theme="dark") has exactly the dark values the system setting gets', () => {
    const system = declarations(css, /@media \(prefers-color-scheme: dark\)\s*\{\s*:root/);
    const pinned = declarations(css, /:root\[data-theme='dark'\]\s*\{/);
    expect(Object.keys(system).length).toBeGreaterThan(5);
    expect(pinned).toEqual(system);
  });

  it('a pinned light theme turns the system dark values off', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root:not\(\[data-theme='light'\]\)/);
  });
});
