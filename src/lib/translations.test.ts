import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chapterTranslationProblems, TRANSLATED_FIELDS, translationProblems } from './translations';

/** A data file's rows as written, `ko:` maps included. */
const rows = (name: string) => (parse(readFileSync(`content/data/${name}.yaml`, 'utf8')) as Array<{ id: string } & Record<string, unknown>>).map(({ id, ...data }) => ({ id, data }));
/** A chapter as the loader gives it: front matter and body. */
const chapter = (path: string, id: string) => {
  const [, front, ...body] = readFileSync(path, 'utf8').split(/^---$/m);
  return { id, body: body.join('---'), data: { steps: [], ...(parse(front!) as object) } as { title?: string; steps: Array<{ id: string; takeaway?: string }> } };
};
const chapters = (dir: string) => readdirSync(dir).map((f) => chapter(`${dir}/${f}`, f.replace(/\.mdx$/, '')));

describe('the Korean edition of the content', () => {
  it('translates every reader-facing field of every data file', () => {
    for (const name of Object.keys(TRANSLATED_FIELDS)) expect(translationProblems(name, rows(name)), name).toEqual([]);
  });

  it('has every chapter, with the same steps, citations, terms and names as the English', () => {
    expect(chapterTranslationProblems(chapters('content/story'), chapters('content/ko/story'))).toEqual([]);
  });
});

describe('translationProblems(collection, entries)', () => {
  it('names the file, the entry, the field and the language of a missing translation', () => {
    expect(translationProblems('flows', [{ id: 'x', data: { what: 'Shells', amount: '', ko: {} } }])).toEqual([
      'content/data/flows.yaml: entry "x", field "ko.what": no Korean (ko) text for "what"',
    ]);
  });
  it('checks nested fields and lists item for item', () => {
    const flow = { what: 'a', claimedBy: ['x', 'y'], equivalent: { text: 'z' }, ko: { what: '가', claimedBy: ['엑스'] } };
    expect(translationProblems('flows', [{ id: 'f', data: flow }])).toEqual([
      'content/data/flows.yaml: entry "f", field "ko.claimedBy": 2 items in English, 1 in Korean (ko)',
      'content/data/flows.yaml: entry "f", field "ko.equivalent.text": no Korean (ko) text for "equivalent.text"',
    ]);
  });
  it("needs the Korean of a source's publisher, as of its note", () => {
    expect(TRANSLATED_FIELDS.sources).toEqual(['publisher', 'note']);
    const source = { publisher: 'TASS', title: 'Lavrov met Choe', date: '2024-09-17', note: 'Wire copy.', ko: { note: '통신 기사.' } };
    expect(translationProblems('sources', [{ id: 's', data: source }])).toEqual(['content/data/sources.yaml: entry "s", field "ko.publisher": no Korean (ko) text for "publisher"']);
    expect(translationProblems('sources', [{ id: 's', data: { ...source, ko: { publisher: ' ', note: '통신 기사.' } } }])).toHaveLength(1);
    expect(translationProblems('sources', [{ id: 's', data: { ...source, ko: { publisher: '타스통신', note: '통신 기사.' } } }])).toEqual([]);
  });
  it("checks each of a launch's figures in its own ko map", () => {
    const launch = { direction: 'east', ko: { direction: '동쪽' }, distances: [{ by: 'JCS', label: 'about 400 km', what: 'w', claimedBy: 'c', ko: { by: '합참', label: '약 400km', what: '…' } }] };
    expect(translationProblems('launches', [{ id: 'l', data: launch }])).toEqual(['content/data/launches.yaml: entry "l", field "distances[0].ko.claimedBy": no Korean (ko) text for "claimedBy"']);
  });
});

describe('chapterTranslationProblems(english, translated)', () => {
  const en = { id: 'c1', body: '<Step id="a">One.<Cite s="s1" /></Step><Step id="b">Two <Term t="srbm">SRBM</Term>.<Cite s="s2 s3" /></Step>', data: { title: 'T', steps: [{ id: 'a', takeaway: 'x' }, { id: 'b' }] } };
  it('accepts a faithful edition', () => {
    const ko = { id: 'c1', body: '<Step id="a">하나.<Cite s="s1" /></Step><Step id="b">둘 <Term t="srbm">단거리탄도미사일</Term>.<Cite s="s2 s3" /></Step>', data: { title: '제목', steps: [{ id: 'a', takeaway: '엑스' }, { id: 'b' }] } };
    expect(chapterTranslationProblems([en], [ko])).toEqual([]);
  });
  it('names a missing chapter, a missing takeaway and a citation that differs', () => {
    expect(chapterTranslationProblems([en], [])).toEqual(['content/ko/story/c1.mdx: no Korean (ko) edition of chapter "c1"']);
    const ko = { id: 'c1', body: '<Step id="a">하나.<Cite s="s1" /></Step><Step id="b">둘 <Term t="srbm">단거리</Term>.<Cite s="s2" /></Step>', data: { title: '제목', steps: [{ id: 'a' }, { id: 'b' }] } };
    expect(chapterTranslationProblems([en], [ko])).toEqual([
      'content/ko/story/c1.mdx: entry "c1", field "steps[0].takeaway": no Korean (ko) takeaway for "a"',
      'content/ko/story/c1.mdx: entry "c1", field "<Cite s>": the Korean (ko) text has 2 [s1, s2], the English 2 [s1, s2 s3]',
    ]);
  });
  it('names a step whose chart words (an annotation, a frame) have no translation', () => {
    const withWords = { ...en, data: { title: 'T', steps: [{ id: 'a', takeaway: 'x', annotations: [{ text: 'Fired' }], frame: { label: 'Treaty', note: 'Art. 4' } }, { id: 'b' }] } };
    const ko = { id: 'c1', body: en.body.replace('One', '하나'), data: { title: '제목', steps: [{ id: 'a', takeaway: '엑스', frame: { label: '조약' } }, { id: 'b' }] } };
    expect(chapterTranslationProblems([withWords], [ko])).toEqual([
      'content/ko/story/c1.mdx: entry "c1", field "steps[0].annotations[0].text": no Korean (ko) text for "a"',
      'content/ko/story/c1.mdx: entry "c1", field "steps[0].frame.note": no Korean (ko) text for "a"',
    ]);
  });
});
