import { describe, expect, it } from 'vitest';
import { armsFlowModel, clientModel, qualifierOf, LANE_DEFS, type FlowData } from './model';
import { denialRows, flowRows, model, sources } from './test-fixtures';

/** Freezes a value and everything in it, so a test fails if a function writes to its input. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('armsFlowModel(flows, denials, sources)', () => {
  it('keeps every claim and every denial', () => {
    expect(model.claims).toHaveLength(flowRows.length);
    expect(model.denials).toHaveLength(denialRows.length);
    expect(model.claims.map((c) => c.claimDate)).toEqual([...model.claims.map((c) => c.claimDate)].sort());
  });

  it('does not mutate its input (frozen input, same result)', () => {
    const frozenFlows = deepFreeze(structuredClone(flowRows));
    const frozenDenials = deepFreeze(structuredClone(denialRows));
    expect(() => armsFlowModel(frozenFlows, frozenDenials, sources)).not.toThrow();
    expect(armsFlowModel(frozenFlows, frozenDenials, sources)).toEqual(model);
    expect(frozenFlows).toEqual(flowRows);
  });

  // One row per lane: direction, the claim whose amount labels it, how it is drawn.
  const lanes: Array<[string, 'kp' | 'ru', string, string]> = [
    ['shells', 'kp', 'kp-ru-shells-2024-06-14', 'claimed'],
    ['munitions', 'kp', 'kp-ru-containers-2024-08-27', 'claimed'],
    ['missiles', 'kp', 'kp-ru-missiles-2024-05-07', 'claimed'],
    ['food', 'ru', 'ru-kp-aid-containers-2024-03-18', 'claimed'],
    ['oil', 'ru', 'ru-kp-oil-2024-05-02', 'claimed'],
    ['raw-materials', 'ru', 'ru-kp-raw-materials-2024-02-26', 'claimed'],
    ['technology', 'ru', 'ru-kp-weapons-help-2024-09-18', 'claimed'],
    ['weapons-sought', 'ru', 'ru-kp-sought-2023-10-13', 'sought'],
    ['diplomatic-cover', 'ru', 'ru-kp-veto-2024-03-28', 'on-record'],
  ];
  it('lists the lanes in drawing order, North Korea’s first', () => {
    expect(model.lanes.map((l) => l.category)).toEqual(lanes.map(([c]) => c));
  });
  it.each(lanes)('lane %s runs from %s, headline %s, drawn as %s', (category, from, headline, status) => {
    const lane = model.lanes.find((l) => l.category === category)!;
    expect(lane.from).toBe(from);
    expect(lane.to).toBe(from === 'kp' ? 'ru' : 'kp');
    expect(lane.headline).toBe(headline);
    expect(lane.status).toBe(status);
    expect(lane.claims.length).toBeGreaterThan(0);
    for (const id of lane.claims) expect(model.claims.find((c) => c.id === id)!.category).toBe(category);
  });

  it('gives a lane the denials its claims name, oldest first', () => {
    const shells = model.lanes.find((l) => l.category === 'shells')!;
    expect(shells.deniedBy).toEqual(['kim-yo-jong-2024-05-17', 'moscow-2024-09-18', 'pyongyang-2024-09-18']);
    expect(model.lanes.find((l) => l.category === 'oil')!.deniedBy).toEqual([]);
    expect(model.lanes.find((l) => l.category === 'diplomatic-cover')!.deniedBy).toEqual(['nebenzia-2024-03-28']);
  });

  it('refuses a category whose flows run both ways (which would make the diagram lie)', () => {
    const bad = [...flowRows, { id: 'x', data: { ...flowRows[0]!.data, from: 'ru', to: 'kp' } as FlowData }];
    expect(() => armsFlowModel(bad, denialRows, sources)).toThrow(/entry "x" runs ru→kp/);
  });

  it('collects the shell estimates in rounds, stated or converted by the claimant, oldest first', () => {
    expect(model.shellEstimates.map((e) => [e.date, e.value, e.qualifier, e.converted, e.claimantShort])).toEqual([
      ['2023-11-01', 1_000_000, 'more than', false, 'Seoul (NIS)'],
      ['2023-12-29', 2_000_000, 'more than', true, 'Seoul (minister)'],
      ['2024-01-15', 1_000_000, 'about', false, 'Kyiv (HUR)'],
      ['2024-02-26', 3_000_000, 'up to', true, 'Seoul (minister)'],
      ['2024-06-14', 4_800_000, 'up to', false, 'Seoul (minister)'],
      ['2024-08-27', 6_000_000, 'more than', true, 'Seoul (DIA)'],
    ]);
  });

  it('covers every category the schema allows with a lane definition', () => {
    expect(new Set(LANE_DEFS.map((d) => d.category)).size).toBe(9);
    for (const c of model.claims) expect(LANE_DEFS.some((d) => d.category === c.category)).toBe(true);
  });

  it('clientModel drops what only the table needs, and nothing the chart draws', () => {
    const slim = clientModel(model);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(model).length * 0.8);
    expect(slim.lanes).toEqual(model.lanes);
    expect(slim.shellEstimates).toEqual(model.shellEstimates);
    expect(slim.claims.map((c) => [c.amount, c.claimant, c.dateText])).toEqual(model.claims.map((c) => [c.amount, c.claimant, c.dateText]));
  });
});

describe('qualifierOf(text)', () => {
  it.each([
    ['more than 1 million rounds', 'more than'],
    ['possibly up to 4.8 million shells', 'up to'],
    ['up to about 3 million 152mm rounds', 'up to'],
    ['around 1 million rounds', 'about'],
    ['millions of rounds', ''],
  ])('%s -> %s', (text, expected) => expect(qualifierOf(text)).toBe(expected));
});
