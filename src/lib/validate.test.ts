import { describe, expect, it } from 'vitest';
import { bodyCitations, bodyStepIds, contentProblems, type ContentForCheck } from './validate';
import { citationOrder } from './content';

/** A small content set with no problems; each test breaks one thing. */
function sound(): ContentForCheck {
  return {
    story: [
      {
        id: '02-envoy',
        filePath: 'content/story/02-envoy.mdx',
        data: { chart: 'timeline', period: { start: '2023-07-01', end: '2024-10-31' }, steps: [{ id: 's1', highlight: ['e1'] }, { id: 's2' }] },
        body: '<Step id="s1">One<Cite s="src-a" /></Step>\n<Step id="s2">Two</Step>',
      },
      { id: '04-next', filePath: 'content/story/04-next.mdx', data: { chart: 'none', steps: [] }, body: 'Prose.<Cite s="src-b src-a" />' },
    ],
    sources: [{ id: 'src-a', data: {} }, { id: 'src-b', data: {} }],
    places: [{ id: 'p1', data: { sources: ['src-a'] } }],
    exchanges: [{ id: 'e1', data: { start: '2024-09-18', sources: ['src-a'] } }],
    flows: [],
    denials: [{ id: 'd1', data: { sources: ['src-b'] } }],
    glossary: [],
  };
}

describe('contentProblems(content)', () => {
  it('finds nothing wrong with sound content', () => {
    expect(contentProblems(sound())).toEqual([]);
  });

  it.each<[string, (c: ContentForCheck) => void, string]>([
    ['an unknown source id', (c) => (c.places[0]!.data.sources = ['nope']), 'content/data/places.yaml: entry "p1", field "sources[0]": unknown source id "nope"'],
    [
      'an event outside its chapter',
      (c) => (c.exchanges[0]!.data.start = '2025-01-01'),
      'content/data/exchanges.yaml: entry "e1", field "start": 2025-01-01 is outside the period of content/story/02-envoy.mdx (2023-07-01 to 2024-10-31)',
    ],
    [
      'a chart step with no <Step>',
      (c) => c.story[0]!.data.steps.push({ id: 's3' }),
      'content/story/02-envoy.mdx: entry "02-envoy", field "steps[2].id": the timeline chart refers to step "s3", but no <Step id="s3"> exists',
    ],
    [
      'a <Step> with no row in the chart table',
      (c) => (c.story[0]!.body += '<Step id="s9">x</Step>'),
      'content/story/02-envoy.mdx: entry "02-envoy", field "steps": <Step id="s9"> has no row in the chart\'s steps table',
    ],
    [
      'a highlight of an unknown exchange',
      (c) => (c.story[0]!.data.steps[0]!.highlight = ['e9']),
      'content/story/02-envoy.mdx: entry "02-envoy", field "steps[0].highlight[0]": unknown exchange id "e9"',
    ],
    ['a citation of an unknown source', (c) => (c.story[1]!.body = '<Cite s="gone" />'), 'content/story/04-next.mdx: entry "04-next", field "<Cite s>": unknown source id "gone"'],
    [
      'an unknown denial id',
      (c) => c.flows.push({ id: 'f1', data: { sources: ['src-a'], claimDate: '2024-01-01', deniedBy: ['d9'] } }),
      'content/data/flows.yaml: entry "f1", field "deniedBy[0]": unknown denial id "d9"',
    ],
  ])('reports %s with file, entry and field', (_name, breakIt, expected) => {
    const content = sound();
    breakIt(content);
    expect(contentProblems(content)).toEqual([expected]);
  });
});

describe('MDX body readers', () => {
  it('bodyStepIds finds the step ids in order', () => {
    expect(bodyStepIds('<Step id="a">x</Step> text <Step  id="b">y</Step>')).toEqual(['a', 'b']);
  });
  it('bodyCitations lists each cited source once, in order of first citation', () => {
    expect(bodyCitations('<Cite s="b a" /> <Cite s="a c"/>')).toEqual(['b', 'a', 'c']);
  });
});

describe('citationOrder(bodies, dataCited, all)', () => {
  it('numbers prose citations first, then data-only sources, then the rest', () => {
    expect(citationOrder(['<Cite s="b a" />'], ['d', 'c'], ['a', 'b', 'c', 'd', 'e'])).toEqual(['b', 'a', 'c', 'd', 'e']);
  });
});
