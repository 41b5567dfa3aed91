import { describe, expect, it } from 'vitest';
import { dataRows, frontMatter } from '../../../tests/support/content';
import type { Mark } from '../scene';
import { textWidth } from '../text';
import { timelineModel, type ExchangeData, type SourceData } from './model';
import { stateAt, type TimelineStep } from './state';
import { axisTicks, frame, timelineScene } from './layout';

const sources = new Map(dataRows<SourceData>('sources').map((s) => [s.id, s.data]));
const events = timelineModel(dataRows<ExchangeData>('exchanges'), sources);
const { steps } = frontMatter<{ steps: TimelineStep[] }>('02-envoy.mdx');
const wide = { width: 720, height: 460 };
const phone = { width: 320, height: 300 };

const labels = (marks: Mark[]) => marks.filter((m) => m.layer === 'labels').map((m) => (m.text as string[])[0]);
const visible = (marks: Mark[], prefix: string) => marks.filter((m) => m.key.startsWith(prefix) && !String(m.attrs.class).includes('is-muted'));

describe('timelineScene(events, stateAt(steps, id), size)', () => {
  // One row per step: what a reader sees labelled, and the time span on the axis.
  const table: Array<[string, string[], 'full' | 'september']> = [
    ['envoy-overview', [], 'full'],
    ['envoy-shoigu-2023', ['Shoigu in Pyongyang'], 'full'],
    ['envoy-vostochny', ['Kim–Putin summit at Vostochny', 'Lavrov in Pyongyang'], 'full'],
    ['envoy-choe-january', ['Choe meets Putin in Moscow'], 'full'],
    ['envoy-putin-pyongyang', ["Putin's state visit to Pyongyang"], 'full'],
    ['envoy-september', ['Launch near Pyongyang (~360 km)', 'Shoigu back in Pyongyang'], 'september'],
    ['envoy-choe-september', ['Choe flies to Russia', 'Choe meets Lavrov in Moscow', 'Launch from Kaechon (~400 km)'], 'september'],
    ['envoy-spa', ["Supreme People's Assembly meets"], 'september'],
  ];

  it('covers every step of chapter 2, in order', () => {
    expect(table.map(([id]) => id)).toEqual(steps.map((s) => s.id));
  });

  it.each(table)('%s labels %j on the %s axis', (id, expected, view) => {
    const state = stateAt(steps, id);
    expect(state.view).toBe(view);
    const scene = timelineScene(events, state, wide);
    expect(labels(scene.marks)).toEqual(expected);
    // Every label carries the event's date and its first source.
    for (const mark of scene.marks.filter((m) => m.layer === 'labels')) {
      const event = events.find((e) => `label-${e.id}` === mark.key)!;
      expect((mark.text as string[])[1]).toBe(`${event.dateText} · ${event.sourceNames[0]!.replace(/\s*\(.*\)$/, '')}`);
    }
    expect(scene.desc).toContain(state.takeaway);
  });

  it.each(steps.map((s) => [s.id]))('%s: every highlighted event is drawn inside the axis', (id) => {
    const state = stateAt(steps, id);
    const scene = timelineScene(events, state, phone);
    const f = frame(phone);
    for (const eventId of state.highlight) {
      const marks = scene.marks.filter((m) => m.layer === 'events' && m.key.endsWith(eventId));
      expect(marks.length, `${eventId} is drawn`).toBeGreaterThan(0);
      for (const m of marks) {
        const x = Number(m.attrs.x1 ?? m.attrs.cx ?? m.attrs.x ?? String(m.attrs.points).split(',')[0]);
        expect(x).toBeGreaterThanOrEqual(f.left - 8);
        expect(x).toBeLessThanOrEqual(f.right + 8);
      }
    }
  });

  it('draws each visit as an arrow that points from the traveller to the host', () => {
    const scene = timelineScene(events, stateAt(steps, 'envoy-overview'), wide);
    const f = frame(wide);
    const shoigu = scene.marks.find((m) => m.key === 'visit-shoigu-2023')!;
    expect(shoigu.attrs.y1).toBe(f.ruY); // starts in Russia's band
    expect(Number(shoigu.attrs.y2)).toBeGreaterThan(f.ruY); // heads down to North Korea
    const choe = scene.marks.find((m) => m.key === 'visit-choe-2024-01')!;
    expect(choe.attrs.y1).toBe(f.kpY);
    expect(Number(choe.attrs.y2)).toBeLessThan(f.kpY);
    expect(String(shoigu.attrs.class)).toContain('dir-ru-to-kp');
    expect(String(choe.attrs.class)).toContain('dir-kp-to-ru');
  });

  it('draws launches and the parliament session as their own shapes, not as visits', () => {
    const scene = timelineScene(events, stateAt(steps, 'envoy-spa'), wide);
    expect(scene.marks.filter((m) => m.key.startsWith('launch-')).map((m) => m.tag)).toEqual(['polygon', 'polygon']);
    expect(scene.marks.find((m) => m.key === 'session-spa-session-2024')?.tag).toBe('rect');
  });

  it('mutes everything but the highlighted events', () => {
    const scene = timelineScene(events, stateAt(steps, 'envoy-choe-january'), wide);
    expect(visible(scene.marks, 'visit-').map((m) => m.key)).toEqual(['visit-choe-2024-01']);
    const overview = timelineScene(events, stateAt(steps, 'envoy-overview'), wide);
    expect(visible(overview.marks, 'visit-').length).toBe(events.filter((e) => e.kind === 'visit').length);
  });

  it('zooms in: the September view leaves out everything before September 9, 2024', () => {
    const scene = timelineScene(events, stateAt(steps, 'envoy-september'), wide);
    expect(scene.marks.some((m) => m.key === 'visit-shoigu-2023')).toBe(false);
    expect(scene.marks.some((m) => m.key === 'visit-shoigu-2024')).toBe(true);
  });

  it('shows a stay of several days as a bar only once zoomed in', () => {
    const full = timelineScene(events, stateAt(steps, 'envoy-overview'), wide);
    const zoomed = timelineScene(events, stateAt(steps, 'envoy-choe-september'), wide);
    expect(full.marks.some((m) => m.key.startsWith('stay-'))).toBe(false);
    expect(zoomed.marks.filter((m) => m.key.startsWith('stay-')).map((m) => m.key)).toEqual(['stay-choe-departs-2024-09']);
  });

  it.each([[296], [320], [390], [720], [1400]])('keeps every label inside a chart %i px wide', (width) => {
    const size = { width, height: 340 };
    for (const { id } of steps) {
      for (const m of timelineScene(events, stateAt(steps, id), size).marks.filter((m) => m.layer === 'labels')) {
        const w = Math.max(...(m.text as string[]).map((line, j) => textWidth(line, Number(m.attrs['font-size']), j === 0)));
        const x = Number(m.attrs.x);
        const [x0, x1] = m.attrs['text-anchor'] === 'end' ? [x - w, x] : [x, x + w];
        expect(x0, `${id} ${m.key}`).toBeGreaterThanOrEqual(0);
        expect(x1, `${id} ${m.key}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps label text at 12 px or more, even on a 320 px phone', () => {
    for (const { id } of steps) {
      for (const m of timelineScene(events, stateAt(steps, id), phone).marks.filter((m) => m.tag === 'text')) {
        expect(Number(m.attrs['font-size'])).toBeGreaterThanOrEqual(12);
      }
    }
  });

});

describe('stateAt(steps, id)', () => {
  it('gives the blank state for an unknown step', () => {
    expect(stateAt(steps, 'no-such-step')).toEqual({ stepId: null, view: 'full', highlight: [], takeaway: '' });
  });
});

describe('axisTicks(view, size)', () => {
  it('labels the full period by month, with years where they change', () => {
    const labelled = axisTicks('full', wide).filter((t) => t.label).map((t) => t.label);
    expect(labelled).toEqual(['Jul 2023', 'Sep', 'Nov', 'Jan 2024', 'Mar', 'May', 'Jul', 'Sep']);
  });
  it('labels the September view by week', () => {
    expect(axisTicks('september', wide).map((t) => t.label)).toEqual(['Sep 9', 'Sep 16', 'Sep 23', 'Sep 30', 'Oct 7']);
  });
});
