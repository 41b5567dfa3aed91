import { expect, test } from 'vitest';
import { contentProblems, type ContentForCheck } from '../../src/lib/validate';

const base: ContentForCheck = {
  story: [
    {
      id: '01-range',
      filePath: 'content/story/01-range.mdx',
      body: '<Step id="arc-region">x</Step>',
      data: { chart: 'range-arc', steps: [{ id: 'arc-region', places: ['kaechon'] }] },
    },
  ],
  sources: [{ id: 'src-a', data: {} }],
  places: [{ id: 'kaechon', data: { sources: ['src-a'] } }],
  exchanges: [],
  flows: [],
  denials: [],
  glossary: [],
  launches: [
    {
      id: 'launch-x',
      data: {
        from: 'kaechon',
        distances: [{ id: 'jcs', sources: ['src-a'] }],
        landings: [{ id: 'land', sources: ['src-a'], place: 'kaechon' }],
        claims: [],
      },
    },
  ],
};

test('contentProblems(content) finds nothing wrong with a sound launch and map step', () => {
  expect(contentProblems(base)).toEqual([]);
});

test.each([
  [
    { launches: [{ id: 'launch-x', data: { ...base.launches![0]!.data, from: 'kaesong' } }] },
    'content/data/launches.yaml: entry "launch-x", field "from": unknown place id "kaesong"',
  ],
  [
    { launches: [{ id: 'launch-x', data: { ...base.launches![0]!.data, toward: 'nowhere' } }] },
    'content/data/launches.yaml: entry "launch-x", field "toward": unknown place id "nowhere"',
  ],
  [
    { launches: [{ id: 'launch-x', data: { ...base.launches![0]!.data, claims: [{ id: 'c', sources: ['src-a', 'gone'] }] } }] },
    'content/data/launches.yaml: entry "launch-x", field "claims[0].sources[1]": unknown source id "gone"',
  ],
  [
    { launches: [{ id: 'launch-x', data: { ...base.launches![0]!.data, landings: [{ id: 'l', sources: ['src-a'], place: 'atlantis' }] } }] },
    'content/data/launches.yaml: entry "launch-x", field "landings[0].place": unknown place id "atlantis"',
  ],
  [
    { story: [{ ...base.story[0]!, data: { chart: 'range-arc', steps: [{ id: 'arc-region', places: ['kaechon', 'pyongyng'] }] } }] },
    'content/story/01-range.mdx: entry "01-range", field "steps[0].places[1]": unknown place id "pyongyng"',
  ],
] as Array<[Partial<ContentForCheck>, string]>)('contentProblems(content) names the file, entry and field: %#', (change, message) => {
  expect(contentProblems({ ...base, ...change })).toContain(message);
});
