import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './model';
import { BLANK, stateAt } from './state';
import { steps } from './test-fixtures';

const KP = ['shells', 'munitions', 'missiles'];
const RU = ['food', 'oil', 'raw-materials', 'technology', 'weapons-sought', 'diplomatic-cover'];

describe('stateAt(steps, stepId)', () => {
  // One row per step of chapter 3: lanes drawn, lanes in focus, and the step's own layer.
  const table: Array<[string, string[], string[], string]> = [
    ['flow-shells', ['shells', 'munitions'], ['shells', 'munitions'], ''],
    ['flow-shell-claims', ['shells', 'munitions'], ['shells'], 'inset'],
    ['flow-missiles', KP, ['missiles'], 'annotation'],
    ['flow-aid', [...KP, ...RU], RU, ''],
    ['flow-denials', [...KP, ...RU], [...KP, ...RU], 'claims+denials'],
    ['flow-treaty', [...KP, ...RU], [...KP, ...RU], 'frame'],
  ];

  it('has a row for every step of chapter 3, in order (at least five)', () => {
    expect(table.map(([id]) => id)).toEqual(steps.map((s) => s.id));
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it.each(table)('%s draws %j, focuses %j, adds %s', (id, lanes, focus, extra) => {
    const state = stateAt(steps, id);
    expect(state.stepId).toBe(id);
    expect(state.lanes).toEqual(lanes);
    expect(state.focus).toEqual(focus);
    const layers = [
      state.inset && 'inset',
      state.annotations.length && 'annotation',
      state.claims && state.denials.length && 'claims+denials',
      state.frame && 'frame',
    ].filter(Boolean);
    expect(layers.join(',')).toBe(extra);
    expect(state.takeaway.length).toBeGreaterThan(20);
  });

  it('is the blank state for an unknown or missing step', () => {
    expect(stateAt(steps, 'no-such-step')).toEqual(BLANK);
    expect(stateAt(steps, null)).toEqual(BLANK);
    expect(BLANK.lanes).toEqual([]);
  });

  it('depends on the step alone: progress and the order of visits change nothing', () => {
    const forward = steps.map((s) => stateAt(steps, s.id, 0));
    const backward = [...steps].reverse().map((s) => stateAt(steps, s.id, 0.7)).reverse();
    expect(backward).toEqual(forward);
  });

  it('puts lanes in drawing order whatever order a row lists them in, and keeps focus within them', () => {
    const state = stateAt([{ id: 'x', lanes: ['oil', 'shells'], focus: ['oil', 'missiles'] }], 'x');
    expect(state.lanes).toEqual(['shells', 'oil']);
    expect(state.focus).toEqual(['oil']);
    expect(stateAt([{ id: 'x', lanes: 'all' }], 'x').lanes).toEqual(CATEGORIES);
  });

  it('does not hand out the step table’s own arrays', () => {
    const row = { id: 'x', lanes: 'all' as const, denials: ['a'], frame: { label: 'l', note: 'n', sources: ['s'] } };
    const state = stateAt([row], 'x');
    state.denials.push('b');
    state.frame!.sources.push('t');
    expect(row.denials).toEqual(['a']);
    expect(row.frame.sources).toEqual(['s']);
  });
});
