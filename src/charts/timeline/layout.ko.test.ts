/** The timeline in the Korean edition: every word Korean, every label in view and clear of the others. */
import { describe, expect, it } from 'vitest';
import { textLines, type Mark } from '../scene';
import { textWidth } from '../text';
import createTimeline from './client';
import { axisTicks, timelineScene } from './layout';
import { stateAt } from './state';
import { eventsIn, publishers, stepsIn } from './test-fixtures';
import { WORDS } from './words';

const events = eventsIn('ko');
const steps = stepsIn('ko');

/**
 * The chart's canvas on 320, 390, 768 and 1440 px wide pages (charts.css: the whole column
 * wide, clamp(15rem, 42vh, 26rem) tall, min(68vh, 44rem) from 900 px), then the three sizes
 * the build draws (chart.ts: wide and narrow figure, the still).
 */
const SIZES = [
  { width: 296, height: 294 },
  { width: 366, height: 354 },
  { width: 744, height: 416 },
  { width: 880, height: 612 },
  { width: 720, height: 460 },
  { width: 340, height: 360 },
  { width: 560, height: 340 },
];
const cases = SIZES.flatMap((size) => steps.map((s) => [s.id, size.width, size.height] as const));

/** A text mark's box as the browser draws it, from its anchor, size and lines (Inter's line box: ascent 0.97 em, descent 0.25 em). */
function box(m: Mark) {
  const size = Number(m.attrs['font-size']);
  const lines = textLines(m);
  const cls = String(m.attrs.class);
  // Band names are bold capitals spaced 0.06 em (charts.css); an event's name is its first line, semibold (measured bold).
  const width = (line: string, j: number) =>
    cls.includes('band-label') ? textWidth(line.toUpperCase(), size, 700, 0.06) : textWidth(line, size, cls.includes('event-label') && j === 0);
  const w = Math.max(...lines.map(width));
  const x = Number(m.attrs.x);
  const anchor = m.attrs['text-anchor'] ?? 'start';
  const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
  const y = Number(m.attrs.y);
  return { key: m.key, x0, x1: x0 + w, y0: y - 0.97 * size, y1: y + (lines.length - 1) * 1.25 * size + 0.25 * size };
}

/**
 * Runs of three or more Latin letters left once the names that stay in their own script are
 * taken out: publishers (as the sources list writes them) and abbreviations Korean uses as they are.
 */
const shortNames = publishers(events).map((p) => p.replace(/\s*\(.*\)$/, '')); // as the labels give them: "NHK (text on …)" -> "NHK"
const KEPT = [...publishers(events), ...shortNames, 'km', 'SRBM', 'ICBM', 'KCNA', 'TASS', 'BRICS', 'EEZ', 'NSC', 'KN-25'].sort((a, b) => b.length - a.length);
function englishLeft(text: string): string[] {
  let rest = text;
  for (const name of KEPT) rest = rest.split(name).join(' ');
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

describe('timelineScene(events, state, size, "ko")', () => {
  it.each(cases)('%s at %i × %i px: every label inside the view, none over another', (id, width, height) => {
    const scene = timelineScene(events, stateAt(steps, id), { width, height }, 'ko');
    const boxes = scene.marks.filter((m) => m.tag === 'text').map(box);
    for (const b of boxes) {
      expect(b.x0, `${b.key} left`).toBeGreaterThanOrEqual(0);
      expect(b.x1, `${b.key} right`).toBeLessThanOrEqual(width);
      expect(b.y0, `${b.key} top`).toBeGreaterThanOrEqual(0);
      expect(b.y1, `${b.key} bottom`).toBeLessThanOrEqual(height);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.key} overlaps ${b.key}`).toBe(false);
      }
    }
  });

  // A short phone's chart (320 px page, 240 px tall canvas), in both editions: labels give up their source line before they collide.
  it.each((['en', 'ko'] as const).flatMap((locale) => stepsIn(locale).map((s) => [locale, s.id] as const)))('%s %s on a 296 × 240 chart: no label over another', (locale, id) => {
    const scene = timelineScene(eventsIn(locale), stateAt(stepsIn(locale), id), { width: 296, height: 240 }, locale);
    const boxes = scene.marks.filter((m) => m.tag === 'text').map(box);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${a.key} overlaps ${b.key}`).toBe(false);
  });

  it.each(steps.map((s) => [s.id]))('%s: title, description and every label are Korean', (id) => {
    const state = stateAt(steps, id);
    const scene = timelineScene(events, state, { width: 720, height: 460 }, 'ko');
    expect(scene.title).toBe(WORDS.ko.title);
    expect(scene.desc).toContain(state.takeaway);
    expect(state.takeaway).toMatch(/[가-힣]/);
    expect(scene.desc).toMatch(/표시 기간: 20\d\d년/);
    for (const text of [scene.title, scene.desc, ...scene.marks.flatMap(textLines)]) expect(englishLeft(text), text).toEqual([]);
    // Each highlighted event is named in the description by its Korean label and date.
    for (const eventId of state.highlight) {
      const event = events.find((e) => e.id === eventId)!;
      expect(scene.desc).toContain(`${event.label}: ${event.dateText}(출처: `);
    }
  });

  it('labels each highlighted event with its Korean name, date and first source', () => {
    const scene = timelineScene(events, stateAt(steps, 'envoy-choe-september'), { width: 720, height: 460 }, 'ko');
    expect(scene.marks.filter((m) => m.layer === 'labels').map((m) => m.text)).toEqual([
      ['최선희, 러시아로 출국', '2024년 9월 16일~20일 · 타스통신'],
      ['최선희, 모스크바서 라브로프 회담', '2024년 9월 17일 · 타스통신'],
      ['개천서 발사(약 400km)', '2024년 9월 18일 · 블룸버그'],
    ]);
    const phone = timelineScene(events, stateAt(steps, 'envoy-shoigu-2023'), { width: 296, height: 294 }, 'ko');
    expect(phone.marks.find((m) => m.key === 'label-shoigu-2023')?.text).toEqual(['쇼이구, 평양 방문', '2023년 7월 25일~27일', '타스통신']);
  });

  it('names the bands in Korean, in the same place as the English', () => {
    const en = timelineScene(eventsIn('en'), stateAt(stepsIn('en'), 'envoy-overview'), { width: 720, height: 460 });
    const ko = timelineScene(events, stateAt(steps, 'envoy-overview'), { width: 720, height: 460 }, 'ko');
    const band = (scene: typeof ko, key: string) => scene.marks.find((m) => m.key === `band-label-${key}`)!;
    expect([band(ko, 'ru').text, band(ko, 'kp').text]).toEqual(['러시아', '북한']);
    expect(band(ko, 'ru').attrs).toEqual(band(en, 'ru').attrs);
    // Every mark but the words is the edition's too: same keys, same shapes.
    expect(ko.marks.filter((m) => m.tag !== 'text')).toEqual(en.marks.filter((m) => m.tag !== 'text'));
    expect(ko.marks.map((m) => m.key).filter((k) => !k.startsWith('tick-label'))).toEqual(en.marks.map((m) => m.key).filter((k) => !k.startsWith('tick-label')));
  });

  it('draws the same scene in the browser, from the data file’s locale', () => {
    const client = createTimeline({ events, steps, locale: 'ko' });
    const size = { width: 366, height: 354 };
    expect(client.sceneFor('envoy-vostochny', 0, size)).toEqual(timelineScene(events, stateAt(steps, 'envoy-vostochny'), size, 'ko'));
  });
});

describe('axisTicks(view, size, "ko")', () => {
  it('labels the full period by month in Korean, with the year where it changes', () => {
    expect(axisTicks('full', { width: 720, height: 460 }, 'ko').filter((t) => t.label).map((t) => t.label)).toEqual(['2023년 7월', '9월', '11월', '2024년 1월', '3월', '5월', '7월', '9월']);
  });
  it('labels the September view by week in Korean', () => {
    expect(axisTicks('september', { width: 720, height: 460 }, 'ko').map((t) => t.label)).toEqual(['9월 9일', '9월 16일', '9월 23일', '9월 30일', '10월 7일']);
  });
  it('keeps the English keys, so a mark is the same mark in either edition', () => {
    expect(axisTicks('september', { width: 720, height: 460 }, 'ko').map((t) => t.key)).toEqual(axisTicks('september', { width: 720, height: 460 }).map((t) => t.key));
  });
  it('leaves every English label where it was, at every width from 280 px', () => {
    for (let width = 280; width <= 2600; width += 1) {
      const compact = width < 560;
      const full = axisTicks('full', { width, height: 400 });
      expect(full.map((t) => !!t.label), `full at ${width}`).toEqual(full.map((t) => (t.date.getUTCMonth() + 6) % (compact ? 4 : 2) === 0));
      const september = axisTicks('september', { width, height: 400 });
      expect(september.map((t) => !!t.label), `september at ${width}`).toEqual(september.map((_, i) => !compact || i % 2 === 0));
    }
  });
  it('leaves out a month whose label would run into the year beside it on a phone, and keeps the year', () => {
    const labels = axisTicks('full', { width: 296, height: 294 }, 'ko').filter((t) => t.label).map((t) => t.label);
    expect(labels[0]).toBe('2023년 7월');
    expect(labels).not.toContain('11월');
  });
});

describe('WORDS', () => {
  it('keeps the English exactly as it was', () => {
    expect(WORDS.en.title).toBe('Timeline: exchanges between Moscow and Pyongyang, July 2023 to October 2024');
    expect(WORDS.en.sourceLine(['Bloomberg', 'TASS'], 3)).toBe(
      "Sources: Bloomberg, TASS and 3 more (table below). Arrows point from the traveller's country to the host's; thicker arrows mean higher rank.",
    );
    expect(WORDS.en.table.event('Shoigu in Pyongyang', 'He came.')).toBe('Shoigu in Pyongyang. He came.');
    expect(WORDS.en.table.uncertain('Approximate.')).toBe(' Uncertain: Approximate.');
    expect(WORDS.en.table.who('Kim Jong Un', 'North Korean leader')).toBe('Kim Jong Un, North Korean leader');
  });

  it('has no English left in the Korean edition’s own words', () => {
    const ko = WORDS.ko;
    const t = ko.table;
    const all = [
      ko.title,
      ko.bands.ru,
      ko.bands.kp,
      ...Object.values(ko.spans),
      ko.timeShown('x'),
      ko.highlighted(['x']),
      ko.sourceLine(publishers(events).slice(0, 4), publishers(events).length - 4),
      t.label,
      t.caption,
      ...Object.values(t.headers),
      ...Object.values(t.kind),
      ...Object.values(t.direction),
      t.uncertain('x'),
    ];
    for (const text of all) expect(englishLeft(text), text).toEqual([]);
    expect(ko.sourceLine(['TASS'], 27)).toBe('출처: TASS 외 27곳(아래 표). 화살표는 방문자의 나라에서 방문한 나라 쪽을 가리키며, 굵을수록 방문자의 지위가 높다.');
  });
});
