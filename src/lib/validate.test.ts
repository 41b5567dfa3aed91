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
    [
      'a takeaway that states a number with no sources',
      (c) => (c.story[0]!.data.steps[1]!.takeaway = 'About 400 km.'),
      'content/story/02-envoy.mdx: entry "02-envoy", field "steps[1].sources": the takeaway of "s2" states a number; name its sources',
    ],
    [
      'a takeaway source that does not exist',
      (c) => Object.assign(c.story[0]!.data.steps[1]!, { takeaway: 'About 400 km.', sources: ['gone'] }),
      'content/story/02-envoy.mdx: entry "02-envoy", field "steps[1].sources[0]": unknown source id "gone"',
    ],
    [
      'a classroom question that quotes someone with no sources',
      (c) => (c.classroom = [{ id: '04-next', data: { questions: [{ q: 'Why "unconditionally"?', sources: [] }] } }]),
      'content/data/classroom.yaml: entry "04-next", field "questions[0].sources": states a quotation; name its sources',
    ],
    [
      'a glossary definition with a date and no sources',
      (c) => c.glossary.push({ id: 'g1', data: { definition: 'Met on Oct 7, 2024.', sources: [] } }),
      'content/data/glossary.yaml: entry "g1", field "sources": states a date; name its sources',
    ],
    [
      'a change that points at no place on the page',
      (c) => (c.updates = [{ id: 'u1', data: { at: 'no-such-step', sources: [] } }]),
      'content/data/updates.yaml: entry "u1", field "at": "no-such-step" is not a step id, a chapter id or one of summary, classroom, glossary, names, sources',
    ],
    [
      'an uncited number in the prose, with its file line',
      (c) => Object.assign(c.story[1]!, { body: 'Prose.<Cite s="src-a" />\n\nIt flew 400 km.', bodyLine: 7 }),
      'content/story/04-next.mdx:9: this sentence states a number but its paragraph has no <Cite>: "It flew 400 km."',
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
