/**
 * Lays the timeline out for one state at one size: Russia's band on top, North Korea's below,
 * each visit an arrow from the traveller's country to the host's at its date. Launches and the
 * parliament session sit under North Korea's band as their own shapes; related events are
 * small diamonds on the axis line.
 *
 *   timelineScene(events, stateAt(steps, 'envoy-choe-january'), { width: 640, height: 420 })
 *   -> { width: 640, height: 420, marks: [{ key: 'visit-choe-2024-01', ... }, ...] }
 *
 * Its words are the edition's (`locale`, 'en' by default): the events carry theirs from the
 * model, the rest comes from words.ts, and axis dates from Intl in the edition's language.
 */
import { utcDay, utcMonth, utcMonday } from 'd3-time';
import { utcDate, utcFormatter } from '../../lib/dates';
import type { Locale } from '../../i18n/locales';
import { r2, type Mark, type Scene } from '../scene';
import { textWidth } from '../text';
import type { TimelineEvent } from './model';
import { VIEW_DOMAINS, type TimelineState } from './state';
import { WORDS } from './words';
import { describe } from './describe';

export interface Size {
  width: number;
  height: number;
}

/** Below this width the chart uses fewer ticks and shorter labels. */
export const COMPACT_WIDTH = 560;

const LAYERS = ['bands', 'axis', 'stays', 'events', 'labels'];
const STROKE: Record<TimelineEvent['rank'], number> = { 'head-of-state': 4, minister: 2.75, official: 2, none: 1.5 };

/** The geometry every state shares at one size. */
export function frame(size: Size) {
  const compact = size.width < COMPACT_WIDTH;
  const left = compact ? 10 : 16;
  const right = size.width - (compact ? 10 : 16);
  const top = compact ? 30 : 40;
  const axisY = size.height - (compact ? 26 : 30);
  const ruY = top + 8;
  // North Korea's band sits low enough to leave room for labels between the bands, and
  // high enough to leave a row for launches and the session above the axis.
  const kpY = Math.max(ruY + 90, axisY - (compact ? 62 : 72));
  return { compact, left, right, top, axisY, ruY, kpY, fontSize: compact ? 12.5 : 14 };
}

/**
 * The x position of a date in a view at a size: a straight linear map, which is all the timeline
 * needs of d3's scaleUtc (ticks come from d3-time below), at a fraction of the embeds' script.
 *
 *   xScale('full', { width: 640, height: 400 })(utcDate('2023-07-01')) -> 16
 */
export function xScale(view: TimelineState['view'], size: Size) {
  const { left, right } = frame(size);
  const [start, end] = VIEW_DOMAINS[view];
  const d0 = utcDate(start).getTime();
  const d1 = utcDay.offset(utcDate(end), 1).getTime();
  const x = (date: Date) => left + ((date.getTime() - d0) / (d1 - d0)) * (right - left);
  x.domain = (): [Date, Date] => [new Date(d0), new Date(d1)];
  return x;
}

/** Everything the timeline draws in `state` at `size`, in `locale`'s words. */
export function timelineScene(events: TimelineEvent[], state: TimelineState, size: Size, locale: Locale = 'en'): Scene {
  const words = WORDS[locale];
  const f = frame(size);
  const x = xScale(state.view, size);
  const highlighted = new Set(state.highlight);
  const anyHighlight = highlighted.size > 0;
  const marks: Mark[] = [];
  const dayWidth = x(utcDate('2024-01-02')) - x(utcDate('2024-01-01'));

  // Country bands: a rule and a name. Position, not only colour, says which country is which.
  for (const [key, y, name] of [
    ['ru', f.ruY, words.bands.ru],
    ['kp', f.kpY, words.bands.kp],
  ] as const) {
    marks.push({ key: `band-${key}`, layer: 'bands', tag: 'line', attrs: { class: 'band-rule', x1: f.left, x2: f.right, y1: y, y2: y } });
    marks.push({
      key: `band-label-${key}`,
      layer: 'bands',
      tag: 'text',
      attrs: { class: 'band-label', x: f.left, y: r2(key === 'ru' ? y - 10 : y + 18), 'font-size': f.fontSize },
      text: name,
    });
  }

  // Time axis with month (full view) or week (September view) ticks.
  marks.push({ key: 'axis-line', layer: 'axis', tag: 'line', attrs: { class: 'axis-line', x1: f.left, x2: f.right, y1: f.axisY, y2: f.axisY } });
  for (const tick of axisTicks(state.view, size, locale)) {
    const tx = r2(x(tick.date));
    marks.push({ key: `tick-${tick.key}`, layer: 'axis', tag: 'line', attrs: { class: 'axis-tick', x1: tx, x2: tx, y1: f.axisY, y2: f.axisY + 5 } });
    if (tick.label) {
      marks.push({
        key: `tick-label-${tick.key}`,
        layer: 'axis',
        tag: 'text',
        // Labels at the chart's edges are anchored inward so they never run off it.
        attrs: { class: 'axis-label', x: tx, y: f.axisY + 18, 'text-anchor': tickAnchor(tx, f), 'font-size': AXIS_FONT },
        text: tick.label,
      });
    }
  }

  for (const event of events) {
    const ex = r2(x(utcDate(event.start)));
    if (ex < f.left - 1 || ex > f.right + 1) continue; // outside this view
    const muted = anyHighlight && !highlighted.has(event.id) ? ' is-muted' : '';
    const on = highlighted.has(event.id) ? ' is-highlighted' : '';
    const cls = (base: string) => `${base}${muted}${on}`;

    if (event.kind === 'visit' && event.direction !== 'none') {
      const down = event.direction === 'ru-to-kp';
      const from = down ? f.ruY : f.kpY;
      const to = down ? f.kpY : f.ruY;
      const head = down ? to - 2 : to + 2;
      const sign = down ? -1 : 1;
      const w = STROKE[event.rank];
      const dir = `dir-${event.direction}`;
      marks.push({ key: `visit-${event.id}`, layer: 'events', tag: 'line', attrs: { class: cls(`visit ${dir}`), x1: ex, x2: ex, y1: from, y2: r2(head + sign * 9), 'stroke-width': w } });
      marks.push({
        key: `head-${event.id}`,
        layer: 'events',
        tag: 'polygon',
        attrs: { class: cls(`arrowhead ${dir}`), points: `${r2(ex - 5 - w / 2)},${r2(head + sign * 11)} ${r2(ex + 5 + w / 2)},${r2(head + sign * 11)} ${ex},${head}` },
      });
      marks.push({ key: `origin-${event.id}`, layer: 'events', tag: 'circle', attrs: { class: cls(`origin ${dir}`), cx: ex, cy: from, r: r2(2 + w / 2) } });
      // A stay of several days shows as a bar at the destination once the axis is zoomed in enough to see it.
      if (event.end && event.end !== event.start && dayWidth > 3) {
        const endX = r2(Math.min(f.right, x(utcDay.offset(utcDate(event.end), 1))));
        marks.push({ key: `stay-${event.id}`, layer: 'stays', tag: 'rect', attrs: { class: cls(`stay ${dir}`), x: ex, y: r2(to - 4), width: r2(endX - ex), height: 8, rx: 2 } });
      }
    } else if (event.kind === 'launch') {
      const y = f.kpY + 40;
      marks.push({ key: `launch-${event.id}`, layer: 'events', tag: 'polygon', attrs: { class: cls('launch'), points: `${r2(ex - 7)},${y + 6} ${r2(ex + 7)},${y + 6} ${ex},${y - 8}` } });
    } else if (event.kind === 'session') {
      const y = f.kpY + 40;
      marks.push({ key: `session-${event.id}`, layer: 'events', tag: 'rect', attrs: { class: cls('session'), x: r2(ex - 6), y: y - 6, width: 12, height: 12 } });
    } else {
      const y = f.axisY;
      marks.push({ key: `context-${event.id}`, layer: 'events', tag: 'polygon', attrs: { class: cls('context'), points: `${ex},${y - 6} ${r2(ex + 5)},${y} ${ex},${y + 6} ${r2(ex - 5)},${y}` } });
    }
  }

  marks.push(...highlightLabels(events, state, size));

  return { width: size.width, height: size.height, title: words.title, desc: describe(events, state, locale), layers: LAYERS, marks };
}

/** The axis labels' size in px. */
const AXIS_FONT = 12;

/** How a tick's label is anchored: inward at the chart's edges, so it never runs off it. */
const tickAnchor = (tx: number, f: { left: number; right: number }) => (tx < f.left + 24 ? 'start' : tx > f.right - 24 ? 'end' : 'middle');

type Tick = { key: string; date: Date; label?: string };

/**
 * Leaves out any label that would run into another (longer dates, as Korean writes them, on a
 * narrow chart): labels that name a year are placed first, then the rest in order. Where every
 * label fits, as English does at every width from 280 px, nothing changes.
 */
function spaceLabels(ticks: Array<Tick & { year?: boolean }>, view: TimelineState['view'], size: Size): Tick[] {
  const f = frame(size);
  const x = xScale(view, size);
  const placed: Array<[number, number]> = [];
  const labelled = ticks.filter((t) => t.label);
  for (const tick of [...labelled.filter((t) => t.year), ...labelled.filter((t) => !t.year)]) {
    const tx = r2(x(tick.date));
    const w = textWidth(tick.label!, AXIS_FONT);
    const anchor = tickAnchor(tx, f);
    const x0 = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
    // The estimate's slack (text.ts) leaves a few px between labels that only just fit.
    if (placed.some(([a, b]) => x0 < b && a < x0 + w)) tick.label = undefined;
    else placed.push([x0, x0 + w]);
  }
  return ticks.map(({ key, date, label }) => ({ key, date, label }));
}

type Format = (date: Date) => string;
const axisFormats = new Map<Locale, { month: Format; monthYear: Format; week: Format }>();
/** The axis's date formats in an edition ("Sep", "Jan 2024", "Sep 16"; in Korean "9월", "2024년 1월", "9월 16일"), made once. */
function axisFormat(locale: Locale) {
  let f = axisFormats.get(locale);
  if (!f) {
    f = {
      month: utcFormatter({ month: 'short' }, locale),
      monthYear: utcFormatter({ month: 'short', year: 'numeric' }, locale),
      week: utcFormatter({ month: 'short', day: 'numeric' }, locale),
    };
    axisFormats.set(locale, f);
  }
  return f;
}

/** Ticks for the axis: months (labelled every few months when space is short) or Mondays. Keys are the same in every edition. */
export function axisTicks(view: TimelineState['view'], size: Size, locale: Locale = 'en'): Tick[] {
  const x = xScale(view, size);
  const [start, end] = x.domain();
  const { compact } = frame(size);
  const { month, monthYear, week } = axisFormat(locale);
  if (view === 'september') {
    const key = axisFormat('en').week;
    return spaceLabels(
      utcMonday.range(start, end).map((d, i) => ({ key: `w-${key(d)}`, date: d, label: !compact || i % 2 === 0 ? week(d) : undefined })),
      view,
      size,
    );
  }
  const every = compact ? 4 : 2;
  const months = utcMonth.range(start, end).map((d) => {
    const m = d.getUTCMonth();
    const year = m === 0 || (m === 6 && d.getUTCFullYear() === 2023);
    const label = (m - 6 + 12) % every === 0 ? (year ? monthYear(d) : month(d)) : undefined;
    return { key: `m-${d.toISOString().slice(0, 7)}`, date: d, label, year };
  });
  return spaceLabels(months, view, size);
}

/**
 * Labels for the highlighted events, stacked between the bands: name, then date and source (on
 * narrow charts the source gets its own line). Each sits beside its event, on whichever side it
 * fits, and never runs past the chart's edges.
 */
function highlightLabels(events: TimelineEvent[], state: TimelineState, size: Size): Mark[] {
  const f = frame(size);
  const x = xScale(state.view, size);
  const chosen = state.highlight.map((id) => events.find((e) => e.id === id)).filter((e): e is TimelineEvent => !!e);
  const lineHeight = f.fontSize * 1.25;
  const mid = (f.ruY + f.kpY) / 2;
  const stack = (lineCount: number) => {
    const block = lineHeight * lineCount + 8;
    const first = mid - (block * chosen.length) / 2 + f.fontSize;
    // The last line's descent must clear North Korea's band name, which sits under its rule.
    const bottom = first + (chosen.length - 1) * block + (lineCount - 1) * lineHeight + f.fontSize * 0.3;
    return { block, first, fits: bottom <= f.kpY + 18 - f.fontSize - 2 };
  };
  // On a short phone chart three stacked labels of three lines would run into the band name:
  // the source line goes first (every source is in the line under the chart and in the table).
  const withSource = !f.compact || stack(3).fits;
  const linesOf = (event: TimelineEvent) => {
    // "NHK (text on a reading-practice site)" -> "NHK": the caveat is in the table and the sources list.
    const source = (event.sourceNames[0] ?? '').replace(/\s*\(.*\)$/, '');
    if (!f.compact) return [event.label, `${event.dateText} · ${source}`];
    return withSource ? [event.label, event.dateText, source] : [event.label, event.dateText];
  };
  const { block, first } = stack(linesOf(chosen[0] ?? events[0]!).length);
  return chosen.map((event, i) => {
    const ex = x(utcDate(event.start));
    const lines = linesOf(event);
    const width = Math.max(...lines.map((line, j) => textWidth(line, f.fontSize, j === 0)));
    let anchor: 'start' | 'end' = ex > (f.left + f.right) / 2 ? 'end' : 'start';
    let lx = anchor === 'end' ? ex - 10 : ex + 10;
    if (anchor === 'end' && lx - width < f.left) [anchor, lx] = ex + 10 + width <= f.right ? ['start', ex + 10] : ['start', Math.max(f.left, f.right - width)];
    if (anchor === 'start' && lx + width > f.right) [anchor, lx] = ex - 10 - width >= f.left ? ['end', ex - 10] : ['start', Math.max(f.left, f.right - width)];
    return {
      key: `label-${event.id}`,
      layer: 'labels',
      tag: 'text' as const,
      attrs: {
        class: `event-label dir-${event.direction} kind-${event.kind}`,
        x: r2(lx),
        y: r2(first + i * block),
        'text-anchor': anchor,
        'font-size': f.fontSize,
      },
      text: lines,
    };
  });
}
