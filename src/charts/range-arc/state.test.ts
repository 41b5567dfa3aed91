import { describe, expect, test } from 'vitest';
import { steps } from './fixtures';
import { BLANK, stateAt, stepProblems, summaryState, usesProgress, type RangeArcState } from './state';

/** What each step of the chapter shows, as the front matter's table says (progress 0.5 on the flight step). */
const expected: Array<[string, Partial<RangeArcState>]> = [
  ['arc-region', { launch: false, flight: null, landing: false, ring: false, context: false, places: ['pyongyang', 'seoul', 'vladivostok', 'tokyo'] }],
  ['arc-launch-area', { launch: true, flight: null, readout: false, landing: false, ring: false, places: ['pyongyang', 'seoul'] }],
  ['arc-flight', { launch: true, flight: 0.5, readout: true, landing: false, ring: false, context: false }],
  ['arc-landing', { launch: true, flight: 1, readout: false, landing: true, ring: false, context: false }],
  ['arc-ring', { launch: true, flight: 1, landing: false, ring: true, context: false }],
  ['arc-context', { launch: true, flight: 1, landing: false, ring: false, context: true }],
];

describe('stateAt(steps, stepId, progress)', () => {
  test('the chapter has at least six steps, with unique ids', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    expect(steps.map((s) => s.id)).toEqual(expected.map(([id]) => id));
  });

  test.each(expected)('%s', (id, state) => {
    expect(stateAt(steps, id, 0.5)).toMatchObject({ stepId: id, ...state });
  });

  test.each([
    [0, 0],
    [0.25, 0.25],
    [1, 1],
    [-0.5, 0],
    [7, 1],
    [Number.NaN, 0],
  ])('the flight step at progress %s draws %s of the flight', (progress, share) => {
    expect(stateAt(steps, 'arc-flight', progress).flight).toBe(share);
  });

  test.each([0, 0.3, 1])('with reduced motion the flight step at progress %s draws the whole flight', (progress) => {
    expect(stateAt(steps, 'arc-flight', progress, { wholeFlight: true })).toMatchObject({ flight: 1, readout: true });
  });

  test.each(expected.filter(([id]) => id !== 'arc-flight'))('progress changes nothing at %s', (id) => {
    expect(stateAt(steps, id, 0.1)).toEqual(stateAt(steps, id, 0.9));
  });

  test('depends on the step alone: the same answer whatever came before', () => {
    const once = steps.map((s) => stateAt(steps, s.id, 0.4));
    const shuffled = [...steps]
      .reverse()
      .map((s) => stateAt(steps, s.id, 0.4))
      .reverse();
    expect(shuffled).toEqual(once);
  });

  test.each([null, 'nope', 'envoy-spa'])('an unknown step (%s) gives the blank state', (id) => {
    expect(stateAt(steps, id, 0.5)).toEqual(BLANK);
  });

  test('a step with no parameters gives the blank picture', () => {
    expect(stateAt([{ id: 'bare' }], 'bare')).toEqual({ ...BLANK, stepId: 'bare' });
  });
});

test('usesProgress(steps, id) is true for the flight step only', () => {
  expect(steps.filter((s) => usesProgress(steps, s.id)).map((s) => s.id)).toEqual(['arc-flight']);
});

test('summaryState(steps): readers without JavaScript see the whole flight, both landing reports and the ring', () => {
  expect(summaryState(steps)).toMatchObject({ launch: true, flight: 1, landing: true, ring: true, context: false });
  expect(summaryState(steps).takeaway).toContain('400 km');
});

describe('stepProblems(steps)', () => {
  test('finds none in the chapter', () => {
    expect(stepProblems(steps)).toEqual([]);
  });
  test.each([
    [{ id: 'x', show: ['launch', 'rings'] }, 'steps[0].show[1] (step "x"): unknown feature "rings"'],
    [{ id: 'x', flight: 'fast' }, 'steps[0].flight (step "x"): expected "scroll" or "whole"'],
  ])('names the step and field: %j', (step, message) => {
    expect(stepProblems([step as never])[0]).toContain(message);
  });
});
