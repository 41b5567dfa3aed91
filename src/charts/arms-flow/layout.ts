/**
 * Lays the flow diagram out for one state at one size. North Korea stands on the left, Russia on
 * the right; each category of goods is a lane, an arrow of the same width in its direction (the
 * arrowhead and the label's side say which way it goes; colour only repeats it). Widths are never
 * scaled by amount: the amounts come in rounds, containers, barrels and missiles, which cannot be
 * compared. Each lane is labelled with its amount as stated and who states it.
 *
 * The layout is cheap, so the browser runs it at the chart's real size. On narrow or short
 * screens it simplifies (shorter labels, then fewer lines, then muted lanes left out) rather
 * than shrinking text: no text is ever set below 12 px.
 *
 *   armsFlowScene(model, stateAt(steps, 'flow-aid'), { width: 720, height: 520 })
 *   -> { width: 720, height: 520, marks: [{ key: 'lane-shells', tag: 'path', ... }, ...] }
 */
import { r2, type Mark, type Scene } from '../scene';
import type { ArmsFlowModel, Category, Claim, Denial, Lane, ShellEstimate } from './model';
import type { ArmsFlowState, TreatyFrame } from './state';
import { textWidth, wrapText } from '../text';
import { amountText, claimTag, denialTag, describe, estimateSource, estimateValue } from './describe';
import { WORDS, type ChartWords } from './words';

export interface Size {
  width: number;
  /** `Infinity` lays the state out at its natural height (the build-time SVG for readers without JavaScript). */
  height: number;
}

/** Below this width the diagram uses its compact settings. */
export const COMPACT_WIDTH = 560;
/** The diagram never grows wider than this; it is centred in wider canvases. */
export const MAX_WIDTH = 1100;
/** The smallest text on the chart, in px. */
export const MIN_FONT = 12;

const LAYERS = ['frame', 'nodes', 'lanes', 'inset', 'labels', 'cards'];

/** How much a layout attempt shows; attempts go from most to least until one fits the height. */
export interface Detail {
  /** Lines under each focused lane: amount and claimant in full, one short line, or none. */
  lanes: 'full' | 'short' | 'none';
  /** Muted (unfocused) lanes drawn, or left out. */
  muted: boolean;
  /** How many denial cards, and whether they quote. */
  cards: number;
  quotes: boolean;
  /** Last resort for short phones: the smallest gaps, no subtitle in the inset. */
  tight?: boolean;
}

export const ATTEMPTS: Detail[] = [
  { lanes: 'full', muted: true, cards: 99, quotes: true },
  { lanes: 'short', muted: true, cards: 99, quotes: true },
  { lanes: 'short', muted: false, cards: 99, quotes: true },
  { lanes: 'short', muted: false, cards: 3, quotes: true },
  { lanes: 'none', muted: true, cards: 3, quotes: true },
  { lanes: 'none', muted: false, cards: 2, quotes: true },
  { lanes: 'none', muted: false, cards: 2, quotes: false },
  { lanes: 'none', muted: false, cards: 2, quotes: false, tight: true },
];

/** Sizes that depend on the canvas width. */
export function metrics(width: number, framed: boolean, tight = false) {
  const compact = width < COMPACT_WIDTH;
  const font = compact ? MIN_FONT : width >= 900 ? 14 : 13;
  const lineH = font * 1.25;
  const pad = compact ? 2 : 8;
  const inner = Math.min(width - 2 * pad, MAX_WIDTH);
  const x0 = (width - inner) / 2;
  const framePad = framed ? (tight ? 4 : compact ? 7 : 14) : 0;
  const left = x0 + framePad;
  const right = x0 + inner - framePad;
  const barW = compact ? 7 : 10;
  const band = compact ? 4 : 6;
  const headLen = compact ? 9 : 12;
  const headHalf = band / 2 + (compact ? 4 : 5);
  return {
    compact,
    font,
    lineH,
    x0,
    inner,
    framePad,
    left,
    right,
    barW,
    band,
    headLen,
    headHalf,
    /** Where lanes start and end: just inside the two country bars. */
    L: left + barW + 3,
    R: right - barW - 3,
    groupGap: compact ? 6 : 12,
  };
}
type Metrics = ReturnType<typeof metrics>;

interface Block {
  marks: Mark[];
  height: number;
}

/** Everything the diagram draws in `state` at `size`. */
export function armsFlowScene(model: ArmsFlowModel, state: ArmsFlowState, size: Size): Scene {
  const auto = !Number.isFinite(size.height);
  let chosen: Block | undefined;
  let detail = ATTEMPTS[0]!;
  for (detail of ATTEMPTS) {
    chosen = build(model, state, size.width, detail);
    if (chosen.height <= size.height) break;
  }
  // Spare height opens the gaps between lanes a little, up to half a line each.
  const rows = state.lanes.length;
  if (!auto && rows > 0 && chosen!.height < size.height) {
    const m = metrics(size.width, !!state.frame);
    const spacing = Math.min(m.lineH / 2, (size.height - chosen!.height) / (rows + 1));
    const spread = build(model, state, size.width, detail, Math.floor(spacing));
    if (spread.height <= size.height) chosen = spread;
  }
  const height = auto ? Math.ceil(chosen!.height) : size.height;
  return { width: size.width, height, title: WORDS[model.locale].title(model.span.first.slice(0, 4), model.span.last.slice(0, 4)), desc: describe(model, state), layers: LAYERS, marks: chosen!.marks };
}

/** The attempt `armsFlowScene` settles on, for tests. */
export function detailFor(model: ArmsFlowModel, state: ArmsFlowState, size: Size): Detail {
  return ATTEMPTS.find((d) => build(model, state, size.width, d).height <= size.height) ?? ATTEMPTS[ATTEMPTS.length - 1]!;
}

/** What one layout attempt reads while it lays the diagram out, and the marks it has laid so far, in drawing order. */
interface Layout {
  model: ArmsFlowModel;
  state: ArmsFlowState;
  detail: Detail;
  /** Extra space under each lane, from spare height (see `armsFlowScene`). */
  spacing: number;
  m: Metrics;
  w: ChartWords;
  claimById: Map<string, Claim>;
  focus: Set<Category>;
  /** How wide a lane's label may run: the lane, short of its arrowhead. */
  wrapW: number;
  marks: Mark[];
}

/** One lane's row: where its band runs and from which side its words start. */
interface LaneRow {
  lane: Lane;
  /** The band's centre line. */
  yc: number;
  forward: boolean;
  anchor: 'start' | 'end';
  textX: number;
  dir: string;
  tone: 'is-focus' | 'is-quiet';
}

/** A piece of a lane's words (amount, claimant, claim tag...) wrapped into lines. */
interface DetailLine {
  kind: string;
  lines: string[];
}

function build(model: ArmsFlowModel, state: ArmsFlowState, width: number, detail: Detail, spacing = 0): Block {
  const layout = startLayout(model, state, width, detail, spacing);
  const { m } = layout;
  const barsTop = pushCountryNames(layout);
  const { bottom, drawn } = pushLanes(layout, barsTop);
  const barsBottom = Math.max(bottom, barsTop + 3 * m.lineH);
  pushWaitingLanes(layout, drawn, barsBottom);
  pushCountryBars(layout, barsTop, barsBottom);
  let y = barsBottom;
  if (state.frame) y = pushTreatyFrame(layout, state.frame, y);
  if (state.denials.length && detail.cards > 0) {
    const cards = denialCards(model.denials, state.denials, m, y + (m.compact ? 6 : 12), detail, layout.w);
    layout.marks.push(...cards.marks);
    y += (m.compact ? 6 : 12) + cards.height;
  }
  return { marks: layout.marks, height: y + 2 };
}

function startLayout(model: ArmsFlowModel, state: ArmsFlowState, width: number, detail: Detail, spacing: number): Layout {
  const m = metrics(width, !!state.frame, detail.tight);
  return {
    model,
    state,
    detail,
    spacing,
    m,
    w: WORDS[model.locale],
    claimById: new Map(model.claims.map((c) => [c.id, c])),
    focus: new Set(state.focus),
    wrapW: m.R - m.L - m.headLen - 14,
    marks: [],
  };
}

/** Country names over their bars; returns where the bars (and the first lane) start. */
function pushCountryNames({ m, w, detail, marks }: Layout): number {
  const top = m.framePad ? m.framePad + 2 : 2;
  const nameY = r2(top + m.font);
  (['kp', 'ru'] as const).forEach((side) => {
    marks.push({
      key: `node-label-${side}`,
      layer: 'nodes',
      tag: 'text',
      attrs: { class: `node-label side-${side}`, x: r2(side === 'kp' ? m.left : m.right), y: nameY, 'text-anchor': side === 'kp' ? 'start' : 'end', 'font-size': m.font },
      text: w.side[side].toUpperCase(),
    });
  });
  return top + m.lineH + (detail.tight ? 1 : m.compact ? 4 : 8);
}

/** The lanes this state shows, top to bottom from `top`, with the shell inset under the shells lane when asked for. */
function pushLanes(layout: Layout, top: number): { bottom: number; drawn: Set<Category> } {
  const { model, state, detail, m, focus } = layout;
  const visible = new Set(state.lanes);
  const drawn = model.lanes.filter((l) => visible.has(l.category) && (detail.muted || focus.has(l.category) || state.focus.length === 0));
  let y = top;
  let previous: Lane | undefined;
  for (const lane of drawn) {
    if (previous && previous.from !== lane.from) y += detail.tight ? 3 : m.groupGap;
    previous = lane;
    y = pushLane(layout, lane, y);
    if (lane.category === 'shells' && state.inset === 'shell-estimates') {
      const inset = shellInset(model.shellEstimates, m, y, detail, layout.w);
      layout.marks.push(...inset.marks);
      y += inset.height + (m.compact ? 4 : 8);
    }
  }
  return { bottom: y, drawn: new Set(drawn.map((l) => l.category)) };
}

/** One lane from `y`: its arrow, its name, and the words under it; returns where the next lane may start. */
function pushLane(layout: Layout, lane: Lane, y: number): number {
  const { state, detail, m, wrapW } = layout;
  const isFocus = layout.focus.has(lane.category);
  const row = laneRow(layout, lane, y + m.lineH / 2, isFocus || state.focus.length === 0 ? 'is-focus' : 'is-quiet');
  layout.marks.push(lanePath(lane, m, row.yc, false, row.tone));
  const name = textWidth(lane.name, m.font, true) <= wrapW && (isFocus || !m.compact) ? lane.name : lane.shortName;
  const headW = textWidth(name, m.font, true);
  const lines = isFocus && detail.lanes !== 'none' ? laneDetailLines(layout, lane) : [];
  const inline = takeInlineLine(layout, lines, headW);
  pushLaneHead(layout, row, name, headW, inline);
  const lineY = pushLinesBelow(layout, row, lines);
  return Math.max(lineY, row.yc + m.lineH / 2) + (lines.length ? (m.compact ? 5 : 8) : detail.tight ? 0 : m.compact ? 3 : 6) + layout.spacing;
}

function laneRow({ m }: Layout, lane: Lane, yc: number, tone: LaneRow['tone']): LaneRow {
  const forward = lane.from === 'kp';
  return { lane, yc, forward, anchor: forward ? 'start' : 'end', textX: forward ? m.L + 3 : m.R - 3, dir: `dir-${lane.from}-to-${lane.to}`, tone };
}

/** What the lane carries and who says so; in the claims step, every claimant and any exception to the denials. */
function laneDetailLines(layout: Layout, lane: Lane): DetailLine[] {
  const headline = layout.claimById.get(lane.headline)!;
  if (layout.state.claims) return claimLines(layout, lane, headline);
  return [...amountLines(layout, lane, headline), ...annotationLines(layout, lane)];
}

function claimLines({ model, detail, m, w, claimById, wrapW }: Layout, lane: Lane, headline: Claim): DetailLine[] {
  const own = lane.claims.map((id) => claimById.get(id)!);
  const claimText = detail.lanes === 'full' ? claimTag(own, w) : w.claimTagShort(headline.claimantShort, w.monthYear(headline.claimDate), own.length - 1);
  const lines: DetailLine[] = [{ kind: 'claim-tag', lines: wrapText(claimText, wrapW, m.font) }];
  const denied = denialTag(lane, model.denials, w);
  if (denied !== w.deniedBy([w.capital.kp, w.capital.ru])) lines.push({ kind: 'denial-tag', lines: wrapText(denied, wrapW, m.font) });
  return lines;
}

function amountLines({ detail, m, w, wrapW }: Layout, lane: Lane, headline: Claim): DetailLine[] {
  const amount = amountText(lane, headline, w);
  if (detail.lanes !== 'full') {
    return [{ kind: 'amount', lines: wrapText(w.amountShort(amount, headline.claimantShort, w.monthYear(headline.claimDate)), wrapW, m.font) }];
  }
  const who = w.who(headline.claimant, headline.dateText);
  const one = w.amountWho(amount, who);
  if (textWidth(one, m.font) <= wrapW) return [{ kind: 'amount', lines: [one] }];
  return [
    { kind: 'amount', lines: wrapText(amount, wrapW, m.font) },
    { kind: 'claimant', lines: wrapText(who, wrapW, m.font) },
  ];
}

/** The step's notes on this lane: all of them in full detail, else only the first. */
function annotationLines({ state, detail, m, wrapW }: Layout, lane: Lane): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [i, note] of state.annotations.filter((a) => a.lane === lane.category).entries()) {
    if (detail.lanes === 'full' || i === 0) lines.push({ kind: `annotation-${i}`, lines: wrapText(note.text, wrapW, m.font) });
  }
  return lines;
}

function inlineGap(m: Metrics): number {
  return m.compact ? 10 : 16;
}

/** A single short line rides on the band beside the name; anything longer goes underneath. Takes that line off `lines`. */
function takeInlineLine({ m, wrapW }: Layout, lines: DetailLine[], headW: number): DetailLine | undefined {
  const first = lines[0];
  return first && first.lines.length === 1 && headW + inlineGap(m) + textWidth(first.lines[0]!, m.font) <= wrapW ? lines.shift()! : undefined;
}

/** The lane's name on its band, on a ground that hides the band, and the inline line beside it if there is one. */
function pushLaneHead({ m, marks }: Layout, row: LaneRow, name: string, headW: number, inline: DetailLine | undefined): void {
  const { lane, yc, forward, anchor, textX, dir, tone } = row;
  const gap = inlineGap(m);
  const detailW = inline ? textWidth(inline.lines[0]!, m.font) : 0;
  const labelW = headW + (inline ? gap + detailW : 0);
  // The label's ground hides the band under the words (2 px past the band's end covers a dashed outline).
  marks.push({
    key: `head-bg-${lane.category}`,
    layer: 'lanes',
    tag: 'rect',
    attrs: { class: 'label-ground', x: r2(forward ? textX - 5 : textX - labelW - 4), y: r2(yc - m.lineH / 2), width: r2(labelW + 9), height: r2(m.lineH) },
  });
  // The name comes first in reading order on both sides; the block sits at the lane's origin.
  const headX = forward || !inline ? textX : textX - detailW - gap;
  marks.push({
    key: `head-${lane.category}`,
    layer: 'labels',
    tag: 'text',
    attrs: { class: `lane-head ${dir} ${tone}`, x: r2(headX), y: r2(yc + m.font * 0.35), 'text-anchor': anchor, 'font-size': m.font },
    text: name,
  });
  if (inline) {
    const ix = forward ? textX + headW + gap : textX;
    marks.push({
      key: `detail-${lane.category}-${inline.kind}`,
      layer: 'labels',
      tag: 'text',
      attrs: { class: `lane-detail ${inline.kind.replace(/-\d+$/, '')} is-inline ${dir}`, x: r2(ix), y: r2(yc + m.font * 0.35), 'text-anchor': anchor, 'font-size': m.font },
      text: inline.lines[0]!,
    });
  }
}

/** The lane's words that did not ride inline, under its band; returns the bottom of the last line. */
function pushLinesBelow({ m, marks }: Layout, row: LaneRow, lines: DetailLine[]): number {
  const { lane, yc, anchor, textX, dir } = row;
  let lineY = yc + Math.max(m.headHalf, m.lineH / 2) + 1;
  for (const { kind, lines: text } of lines) {
    marks.push({
      key: `detail-${lane.category}-${kind}`,
      layer: 'labels',
      tag: 'text',
      attrs: { class: `lane-detail ${kind.replace(/-\d+$/, '')} ${dir}`, x: r2(textX), y: r2(lineY + m.font * 0.95), 'text-anchor': anchor, 'font-size': m.font },
      text: text.length === 1 ? text[0]! : text,
    });
    lineY += text.length * m.lineH;
  }
  return lineY;
}

/** Lanes not drawn in this state wait, collapsed and transparent, at their origin: entering, they grow from there. */
function pushWaitingLanes({ model, m, marks }: Layout, drawn: Set<Category>, barsBottom: number): void {
  for (const lane of model.lanes) {
    if (drawn.has(lane.category)) continue;
    marks.push(lanePath(lane, m, barsBottom - m.lineH / 2, true, 'is-hidden'));
  }
}

/** Each country's bar, the full height of the lanes. */
function pushCountryBars({ m, marks }: Layout, barsTop: number, barsBottom: number): void {
  (['kp', 'ru'] as const).forEach((side) => {
    marks.push({
      key: `node-${side}`,
      layer: 'nodes',
      tag: 'rect',
      attrs: { class: `node-bar side-${side}`, x: r2(side === 'kp' ? m.left : m.right - m.barW), y: r2(barsTop), width: m.barW, height: r2(barsBottom - barsTop), rx: 2 },
    });
  });
}

/** The treaty's frame around both countries from the top down to `y`, then its label and note under it; returns the note's bottom. */
function pushTreatyFrame({ m, marks }: Layout, frame: TreatyFrame, y: number): number {
  y += m.framePad;
  marks.push({
    key: 'treaty-frame',
    layer: 'frame',
    tag: 'rect',
    attrs: { class: 'treaty-frame', x: r2(m.x0 + 1), y: 1, width: r2(m.inner - 2), height: r2(y - 1), rx: 10 },
  });
  // The treaty's label, then its note, each wrapped to the frame and set below the last.
  const textBlock = (key: string, lines: string[], top: number) => {
    marks.push({
      key,
      layer: 'labels',
      tag: 'text',
      attrs: { class: key, x: r2(m.x0 + 4), y: r2(top + m.font * 0.95), 'font-size': m.font },
      text: lines.length === 1 ? lines[0]! : lines,
    });
    return top + lines.length * m.lineH;
  };
  y += m.compact ? 4 : 8;
  y = textBlock('treaty-label', wrapText(frame.label, m.inner - 8, m.font, true), y);
  return textBlock('treaty-note', wrapText(frame.note, m.inner - 8, m.font), y) + 2;
}

/**
 * A lane's arrow: a band of the same width for every lane, with a head at the destination.
 * Collapsed, every point sits at the origin, so the path grows out of its country when it enters.
 *
 *   M tail,top H neck V headTop L tip,centre L neck,headBottom V bottom H tail Z
 */
function lanePath(lane: Lane, m: Metrics, yc: number, collapsed: boolean, tone: string): Mark {
  const forward = lane.from === 'kp';
  const tail = forward ? m.L : m.R;
  const tip = collapsed ? tail : forward ? m.R : m.L;
  const neck = collapsed ? tail : forward ? tip - m.headLen : tip + m.headLen;
  const h = m.band / 2;
  const d = [
    `M${r2(tail)},${r2(yc - h)}`,
    `H${r2(neck)}`,
    `V${r2(yc - m.headHalf)}`,
    `L${r2(tip)},${r2(yc)}`,
    `L${r2(neck)},${r2(yc + m.headHalf)}`,
    `V${r2(yc + h)}`,
    `H${r2(tail)}`,
    'Z',
  ].join('');
  const dashed = lane.status === 'uncertain' || lane.status === 'sought' ? ' is-uncertain' : '';
  return {
    key: `lane-${lane.category}`,
    layer: 'lanes',
    tag: 'path',
    attrs: { class: `lane dir-${lane.from}-to-${lane.to} status-${lane.status}${dashed} ${tone}`, d, opacity: collapsed ? 0 : 1 },
  };
}

/**
 * The shell estimates inside the shells lane, one row each, oldest first: a stick from zero to
 * the figure on one axis in one unit (rounds, as each claimant stated them or converted them
 * from containers). Filled dots were stated in rounds; open dots were converted by the claimant.
 * Wide: the source on the left of each row. Compact: the source on a line above its stick.
 */
function shellInset(estimates: ShellEstimate[], m: Metrics, top: number, detail: Detail, w: ChartWords): Block {
  const marks: Mark[] = [];
  const { font, lineH, compact } = m;
  const x0 = m.L + 4;
  const x1 = Math.min(m.R - m.headLen - 6, x0 + 640);
  const width = x1 - x0;
  const text = (key: string, cls: string, x: number, y: number, lines: string[], anchor = 'start'): Mark => ({
    key,
    layer: 'inset',
    tag: 'text',
    attrs: { class: cls, x: r2(x), y: r2(y), 'text-anchor': anchor, 'font-size': font },
    text: lines.length === 1 ? lines[0]! : lines,
  });

  const title = wrapText(w.inset.title, width, font, true);
  marks.push(text('inset-title', 'inset-title', x0, top + font * 0.95, title));
  let y = top + title.length * lineH;
  if (!detail.tight) {
    const sub = wrapText(compact && detail.lanes !== 'full' ? w.inset.subShort : w.inset.subLong, width, font);
    marks.push(text('inset-sub', 'inset-sub', x0, y + font * 0.95, sub));
    y += sub.length * lineH;
  }
  y += compact ? 4 : 8;

  const maxValue = Math.max(...estimates.map((e) => e.value), 1);
  const axisMax = Math.ceil(maxValue / 2e6) * 2e6;
  const valueW = Math.max(...estimates.map((e) => textWidth(estimateValue(e, w), font, true)));
  const sourceW = compact ? 0 : Math.max(...estimates.map((e) => textWidth(estimateSource(e, w), font)));
  const r = compact ? 4 : 5;
  const trackX0 = compact ? x0 + 4 : x0 + sourceW + 12;
  const trackX1 = compact ? x1 - r - 2 : Math.max(trackX0 + 60, x1 - valueW - 12);
  const xs = (v: number) => trackX0 + ((trackX1 - trackX0) * v) / axisMax;
  const rowH = compact ? lineH + 2 * r + 3 : Math.max(lineH, 2 * r + 4) + 3;
  const rowsTop = y;

  // Gridlines at every 2 million, under the rows.
  const rowsBottom = rowsTop + estimates.length * rowH;
  for (let v = 0; v <= axisMax; v += 2e6) {
    const gx = r2(xs(v));
    marks.push({ key: `inset-grid-${v}`, layer: 'inset', tag: 'line', attrs: { class: v === 0 ? 'inset-baseline' : 'inset-grid', x1: gx, x2: gx, y1: r2(rowsTop), y2: r2(rowsBottom + 2) } });
    marks.push(text(`inset-xlabel-${v}`, 'inset-axis', gx, rowsBottom + 2 + font, [v === 0 ? '0' : w.inset.millions(v)], v === 0 ? 'start' : 'middle'));
  }

  estimates.forEach((e, i) => {
    const rowTop = rowsTop + i * rowH;
    const cls = e.converted ? 'is-converted' : 'is-stated';
    const cx = xs(e.value);
    let cy: number;
    if (compact) {
      // Figure and source on a line, the stick under it.
      cy = rowTop + lineH + r;
      const valueW = textWidth(estimateValue(e, w), font, true);
      marks.push(text(`inset-value-${e.claim}`, `estimate-value ${cls}`, trackX0, rowTop + font * 0.95, [estimateValue(e, w)]));
      marks.push(text(`inset-source-${e.claim}`, 'estimate-source', trackX0 + valueW + 6, rowTop + font * 0.95, [estimateSource(e, w)]));
    } else {
      cy = rowTop + rowH / 2;
      marks.push(text(`inset-source-${e.claim}`, 'estimate-source', trackX0 - 12, cy + font * 0.35, [estimateSource(e, w)], 'end'));
      marks.push(text(`inset-value-${e.claim}`, `estimate-value ${cls}`, cx + r + 5, cy + font * 0.35, [estimateValue(e, w)]));
    }
    marks.push({ key: `inset-stick-${e.claim}`, layer: 'inset', tag: 'line', attrs: { class: 'estimate-stick', x1: r2(trackX0), x2: r2(cx - r), y1: r2(cy), y2: r2(cy) } });
    marks.push({ key: `inset-dot-${e.claim}`, layer: 'inset', tag: 'circle', attrs: { class: `estimate ${cls}`, cx: r2(cx), cy: r2(cy), r } });
  });
  return { marks, height: rowsBottom + 2 + lineH - top };
}

/** Quoted denials in two columns, North Korea's under North Korea and Russia's under Russia. */
function denialCards(denials: Denial[], ids: string[], m: Metrics, top: number, detail: Detail, w: ChartWords): Block {
  const marks: Mark[] = [];
  const chosen = ids
    .slice(0, detail.cards)
    .map((id) => denials.find((d) => d.id === id))
    .filter((d): d is Denial => !!d);
  const gap = m.compact ? 8 : 16;
  const colW = (m.inner - gap) / 2;
  const pad = m.compact ? 5 : 8;
  let height = 0;
  (['kp', 'ru'] as const).forEach((side, col) => {
    const own = chosen.filter((d) => d.side === side).sort((a, b) => a.date.localeCompare(b.date));
    if (own.length === 0) return;
    const cx = m.x0 + col * (colW + gap);
    const anchorX = side === 'kp' ? cx : cx + colW;
    let y = top;
    const headLines = wrapText(w.cards.head(w.capital[side]).toUpperCase(), colW, m.font, true);
    marks.push({
      key: `cards-head-${side}`,
      layer: 'cards',
      tag: 'text',
      attrs: { class: `cards-head side-${side}`, x: r2(anchorX), y: r2(y + m.font * 0.95), 'text-anchor': side === 'kp' ? 'start' : 'end', 'font-size': m.font },
      text: headLines.length === 1 ? headLines[0]! : headLines,
    });
    y += headLines.length * m.lineH + 4;
    for (const d of own) {
      const textW = colW - 2 * pad - 3;
      const who = wrapText(w.cards.who(d.who, d.dateText), textW, m.font, true);
      const quote = detail.quotes ? wrapText(w.cards.quote(d.quote, d.sourceNames[0] ?? ''), textW, m.font) : [];
      const h = pad * 2 + (who.length + quote.length) * m.lineH;
      marks.push({ key: `card-${d.id}`, layer: 'cards', tag: 'rect', attrs: { class: `denial-card side-${side}`, x: r2(cx), y: r2(y), width: r2(colW), height: r2(h), rx: 4 } });
      marks.push({
        key: `card-who-${d.id}`,
        layer: 'cards',
        tag: 'text',
        attrs: { class: 'denial-who', x: r2(cx + pad + 3), y: r2(y + pad + m.font * 0.95), 'font-size': m.font },
        text: who.length === 1 ? who[0]! : who,
      });
      if (quote.length) {
        marks.push({
          key: `card-quote-${d.id}`,
          layer: 'cards',
          tag: 'text',
          attrs: { class: 'denial-quote', x: r2(cx + pad + 3), y: r2(y + pad + who.length * m.lineH + m.font * 0.95), 'font-size': m.font },
          text: quote.length === 1 ? quote[0]! : quote,
        });
      }
      y += h + (m.compact ? 5 : 8);
    }
    height = Math.max(height, y - top);
  });
  return { marks, height };
}
