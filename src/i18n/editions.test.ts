/**
 * The two editions say the same things on the same evidence: each chapter has the same steps in
 * the same order, each step cites the same sources, and each chart is in the same state at every
 * step (the Korean chapter only supplies the words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const chapterFiles = readdirSync('content/story').filter((f) => f.endsWith('.mdx'));

function read(path: string) {
  const text = readFileSync(path, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(front) as { steps?: Array<{ id: string; takeaway?: string } & Record<string, unknown>> }, body };
}

/** Each `<Step id>` block's cited source ids, in order. */
function citationsByStep(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of body.matchAll(/<Step id="([^"]+)">([\s\S]*?)<\/Step>/g)) {
    out[m[1]!] = [...m[2]!.matchAll(/<Cite s="([^"]+)"/g)].flatMap((c) => c[1]!.trim().split(/\s+/));
  }
  return out;
}

describe.each(chapterFiles)('chapter %s in Korean', (file) => {
  const en = read(`content/story/${file}`);
  const ko = read(`content/ko/story/${file}`);

  it('has the same steps, in the same order, each with its own takeaway', () => {
    expect((ko.data.steps ?? []).map((s) => s.id)).toEqual((en.data.steps ?? []).map((s) => s.id));
    for (const step of ko.data.steps ?? []) expect(step.takeaway, step.id).toMatch(/[가-힣]/);
  });

  it('cites the same sources at every step', () => {
    expect(citationsByStep(ko.body)).toEqual(citationsByStep(en.body));
    expect(Object.keys(citationsByStep(en.body)).length).toBe((en.data.steps ?? []).length);
  });

  it('leaves every chart state to the English step table (the Korean steps carry words only)', () => {
    const english = new Map((en.data.steps ?? []).map((s) => [s.id, s]));
    for (const step of ko.data.steps ?? []) {
      expect(['id', 'takeaway', 'annotations', 'frame'], step.id).toEqual(expect.arrayContaining(Object.keys(step)));
      // An annotation or frame is worded, never added or dropped: the English row decides what is drawn.
      const en = english.get(step.id) as { annotations?: unknown[]; frame?: unknown } | undefined;
      expect((step.annotations as unknown[] | undefined)?.length ?? 0, step.id).toBe(en?.annotations?.length ?? 0);
      expect(step.frame === undefined, step.id).toBe(en?.frame === undefined);
    }
  });
});
