import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT, textLines, type Mark, type Scene } from '../scene';
import { stateAt } from './state';
import { ATTEMPTS, armsFlowScene, detailFor, metrics, MIN_FONT } from './layout';
import { claimTag, denialTag, monthsText } from './describe';
import { WORDS } from './words';
import { model, modelKo, steps, stepsKo } from './test-fixtures';
import type { ArmsFlowModel } from './model';
import type { ArmsFlowStep } from './state';
import { textWidth } from '../text';

/** The sizes the chart is drawn at: a 320 px phone (short and tall), a tablet, desktops 900 px, 1440 px, 2560 px. */
const SIZES = {
  phoneShort: { width: 296, height: 240 },
  phone: { width: 296, height: 354 },
  tablet: { width: 744, height: 416 },
  narrowDesktop: { width: 340, height: 612 },
  desktop: { width: 880, height: 612 },
  huge: { width: 2000, height: 704 },
};

const shown = (scene: Scene, layer: string) => scene.marks.filter((m) => m.layer === layer && m.attrs.opacity !== 0);
const lanePaths = (scene: Scene) => shown(scene, 'lanes').filter((m) => m.tag === 'path');
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** Estimated box of a text mark, from its anchor, size and lines; the height is Inter's line box (ascent 0.97 em, descent 0.25 em), as the browser measures it. */
function textBox(m: Mark) {
  const size = Number(m.attrs['font-size']);
  const lines = textLines(m);
  const bold = /lane-head|node-label|cards-head|denial-who|treaty-label|inset-title|estimate-value/.test(String(m.attrs.class));
  const w = Math.max(...lines.map((l) => textWidth(l, size, bold)));
  const x = Number(m.attrs.x);
  const anchor = m.attrs['text-anchor'] ?? 'start';
  const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
  const y = Number(m.attrs.y);
  return { key: m.key, x0, x1: x0 + w, y0: y - size * 0.97, y1: y + size * 0.25 + (lines.length - 1) * size * LINE_HEIGHT };
}

/** The step's scene at `size` fills it (or, at an open height, its natural height), sets no text below 12 px, keeps every label inside and lets none overlap another. */
function expectFits(m: ArmsFlowModel, table: ArmsFlowStep[], id: string, size: { width: number; height: number }) {
  const scene = armsFlowScene(m, stateAt(table, id), size);
  const height = Number.isFinite(size.height) ? size.height : scene.height;
  expect(scene.width).toBe(size.width);
  expect(scene.height).toBe(height);
  const texts = scene.marks.filter((mark) => mark.tag === 'text');
  const boxes = texts.map(textBox);
  for (const t of texts) expect(Number(t.attrs['font-size'])).toBeGreaterThanOrEqual(MIN_FONT);
  for (const b of boxes) {
    expect(b.x0, `${b.key} left edge`).toBeGreaterThanOrEqual(-0.5);
    expect(b.x1, `${b.key} right edge`).toBeLessThanOrEqual(size.width + 0.5);
    expect(b.y0, `${b.key} top`).toBeGreaterThanOrEqual(-0.5);
    expect(b.y1, `${b.key} bottom`).toBeLessThanOrEqual(height + 0.5);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      expect(ox > 0.5 && oy > 0.5, `${a.key} overlaps ${b.key}`).toBe(false);
    }
  }
}

describe('armsFlowScene(model, stateAt(steps, id), size)', () => {
  // One row per step: the lanes a reader sees labelled in full at desktop size.
  const table: Array<[string, string[]]> = [
    ['flow-shells', ['shells', 'munitions']],
    ['flow-shell-claims', ['shells']],
    ['flow-missiles', ['missiles']],
    ['flow-aid', ['food', 'oil', 'raw-materials', 'technology', 'weapons-sought', 'diplomatic-cover']],
    ['flow-denials', ['shells', 'munitions', 'missiles', 'food', 'oil', 'raw-materials', 'technology', 'weapons-sought', 'diplomatic-cover']],
    ['flow-treaty', ['shells', 'munitions', 'missiles', 'food', 'oil', 'raw-materials', 'technology', 'weapons-sought', 'diplomatic-cover']],
  ];
  it('covers every step of chapter 3', () => expect(table.map(([id]) => id)).toEqual(steps.map((s) => s.id)));

  it.each(table)('%s: detail lines name the amount or claimants of %j', (id, detailed) => {
    const state = stateAt(steps, id);
    const scene = armsFlowScene(model, state, SIZES.desktop);
    const withDetail = [...new Set(shown(scene, 'labels').filter((m) => m.key.startsWith('detail-')).map((m) => m.key.split('-').slice(1, -1).join('-')))];
    expect(withDetail.map((k) => k.replace(/-(amount|claimant|claim|denial|annotation)$/, ''))).toEqual(
      expect.arrayContaining(detailed),
    );
    expect(lanePaths(scene).map((m) => m.key.replace('lane-', ''))).toEqual(state.lanes);
    for (const category of detailed) {
      const lane = model.lanes.find((l) => l.category === category)!;
      const headline = model.claims.find((c) => c.id === lane.headline)!;
      const text = scene.marks.filter((m) => m.key.startsWith(`detail-${category}-`)).flatMap(textLines).join(' ');
      if (state.claims) {
        expect(text).toMatch(/^Claimed by /);
        for (const id of lane.claims) expect(text).toContain(model.claims.find((c) => c.id === id)!.claimantShort);
      } else expect(text).toContain(headline.claimant);
    }
    expect(scene.desc).toContain(state.takeaway);
  });

  it.each(steps.map((s) => [s.id]))('%s: every arrow has the same band width and points from its origin to its destination', (id) => {
    const scene = armsFlowScene(model, stateAt(steps, id), SIZES.desktop);
    const m = metrics(SIZES.desktop.width, !!stateAt(steps, id).frame);
    for (const path of lanePaths(scene)) {
      const lane = model.lanes.find((l) => `lane-${l.category}` === path.key)!;
      // M tail,top H neck V headTop L tip,centre L neck,headBottom V bottom H tail Z
      const [tail, top, , , tip, centre, , , bottom] = numbers(String(path.attrs.d));
      expect(bottom! - top!).toBeCloseTo(m.band, 5);
      expect(centre! - top!).toBeCloseTo(m.band / 2, 5);
      if (lane.from === 'kp') expect(tip!).toBeGreaterThan(tail! + 100);
      else expect(tip!).toBeLessThan(tail! - 100);
      expect(String(path.attrs.class)).toContain(`dir-${lane.from}-to-${lane.to}`);
    }
  });

  it('draws uncertain and undelivered lanes dashed, and no other', () => {
    const scene = armsFlowScene(model, stateAt(steps, 'flow-aid'), SIZES.desktop);
    const dashed = lanePaths(scene).filter((m) => String(m.attrs.class).includes('is-uncertain')).map((m) => m.key);
    expect(dashed).toEqual(['lane-weapons-sought']);
  });

  it('keeps lanes that a step does not draw, collapsed at their origin and transparent, so they grow in when they enter', () => {
    const scene = armsFlowScene(model, stateAt(steps, 'flow-shells'), SIZES.desktop);
    const oil = scene.marks.find((m) => m.key === 'lane-oil')!;
    expect(oil.attrs.opacity).toBe(0);
    const xs = numbers(String(oil.attrs.d)).filter((_, i) => [0, 2, 4, 6, 9].includes(i));
    expect(new Set(xs).size).toBe(1);
    expect(scene.marks.some((m) => m.key === 'head-oil')).toBe(false);
  });

  describe.each(Object.entries(SIZES))('at %s size', (_name, size) => {
    it.each(steps.map((s) => [s.id]))('%s: fits, with no text below 12 px and no estimated label overlaps', (id) => {
      expectFits(model, steps, id, size);
    });
  });

  it('simplifies on small screens instead of shrinking text: the denials step keeps every lane on a phone', () => {
    const state = stateAt(steps, 'flow-denials');
    expect(detailFor(model, state, SIZES.desktop)).toEqual(ATTEMPTS[0]);
    const phone = detailFor(model, state, SIZES.phone);
    expect(ATTEMPTS.indexOf(phone)).toBeGreaterThan(0);
    const scene = armsFlowScene(model, state, SIZES.phone);
    expect(lanePaths(scene)).toHaveLength(9);
    expect(scene.marks.filter((m) => m.key.startsWith('card-') && m.tag === 'rect').length).toBeGreaterThanOrEqual(2);
  });

  it('shows the chosen denials as cards under their own country, quoted at desktop size', () => {
    const state = stateAt(steps, 'flow-denials');
    const scene = armsFlowScene(model, state, SIZES.desktop);
    const cards = scene.marks.filter((m) => m.key.startsWith('card-') && m.tag === 'rect');
    expect(cards.map((c) => c.key.replace('card-', '')).sort()).toEqual([...state.denials].sort());
    const mid = SIZES.desktop.width / 2;
    for (const card of cards) {
      const d = model.denials.find((x) => `card-${x.id}` === card.key)!;
      expect(Number(card.attrs.x) < mid).toBe(d.side === 'kp');
      const quote = scene.marks.find((m) => m.key === `card-quote-${d.id}`)!;
      expect(textLines(quote).join(' ')).toContain(d.quote.split(' ').slice(0, 3).join(' '));
    }
  });

  it('draws the shell estimates in one unit on one zero-based axis, one row per estimate', () => {
    const scene = armsFlowScene(model, stateAt(steps, 'flow-shell-claims'), SIZES.desktop);
    const dots = scene.marks.filter((m) => m.key.startsWith('inset-dot-'));
    expect(dots).toHaveLength(model.shellEstimates.length);
    const zero = Number(scene.marks.find((m) => m.key === 'inset-grid-0')!.attrs.x1);
    const sticks = scene.marks.filter((m) => m.key.startsWith('inset-stick-'));
    // Stick length is proportional to the figure: same rounds per pixel for every estimate.
    const perPx = model.shellEstimates.map((e, i) => e.value / (Number(dots[i]!.attrs.cx) - zero));
    for (const r of perPx) expect(Math.abs(r / perPx[0]! - 1)).toBeLessThan(0.001);
    expect(sticks.every((s) => Number(s.attrs.x1) === zero)).toBe(true);
    expect(dots.filter((d) => String(d.attrs.class).includes('is-converted'))).toHaveLength(3);
    expect(textLines(scene.marks.find((m) => m.key === 'inset-title')!).join(' ')).toContain('in rounds');
  });

  it('frames both countries in the treaty step and says what Article 4 promises', () => {
    const scene = armsFlowScene(model, stateAt(steps, 'flow-treaty'), SIZES.desktop);
    const frame = scene.marks.find((m) => m.key === 'treaty-frame')!;
    const bars = scene.marks.filter((m) => m.key.startsWith('node-') && m.tag === 'rect');
    for (const bar of bars) {
      expect(Number(bar.attrs.x)).toBeGreaterThan(Number(frame.attrs.x));
      expect(Number(bar.attrs.x) + Number(bar.attrs.width)).toBeLessThan(Number(frame.attrs.x) + Number(frame.attrs.width));
      expect(Number(bar.attrs.y) + Number(bar.attrs.height)).toBeLessThan(Number(frame.attrs.y) + Number(frame.attrs.height));
    }
    expect(textLines(scene.marks.find((m) => m.key === 'treaty-note')!).join(' ')).toMatch(/Article 4/);
    expect(textLines(scene.marks.find((m) => m.key === 'treaty-label')!).join(' ')).toMatch(/Jun 19, 2024/);
  });

  it('lays out at its natural height when the height is open (the build-time picture)', () => {
    const scene = armsFlowScene(model, stateAt(steps, 'flow-treaty'), { width: 296, height: Infinity });
    expect(Number.isFinite(scene.height)).toBe(true);
    expect(scene.height).toBeGreaterThan(200);
    expect(detailFor(model, stateAt(steps, 'flow-treaty'), { width: 296, height: Infinity })).toEqual(ATTEMPTS[0]);
  });

  it('is pure: same input, same scene; the model and state are left as they were', () => {
    const state = stateAt(steps, 'flow-denials');
    const before = JSON.stringify([model, state]);
    const a = armsFlowScene(model, state, SIZES.tablet);
    const b = armsFlowScene(model, state, SIZES.tablet);
    expect(a).toEqual(b);
    expect(JSON.stringify([model, state])).toBe(before);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('label helpers', () => {
  it.each([
    [['2024-02-26', '2024-06-14'], 'Feb, Jun 2024'],
    [['2023-12-29', '2024-03-18'], 'Dec 2023, Mar 2024'],
    [['2024-09-18'], 'Sep 2024'],
  ])('monthsText(%j) -> %s', (dates, expected) => expect(monthsText(dates)).toBe(expected));

  it('claimTag names every claimant of a lane with the months of their claims', () => {
    const lane = model.lanes.find((l) => l.category === 'shells')!;
    const tag = claimTag(lane.claims.map((id) => model.claims.find((c) => c.id === id)!));
    expect(tag).toBe('Claimed by Seoul (NIS), Nov 2023; Kyiv (HUR), Jan 2024; Seoul (minister), Feb, Jun 2024; Seoul & Washington, Sep 2024');
  });

  it.each([
    ['shells', 'Denied by Pyongyang and Moscow'],
    ['oil', 'No denial on record'],
    ['diplomatic-cover', 'On the record. Nebenzia, Mar 28, 2024: “detached from reality”'],
  ])('denialTag(%s) -> %s', (category, expected) => {
    expect(denialTag(model.lanes.find((l) => l.category === category)!, model.denials)).toBe(expected);
  });
});

describe('the Korean edition (Hangul measured at 1 em, the widest a Korean font sets it)', () => {
  /** The chart's canvas on 320 px phones (short and tall), a 390 px phone, a 768 px tablet, a 900 px and a 1440 px desktop, a 2560 px screen; and the build-time pictures. */
  const KO_SIZES = {
    'phone 320 short': SIZES.phoneShort,
    'phone 320': SIZES.phone,
    'phone 390': { width: 366, height: 354 },
    'tablet 768': SIZES.tablet,
    'desktop 900': SIZES.narrowDesktop,
    'desktop 1440': SIZES.desktop,
    'screen 2560': SIZES.huge,
    'build wide': { width: 600, height: Infinity },
    'build narrow': { width: 296, height: Infinity },
  };
  describe.each(Object.entries(KO_SIZES))('at %s size', (_name, size) => {
    it.each(stepsKo.map((s) => [s.id]))('%s: fits, with no text below 12 px and no estimated label overlaps', (id) => {
      expectFits(modelKo, stepsKo, id, size);
    });
  });

  it('labels the lanes in Korean, with the Korean amounts and claimants, at desktop size', () => {
    const scene = armsFlowScene(modelKo, stateAt(stepsKo, 'flow-aid'), SIZES.desktop);
    const text = (key: string) => textLines(scene.marks.find((m) => m.key === key)!).join(' ');
    expect(text('node-label-kp')).toBe('북한');
    expect(text('node-label-ru')).toBe('러시아');
    expect(text('head-oil')).toBe('정제유');
    expect(text('detail-oil-amount')).toBe('3월 한 달에만 16만 5,000배럴 이상 — 백악관, 2024년 5월 2일');
    expect(text('detail-weapons-sought-amount')).toContain('실제 전달은 확인 안 됨');
  });

  it('tags claims and denials in Korean in the denials step, and heads the cards by capital', () => {
    const scene = armsFlowScene(modelKo, stateAt(stepsKo, 'flow-denials'), SIZES.desktop);
    const text = (key: string) => textLines(scene.marks.find((m) => m.key === key)!).join(' ');
    expect(text('detail-shells-claim-tag')).toMatch(/^주장: 한국\(국정원\) 2023년 11월; /);
    expect(text('detail-oil-denial-tag')).toBe('부인한 기록 없음');
    expect(text('detail-diplomatic-cover-denial-tag')).toBe('공식 기록. 네벤자, 2024년 3월 28일: “현실과 동떨어진”');
    expect(text('cards-head-kp')).toBe('평양 측 부인');
    expect(text('cards-head-ru')).toBe('모스크바 측 부인');
  });

  it('writes the shell estimates as Korean figures with their bounds, on an axis in 만', () => {
    const scene = armsFlowScene(modelKo, stateAt(stepsKo, 'flow-shell-claims'), SIZES.desktop);
    const values = scene.marks.filter((m) => m.key.startsWith('inset-value-')).map((m) => textLines(m).join(''));
    expect(values).toEqual(['100만 이상', '200만 이상', '약 100만', '최대 300만', '최대 480만', '600만 이상']);
    const axis = scene.marks.filter((m) => m.key.startsWith('inset-xlabel-')).map((m) => textLines(m).join(''));
    expect(axis).toEqual(['0', '200만', '400만', '600만']);
    expect(textLines(scene.marks.find((m) => m.key === 'inset-title')!).join(' ')).toBe('포탄 추정치의 변화(단위: 발)');
  });

  it('frames the treaty in Korean', () => {
    const scene = armsFlowScene(modelKo, stateAt(stepsKo, 'flow-treaty'), SIZES.desktop);
    expect(textLines(scene.marks.find((m) => m.key === 'treaty-label')!).join(' ')).toMatch(/2024년 6월 19일 서명/);
    expect(textLines(scene.marks.find((m) => m.key === 'treaty-note')!).join(' ')).toMatch(/^제4조: /);
  });

  it('draws the same marks, in the same places where no text is involved, as the English edition', () => {
    for (const s of steps) {
      const en = armsFlowScene(model, stateAt(steps, s.id), { width: 880, height: Infinity });
      const ko = armsFlowScene(modelKo, stateAt(stepsKo, s.id), { width: 880, height: Infinity });
      const lanes = (scene: Scene) => lanePaths(scene).map((m) => [m.key, String(m.attrs.class)]);
      expect(lanes(ko)).toEqual(lanes(en));
      const cards = (scene: Scene) => scene.marks.filter((m) => m.key.startsWith('card-') && m.tag === 'rect').map((m) => m.key);
      expect(cards(ko)).toEqual(cards(en));
    }
  });
});

describe('Korean label helpers', () => {
  it.each([
    [['2024-02-26', '2024-06-14'], '2024년 2월·6월'],
    [['2023-12-29', '2024-03-18'], '2023년 12월·2024년 3월'],
    [['2024-09-18'], '2024년 9월'],
  ])('monthsText(%j) -> %s', (dates, expected) => expect(monthsText(dates, WORDS.ko)).toBe(expected));

  it('claimTag names every claimant of a lane with the months of their claims', () => {
    const lane = modelKo.lanes.find((l) => l.category === 'shells')!;
    const tag = claimTag(lane.claims.map((id) => modelKo.claims.find((c) => c.id === id)!), WORDS.ko);
    expect(tag).toBe('주장: 한국(국정원) 2023년 11월; 우크라이나(HUR) 2024년 1월; 한국(국방장관) 2024년 2월·6월; 한국·미국 2024년 9월');
  });

  it.each([
    ['shells', '부인: 평양·모스크바'],
    ['oil', '부인한 기록 없음'],
    ['diplomatic-cover', '공식 기록. 네벤자, 2024년 3월 28일: “현실과 동떨어진”'],
  ])('denialTag(%s) -> %s', (category, expected) => {
    expect(denialTag(modelKo.lanes.find((l) => l.category === category)!, modelKo.denials, WORDS.ko)).toBe(expected);
  });

  it('names one capital alone when only one side denies', () => {
    const lane = { ...modelKo.lanes.find((l) => l.category === 'shells')!, deniedBy: ['peskov-2023-10-17'] };
    expect(denialTag(lane, modelKo.denials, WORDS.ko)).toBe('부인: 모스크바');
    expect(denialTag(lane, model.denials)).toBe('Denied by Moscow');
  });
});
