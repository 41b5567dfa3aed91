import { describe, expect, it } from 'vitest';
import { IGNORED_PARAMETERS, OFFLINE_FILES, versionOf } from './offline';

describe('versionOf(entries)', () => {
  const entries = [
    { url: 'index.html', revision: 'a1' },
    { url: '_astro/main.x1.js', revision: null },
  ];
  it('is the same for the same files in any order', () => {
    expect(versionOf([...entries].reverse())).toBe(versionOf(entries));
  });
  it('changes when any file changes', () => {
    expect(versionOf([{ ...entries[0]!, revision: 'a2' }, entries[1]!])).not.toBe(versionOf(entries));
    expect(versionOf([entries[0]!, { url: '_astro/main.x2.js', revision: null }])).not.toBe(versionOf(entries));
  });
});

describe('the saved copy answers', () => {
  it("every parameter of the page's own addresses, but not ?fresh, which asks the network", () => {
    for (const name of ['step', 'present', 'theme', 'motion', 'utm_source']) expect(IGNORED_PARAMETERS.test(name), name).toBe(true);
    expect(IGNORED_PARAMETERS.test('fresh')).toBe(false);
  });
  it('the story, its embeds, print stills, data, scripts, fonts and icons, and no file meant for other sites', () => {
    expect(OFFLINE_FILES).toEqual(expect.arrayContaining(['index.html', 'embed/**/index.html', 'print/*.svg', 'data/*.json', '_astro/**/*']));
    expect(OFFLINE_FILES.join(' ')).not.toMatch(/share|oembed|sitemap|updates\.xml/);
  });
});
