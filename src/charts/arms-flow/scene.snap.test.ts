/** Readable snapshots of the flow diagram at every step, desktop and phone, in each edition, reviewed as diffs when the chart changes. */
import { describe, expect, it } from 'vitest';
import { stateAt } from './state';
import { armsFlowScene } from './layout';
import { model, modelKo, steps, stepsKo } from './test-fixtures';

const SIZES: Array<[string, { width: number; height: number }]> = [
  ['desktop', { width: 880, height: 612 }],
  ['phone', { width: 296, height: 354 }],
];

// English files have no suffix; every other edition's carry its locale ("flow-aid-phone-ko.txt").
const EDITIONS = [
  ['', model, steps],
  ['-ko', modelKo, stepsKo],
] as const;

describe.each(EDITIONS)('arms-flow scene snapshots%s', (suffix, m, table) => {
  it.each(table.flatMap((s) => SIZES.map(([name, size]) => [s.id, name, size] as const)))('%s at %s size', async (id, name, size) => {
    const scene = armsFlowScene(m, stateAt(table, id), size);
    const lines = scene.marks.map((mark) => `${mark.layer} ${mark.tag} ${mark.key} ${JSON.stringify(mark.attrs)}${mark.text ? ` ${JSON.stringify(mark.text)}` : ''}`);
    await expect([`desc: ${scene.desc}`, ...lines].join('\n') + '\n').toMatchFileSnapshot(`__snapshots__/${id}-${name}${suffix}.txt`);
  });
});
