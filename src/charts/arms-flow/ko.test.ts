/** The Korean edition of the flow diagram: its text alternative, model, step table and source line are in Korean, the facts those of the English. */
import { describe, expect, it } from 'vitest';
import { textLines } from '../scene';
import { armsFlowScene } from './layout';
import { armsFlowModel, clientModel, qualifierOf } from './model';
import { stateAt } from './state';
import { WORDS } from './words';
import { denialRowsKo, flowRowsKo, model, modelKo, sourcesKo, steps, stepsKo } from './test-fixtures';

/** Latin words a Korean reader meets in Korean news copy as they are: agencies' and units' abbreviations. */
const ALLOWED = new Set(['km', 'SRBM', 'KCNA', 'TASS', 'HUR', 'RUSI']);
/** The publishers' names, which a source line or a card cites as published. */
const PUBLISHER_WORDS = new Set([...sourcesKo.values()].flatMap((s) => s.publisher.match(/[A-Za-z]+/g) ?? []));
/** Every run of three or more Latin letters in `text` that is not an allowed name. */
const englishIn = (text: string, allowed: Set<string> = ALLOWED) => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.has(w));
const SIZES = [
  { width: 296, height: 240 },
  { width: 296, height: 354 },
  { width: 366, height: 354 },
  { width: 744, height: 416 },
  { width: 880, height: 612 },
];

describe('the Korean text alternative', () => {
  it.each(stepsKo.map((s) => [s.id]))('%s: a Korean <title> and <desc> with the Korean takeaway and no English words', (id) => {
    const state = stateAt(stepsKo, id);
    for (const size of SIZES) {
      const scene = armsFlowScene(modelKo, state, size);
      expect(scene.title).toBe(WORDS.ko.title('2023', '2024'));
      expect(scene.desc.startsWith(state.takeaway)).toBe(true);
      expect(state.takeaway).toMatch(/[가-힣]/);
      expect(englishIn(scene.title), scene.title).toEqual([]);
      expect(englishIn(scene.desc), scene.desc).toEqual([]);
      expect(scene.desc).toContain(WORDS.ko.desc.widths);
    }
  });

  it.each(stepsKo.map((s) => [s.id]))('%s: every label drawn is Korean (publishers cited on the cards excepted)', (id) => {
    for (const size of SIZES) {
      const scene = armsFlowScene(modelKo, stateAt(stepsKo, id), size);
      const words = scene.marks.filter((m) => m.tag === 'text').flatMap(textLines).join(' ');
      expect(englishIn(words, new Set([...ALLOWED, ...PUBLISHER_WORDS])), words).toEqual([]);
    }
  });

  it('names every lane, its amount, claimant and date, the denials and the frame, as the English does', () => {
    const desc = (id: string) => armsFlowScene(modelKo, stateAt(stepsKo, id), { width: 880, height: 612 }).desc;
    expect(desc('flow-aid')).toContain('러시아에서 북한으로: 식량 등 지원 물자 — 컨테이너 9,000개 이상(한국 국방부 장관, 2024년 3월 18일).');
    expect(desc('flow-shell-claims')).toContain('152mm 포탄 200만 발 이상(한국 국방부 장관, 2023년 12월 29일, 컨테이너 수를 환산)');
    expect(desc('flow-denials')).toContain('정제유 — 주장: FT, RUSI 2024년 3월; 백악관 2024년 5월; 부인한 기록 없음.');
    expect(desc('flow-denials')).toContain('부인 발언: 김여정, 2024년 5월 17일: “');
    expect(desc('flow-treaty')).toContain('포괄적 전략적 동반자 관계 조약, 2024년 6월 19일 서명. 제4조: ');
    expect(armsFlowScene(modelKo, stateAt(stepsKo, 'nope'), { width: 880, height: 612 }).desc).toBe(`${WORDS.ko.desc.empty} ${WORDS.ko.desc.widths}`);
  });
});

describe('the Korean model', () => {
  it('keeps its edition, and the browser copy keeps it too', () => {
    expect(model.locale).toBe('en');
    expect(modelKo.locale).toBe('ko');
    expect(clientModel(modelKo).locale).toBe('ko');
  });

  it('has the English lanes, claims, denials and estimates, only in Korean words', () => {
    const shape = (m: typeof model) => ({
      lanes: m.lanes.map(({ name: _n, shortName: _s, ...rest }) => rest),
      claims: m.claims.map((c) => [c.id, c.category, c.from, c.to, c.value, c.unit, c.claimDate, c.status, c.deniedBy, c.sources]),
      denials: m.denials.map((d) => [d.id, d.date, d.side, d.sources]),
      estimates: m.shellEstimates.map(({ text: _t, claimant: _c, claimantShort: _s, ...rest }) => rest),
    });
    expect(shape(modelKo)).toEqual(shape(model));
    expect(modelKo.lanes.map((l) => l.name)).toEqual(modelKo.lanes.map((l) => WORDS.ko.lanes[l.category].name));
    expect(modelKo.claims.find((c) => c.id === 'kp-ru-shells-2024-06-14')!.dateText).toBe('2024년 6월 14일');
    expect(modelKo.denials.find((d) => d.id === 'nebenzia-2024-03-28')!.dateText).toBe('2024년 3월 28일');
  });

  it.each([
    ['100만 발 이상', 'more than'],
    ['최대 480만 발에 이를 가능성', 'up to'],
    ['152mm 포탄 최대 약 300만 발', 'up to'],
    ['약 100만 발', 'about'],
    ['포탄 수백만 발', ''],
  ])('qualifierOf(%s) -> %s', (text, expected) => expect(qualifierOf(text)).toBe(expected));

  it('is pure in Korean too', () => {
    expect(armsFlowModel(flowRowsKo, denialRowsKo, sourcesKo, 'ko')).toEqual(modelKo);
  });
});

describe('the Korean step table', () => {
  it('words every annotation and the treaty frame, and changes nothing else', () => {
    for (const [en, ko] of steps.map((s, i) => [s, stepsKo[i]!] as const)) {
      expect(ko.id).toBe(en.id);
      expect(ko.lanes).toEqual(en.lanes);
      expect(ko.denials).toEqual(en.denials);
      for (const [i, a] of (ko.annotations ?? []).entries()) {
        expect(a.text).not.toBe(en.annotations![i]!.text);
        expect(a.sources).toEqual(en.annotations![i]!.sources);
        expect(a.lane).toBe(en.annotations![i]!.lane);
        expect(englishIn(a.text)).toEqual([]);
      }
      if (ko.frame) expect(englishIn(`${ko.frame.label} ${ko.frame.note}`)).toEqual([]);
    }
  });
});

describe('the Korean source line and table words', () => {
  const publishers = [...new Set(modelKo.claims.flatMap((c) => c.sourceNames))];
  it('cites the first publishers and counts the rest, with the caveats', () => {
    const line = WORDS.ko.sourceLine(publishers);
    expect(line).toMatch(new RegExp(`^출처: ${publishers[0]!.replace(/[()]/g, '\\$&')}, .* 외 ${publishers.length - 4}곳\\(아래 표\\)\\. `));
    expect(line).toContain('독립적으로 검증된 것은 없다');
    expect(line).toContain('비교할 수 없다');
    expect(englishIn(line, new Set([...ALLOWED, ...PUBLISHER_WORDS]))).toEqual([]);
  });

  it('has every table word in Korean', () => {
    const t = WORDS.ko.table;
    const words = [t.label, t.caption('2023년 10월', '2024년 9월'), t.from, t.to, t.what, t.amount, t.claimedBy, t.date, t.deniedBy, t.sources, ...Object.values(t.status), t.conversion('x'), t.noDenial, t.denialsCaption, t.who, t.said];
    for (const w of words) expect(englishIn(w), w).toEqual([]);
    expect(t.denier('김여정', '2024년 5월 17일')).toEqual(['김여정(', ')']);
  });
});
