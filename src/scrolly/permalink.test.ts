import { describe, expect, it } from 'vitest';
import { addressFor, shareLink, stepFromLocation } from './permalink';

const known = ['envoy-overview', 'envoy-spa'];

describe('stepFromLocation(search, hash, known)', () => {
  it.each([
    ['?step=envoy-spa', '', 'envoy-spa'],
    ['', '#envoy-spa', 'envoy-spa'],
    ['?step=envoy-spa', '#envoy-overview', 'envoy-spa'], // the query wins
    ['?step=nope', '#envoy-overview', 'envoy-overview'],
    ['?step=nope', '', null],
    ['', '#sources', null], // an ordinary anchor is not a step
    ['', '#%E0%A4%A', null], // malformed escapes are ignored, not thrown
    ['?theme=dark&step=envoy-overview', '', 'envoy-overview'],
  ])('%s %s -> %s', (search, hash, expected) => {
    expect(stepFromLocation(search, hash, known)).toBe(expected);
  });
});

describe('addressFor(href, stepId)', () => {
  it.each([
    ['http://x.test/?step=a', 'envoy-spa', '/#envoy-spa'],
    ['http://x.test/?step=a&theme=dark#b', 'envoy-spa', '/?theme=dark#envoy-spa'],
    ['http://x.test/#envoy-spa', null, '/'],
  ])('%s with %s -> %s', (href, id, expected) => {
    expect(addressFor(href, id)).toBe(expected);
  });
});

describe('shareLink(href, stepId)', () => {
  it('gives a ?step= link without any other state', () => {
    expect(shareLink('http://x.test/?theme=dark#envoy-overview', 'envoy-spa')).toBe('http://x.test/?step=envoy-spa');
  });
});
