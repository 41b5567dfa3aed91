/** Readable snapshots of the flow diagram at every step, desktop and phone, reviewed as diffs when the chart changes. */
import { describe, expect, it } from 'vitest';
import { stateAt } from './state';
import { armsFlowScene } from './layout';
import { model, steps } from './test-fixtures';

const SIZES: Array<[string, { width: number; height: number }]> = [
  ['desktop', { width: 880, height: 612 }],
  ['phone', { width: 296, height: 354 }],
];

describe('arms-flow scene snapshots', () => {
  it.each(steps.flatMap((s) => SIZES.map(([name, size]) => [s.id, name, size] as const)))('%s at %s size', async (id, name, size) => {
    const scene = armsFlowScene(model, stateAt(steps, id), size);
    const lines = scene.marks.map((m) => `${m.layer} ${m.tag} ${m.key} ${JSON.stringify(m.attrs)}${m.text ? ` ${JSON.stringify(m.text)}` : ''}`);
    await expect([`desc: ${scene.desc}`, ...lines].join('\n') + '\n').toMatchFileSnapshot(`__snapshots__/${id}-${name}.txt`);
  });
});
