import { describe, expect, it } from 'vitest';
import { pymMessage } from './height';

describe('pymMessage(id, type, value)', () => {
  it.each([
    ['embed-1', 'height', '512', 'pymxPYMxembed-1xPYMxheightxPYMx512'],
    ['pym-0-ab12c', 'width', '320', 'pymxPYMxpym-0-ab12cxPYMxwidthxPYMx320'],
  ])('pymMessage(%j, %j, %j) -> %j, the string Pym.js 1.3 parses', (id, type, value, expected) => {
    expect(pymMessage(id, type, value)).toBe(expected);
    // The same pattern Pym.js's Parent builds for its id (pym.v1.js, _makeMessageRegex).
    const match = new RegExp(`^pymxPYMx${id}xPYMx(\\S+)xPYMx(.*)$`).exec(expected);
    expect(match?.slice(1)).toEqual([type, value]);
  });
});
