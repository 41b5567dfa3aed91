import { describe, expect, it } from 'vitest';
import { localizeData } from './localize';

describe('localizeData', () => {
  const flow = { what: 'Shells', amount: '1 million', sources: ['a'], equivalent: { rounds: 3, text: 'three' }, ko: { what: '포탄', equivalent: { text: '셋' } } };
  it('lays the edition’s text over the fields it names and keeps the rest', () => {
    expect(localizeData(flow, 'ko')).toEqual({ what: '포탄', amount: '1 million', sources: ['a'], equivalent: { rounds: 3, text: '셋' } });
  });
  it('gives English without any edition’s map', () => {
    expect(localizeData(flow, 'en')).toEqual({ what: 'Shells', amount: '1 million', sources: ['a'], equivalent: { rounds: 3, text: 'three' } });
  });
  it('translates figures nested in lists by their own maps', () => {
    const launch = { distances: [{ km: 400, by: 'JCS', ko: { by: '합참' } }], ko: {} };
    expect(localizeData(launch, 'ko')).toEqual({ distances: [{ km: 400, by: '합참' }] });
  });
  it('keeps a question’s sources when its translation is plain text', () => {
    const entry = { questions: [{ q: 'Why?', sources: ['s'] }], ko: { questions: ['왜?'] } };
    expect(localizeData(entry, 'ko')).toEqual({ questions: [{ q: '왜?', sources: ['s'] }] });
  });
  it('reads entries that come without a prototype, as Astro’s data store gives them', () => {
    const entry = Object.assign(Object.create(null) as Record<string, unknown>, { name: 'Seoul', ko: Object.assign(Object.create(null) as Record<string, unknown>, { name: '서울' }) });
    expect(localizeData(entry, 'ko')).toEqual({ name: '서울' });
  });
});
