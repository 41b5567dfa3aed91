import { describe, expect, it } from 'vitest';
import { changeHref, changeText, changeTitle, type Change } from './changes';

const correction: Change = { kind: 'correction', date: '2026-12-02', at: 'arc-ring', was: 'It said X.', now: 'Y is right.', sources: [] };
const update: Change = { kind: 'update', date: '2026-11-23', text: 'First published.', sources: [] };

describe('changes as the page and the feed word them', () => {
  it('titles a correction by what was wrong, and an update by what it adds', () => {
    expect(changeTitle(correction)).toBe('Correction: It said X.');
    expect(changeTitle(update)).toBe('Update: First published.');
  });

  it('tells a correction in full: that it was wrong, what, and what is right', () => {
    expect(changeText(correction)).toBe('An earlier version of this page was wrong. It said X. Y is right.');
    expect(changeText(update)).toBe('First published.');
  });

  it('links a step by its permalink and a section by its anchor', () => {
    expect(changeHref(correction, ['arc-ring'])).toBe('/?step=arc-ring');
    expect(changeHref({ at: 'classroom' }, ['arc-ring'])).toBe('/#classroom');
    expect(changeHref(update, ['arc-ring'])).toBe('/');
  });
});
