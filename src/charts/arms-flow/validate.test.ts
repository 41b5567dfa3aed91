import { describe, expect, it } from 'vitest';
import { armsFlowStepProblems } from '../../lib/validate';
import { denialRows, sources, steps } from './test-fixtures';

const ids = { sourceIds: new Set(sources.keys()), denialIds: new Set(denialRows.map((d) => d.id)) };
const check = (step: Record<string, unknown>) => armsFlowStepProblems('content/story/03-arms.mdx', '03-arms', 2, step, ids);

describe('armsFlowStepProblems(file, entry, i, step, ids)', () => {
  it('finds nothing wrong with chapter 3 as written', () => {
    expect(steps.flatMap((s, i) => armsFlowStepProblems('f', 'e', i, s as never, ids))).toEqual([]);
  });
  it.each([
    [{ id: 'x', lanes: ['shell'] }, 'field "steps[2].lanes[0]": unknown flow category "shell"'],
    [{ id: 'x', focus: 'some' }, 'field "steps[2].focus": expected "all" or a list'],
    [{ id: 'x', denials: ['peskov-2099'] }, 'field "steps[2].denials[0]": unknown denial id "peskov-2099"'],
    [{ id: 'x', annotations: [{ lane: 'oil', text: 't', sources: ['nope'] }] }, 'field "steps[2].annotations[0].sources[0]": unknown source id "nope"'],
    [{ id: 'x', annotations: [{ lane: 'gas', text: 't', sources: ['ap-2024-06-20-treaty'] }] }, 'field "steps[2].annotations[0].lane": unknown flow category "gas"'],
    [{ id: 'x', frame: { label: 'l', note: 'n', sources: [] } }, 'field "steps[2].frame.sources": every label needs at least one source'],
  ])('names file, entry and field for %j', (step, message) => {
    const problems = check(step);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/story/03-arms.mdx: entry "03-arms", ');
    expect(problems[0]).toContain(message);
  });
});
