/**
 * The Korean edition of the map: the same layout in Korean words (words.ts), with the content's
 * Korean names and claims (the `ko:` maps). Labels must fit as the English do, and the text
 * alternative must be Korean throughout.
 */
import { describe, expect, test } from 'vitest';
import { sceneSvg } from '../../../tests/unit/scene-svg';
import { BUILD_SIZES, clockTime, MIN_FONT_PX, rangeArcLayout, rangeArcScene, shortDate } from './layout';
import { ko } from './fixtures';
import { stateAt, summaryState } from './state';
import type { Rect } from './labels';
import { josa, PAGE_WORDS, WORDS } from './words';

/** Chart canvases at 320, 390, 768, 1440 and 2560 px wide pages, and a short phone (as layout.test.ts). */
const SIZES = [
  { width: 296, height: 240 },
  { width: 296, height: 294 },
  { width: 366, height: 354 },
  { width: 744, height: 416 },
  { width: 880, height: 612 },
  { width: 1360, height: 704 },
];
const { map, steps } = ko;
const ids = steps.map((s) => s.id);
const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const stateFor = (id: string, progress = 1) => (id === 'summary' ? summaryState(steps) : stateAt(steps, id, progress));
const cases = [
  ...SIZES.flatMap((size) => ids.map((id) => [id, size.width, size.height] as const)),
  ['summary', BUILD_SIZES.wide.width, BUILD_SIZES.wide.height] as const,
  ['summary', BUILD_SIZES.narrow.width, BUILD_SIZES.narrow.height] as const,
];
/**
 * Where a label may touch a line (never another label, never the edge): the picture for readers
 * without JavaScript on the narrowest phone, as in English; and, on a short phone (296 × 240),
 * KCNA's tick label, whose claimant 조선중앙통신 is a third wider than "KCNA" and finds no clean
 * spot between the flight and the end label there (it touches the flight line at one corner).
 */
const MAY_TOUCH = new Set([`summary@${BUILD_SIZES.narrow.width}x${BUILD_SIZES.narrow.height}`, 'arc-context@296x240']);

/** Latin words the Korean may keep: units and abbreviations Korean newsrooms write in Latin letters. */
const LATIN_ALLOWED = new Set(['km', 'mm', 'EEZ', 'KN']);
const latinWords = (text: string) => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));

describe('Korean: rangeArcLayout(map, state, size): labels', () => {
  test.each(cases)('%s at %s × %s px: every label fits, none collides, none is under 12 px', (id, width, height) => {
    const { scene, labels } = rangeArcLayout(map, stateFor(id), { width, height });
    const scale = width / scene.width;
    for (const label of labels) {
      if (!MAY_TOUCH.has(`${id}@${width}x${height}`)) expect(label.forced, `${label.key} had to be forced`).toBe(false);
      expect(label.fontSize * scale).toBeGreaterThanOrEqual(MIN_FONT_PX - 1e-9);
      expect(label.box.x0).toBeGreaterThanOrEqual(0);
      expect(label.box.y0).toBeGreaterThanOrEqual(0);
      expect(label.box.x1).toBeLessThanOrEqual(scene.width);
      expect(label.box.y1).toBeLessThanOrEqual(scene.height);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.key} × ${labels[j]!.key}`).toBe(false);
  });

  test.each(SIZES.map((s) => [s.width, s.height] as const))('the region step names the four places and the sea at %s × %s px', (width, height) => {
    const keys = rangeArcScene(map, stateAt(steps, 'arc-region'), { width, height }).marks.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining(['place-label-pyongyang', 'place-label-seoul', 'place-label-tokyo', 'place-label-vladivostok', 'region-sea-east']),
    );
  });

  test.each(SIZES.map((s) => [s.width, s.height] as const))(
    'the landing step labels both reports and the ring step its ring at %s × %s px',
    (width, height) => {
      const landing = rangeArcScene(map, stateAt(steps, 'arc-landing'), { width, height }).marks.map((m) => m.key);
      expect(landing).toEqual(expect.arrayContaining(['first-reports', 'landing-land', 'landing-sea-label', 'landing-land-label']));
      const ring = rangeArcScene(map, stateAt(steps, 'arc-ring'), { width, height }).marks.map((m) => m.key);
      expect(ring).toEqual(expect.arrayContaining(['ring', 'ring-label']));
    },
  );

  test.each(SIZES.map((s) => [s.width, s.height] as const))('the context step shows every claim with its claimant at %s × %s px', (width, height) => {
    const marks = rangeArcScene(map, stateAt(steps, 'arc-context'), { width, height }).marks;
    const text = (key: string) => [marks.find((m) => m.key === key)?.text ?? ''].flat().join(' ');
    expect(text('end-label')).toContain('합참: 약 400km');
    expect(text('tick-label-kcna')).toMatch(/^조선중앙통신: 320km/);
    expect(text('earlier-label')).toContain('9월 12일');
    expect(text('earlier-label')).toContain('궤적');
  });
});

describe('Korean: words drawn and said', () => {
  const size = { width: 880, height: 612 };
  const texts = (id: string) =>
    rangeArcScene(map, stateFor(id), size)
      .marks.filter((m) => m.layer === 'labels')
      .map((m) => [m.text].flat().join(' '));

  test.each([...ids, 'summary'])('%s: the title and description are Korean, with no English word left', (id) => {
    for (const s of SIZES) {
      const scene = rangeArcScene(map, stateFor(id, 0.5), s);
      for (const text of [scene.title, scene.desc]) {
        expect(text).toMatch(/[가-힣]/);
        expect(latinWords(text), text).toEqual([]);
      }
    }
  });

  test.each([...ids, 'summary'])('%s: every label on the map is Korean', (id) => {
    for (const text of texts(id)) expect(latinWords(text), text).toEqual([]);
  });

  test('the title names the date and the area in Korean', () => {
    expect(rangeArcScene(map, stateFor('arc-region'), size).title).toBe('지도: 북한, 2024년 9월 18일 개천 일대에서 미사일 발사');
  });

  test('the launch panel gives the date and the time as Korean newsrooms write them', () => {
    expect(texts('arc-launch-area')).toContain('2024년 9월 18일 현지시간 오전 6시 50분께');
  });

  test('the ring step names the cities inside the ring with their distances, and Chongjin as just outside', () => {
    const all = texts('arc-ring');
    for (const city of ['평양 75km', '서울 255km', '함흥 141km', '원산 145km', '선양 312km', '신의주·단둥 136~138km', '청진 401km'])
      expect(all).toContain(city);
    expect(all.join(' ')).toContain('최대 사거리가 아닌 비행거리');
  });

  test('the landing labels keep their caveats: the spot is approximate, the first reports gave none', () => {
    const all = texts('arc-landing').join(' ');
    expect(all).toContain('합참, 9월 19일:');
    expect(all).toContain('(대략적 위치)');
    expect(all).toContain('첫 보도, 9월 18일:');
    expect(all).toContain('낙하 지점 미발표');
  });

  test('the description says who claimed what, with every caveat', () => {
    const desc = (id: string, progress = 1) => rangeArcScene(map, stateFor(id, progress), size).desc;
    expect(desc('arc-launch-area')).toContain('정확한 발사 지점은 공개되지 않았다. 발사 시각: 2024년 9월 18일 현지시간 오전 6시 50분께.');
    expect(desc('arc-flight', 0.5)).toContain('비행경로는 한국 합동참모본부(합참)가 발표한 400km 가운데 200km까지 그렸다.');
    expect(desc('arc-flight')).toContain('정확한 궤적은 공개되지 않았다.');
    expect(desc('arc-landing')).toMatch(
      /한국 합동참모본부\(합참\), 9월 19일: 탄도미사일 두 발이 함경북도 산악 지대의 육지에 떨어졌다\. 지도에 표시한 지점은 대략적인 위치다\./,
    );
    expect(desc('arc-landing')).toContain('낙하 지점은 제시되지 않았다.');
    expect(desc('arc-ring')).toContain('미사일의 최대 사거리가 아니라 비행거리다. 원 안: 평양(75km)');
    expect(desc('arc-ring')).toContain('원 바로 밖: 청진(401km).');
    expect(desc('arc-context')).toContain('“중간 사거리”는 320km. 한국 합동참모본부(합참)가 발표한 비행거리는 약 400km다.');
    expect(desc('arc-context')).toContain(
      '9월 12일: 한국 합동참모본부(합참)에 따르면 평양 일대에서 발사된 미사일이 약 360km를 날아 바다에 떨어졌다. 궤적은 공개되지 않았다.',
    );
  });

  test('the map data carries its edition and the Korean region names', () => {
    expect(map.locale).toBe('ko');
    expect(map.regions.find((r) => r.key === 'sea-east')!.lines).toEqual(['동해', '(일본명 일본해)']);
  });
});

describe('words.ts', () => {
  test.each([
    ['06:50', '오전 6시 50분'],
    ['07:10', '오전 7시 10분'],
    ['13:00', '오후 1시'],
    ['00:05', '오전 12시 5분'],
  ])('clockTime(%s, ko) -> %s', (t, text) => expect(clockTime(t, 'ko')).toBe(text));

  test.each([
    ['2024-09-18', false, '9월 18일'],
    ['2024-09-12', true, '2024년 9월 12일'],
  ] as const)('shortDate(%s, %s, ko) -> %s', (iso, year, text) => expect(shortDate(iso, year, 'ko')).toBe(text));

  test.each([
    ['한국 합동참모본부(합참)', '이', '가', '가'],
    ['조선중앙통신', '이', '가', '이'],
    ['“중간 사거리”', '은', '는', '는'],
    ['개천', '을', '를', '을'],
    ['서울', '을', '를', '을'],
  ])('josa(%s, %s, %s) -> %s', (word, a, b, expected) => expect(josa(word, a, b)).toBe(expected));

  test('distances: Korean writes the unit closed up, ranges with a tilde', () => {
    expect(WORDS.ko.km(1290.6)).toBe('1,291km');
    expect(WORDS.en.km(1290.6)).toBe('1,291 km');
    expect(WORDS.ko.kmRange('136', '138')).toBe('136~138km');
  });

  test('both editions give every label the same number of wordings', () => {
    expect(WORDS.ko.ring(400).length).toBe(WORDS.en.ring(400).length);
    expect(Object.keys(WORDS.ko.regions).sort()).toEqual(Object.keys(WORDS.en.regions).sort());
    expect(Object.keys(PAGE_WORDS.ko.table.countries).sort()).toEqual(Object.keys(PAGE_WORDS.en.table.countries).sort());
  });

  test('the source line and build caption, in Korean', () => {
    expect(PAGE_WORDS.ko.sourceLine(['Bloomberg', 'Jiji Press', 'Mehr'], 9)).toBe(
      '출처: Bloomberg, Jiji Press, Mehr 외 9곳(아래 표), Natural Earth. 거리: 자체 계산.',
    );
    expect(PAGE_WORDS.ko.buildCaption(400)).toBe('전체 그림: 비행경로, 낙하 지점에 관한 두 보도, 400km 원.');
  });
});

describe('Korean SVG snapshots, one per step (numbers rounded to 0.1)', () => {
  const style =
    'rect.bg{fill:#f3f5f7}.flight{stroke:#1b1c1e;stroke-width:5}.range-ring{fill:none;stroke:#1b1c1e;stroke-width:3}.launch-area{fill:#999}.landing-sea,.earlier-arc{fill:none;stroke:#6b6f76;stroke-width:6;stroke-dasharray:4 8}.earlier-fan{fill:#6b6f7633}.claim-tick{fill:none;stroke:#007a5a;stroke-width:6}.landing-land,.scale-bar{fill:none;stroke:#1b1c1e;stroke-width:4}.place-dot{fill:#1b1c1e}.is-outside{fill:#fff;stroke:#1b1c1e}tspan+tspan{font-weight:400}';
  test.each([
    ...ids.flatMap((id) => [[id, 880, 612] as const, [id, 366, 354] as const]),
    ['summary', BUILD_SIZES.wide.width, BUILD_SIZES.wide.height] as const,
    ['summary', BUILD_SIZES.narrow.width, BUILD_SIZES.narrow.height] as const,
  ])('%s at %s × %s px', async (id, width, height) => {
    const scene = rangeArcScene(map, stateFor(id, 0.5), { width, height });
    const underlay = `<rect class="bg" width="${scene.width}" height="${scene.height}"/>`;
    await expect(sceneSvg(scene, { style, underlay })).toMatchFileSnapshot(`./__snapshots__/${id}-${width}-ko.svg`);
  });
});
