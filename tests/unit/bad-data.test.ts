/**
 * Bad data must stop `astro build` with a message naming the file, the entry and the field.
 * Each case copies the real content, breaks one thing, and builds it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'bad-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Terminal colours removed, so the patterns match what a reader sees. */
const plain = (text: string) => stripVTControlCharacters(text);

/** Builds a copy of the content after `edit` changes one file; returns the build's exit code and output. */
async function buildWith(name: string, file: string, edit: (text: string) => string) {
  const content = join(work, name, 'content');
  cpSync('content', content, { recursive: true });
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the fixture edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', join(work, name, 'dist')], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, name, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: plain(stdout + stderr) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: plain(e.stdout + e.stderr) };
  }
}

/** The file line of the first paragraph of chapter 1, where one fixture adds an uncited number. */
const storyStartLine = readFileSync('content/story/01-range.mdx', 'utf8').split('\n').findIndex((l) => l.startsWith('The story starts')) + 1;

describe('astro build with bad data', () => {
  const cases: Array<{ name: string; file: string; edit: (t: string) => string; expected: RegExp[] }> = [
    {
      name: 'a malformed date',
      file: 'data/exchanges.yaml',
      edit: (t) => t.replace('start: "2023-07-25"', 'start: "2023-07-32"'),
      expected: [/exchanges\.yaml/, /shoigu-2023/, /start: not a real calendar date/],
    },
    {
      name: 'an unknown source id',
      file: 'data/exchanges.yaml',
      edit: (t) => t.replace(/(- id: lavrov-2023[\s\S]*?sources: \[)/, '$1no-such-source, '),
      expected: [/content\/data\/exchanges\.yaml: entry "lavrov-2023", field "sources\[0\]": unknown source id "no-such-source"/],
    },
    {
      name: 'a missing source',
      file: 'data/places.yaml',
      edit: (t) => t.replace(/(- id: seoul[\s\S]*?)\n {2}sources: \[[^\]]*\]/, '$1'),
      expected: [/places\.yaml/, /seoul/, /sources/],
    },
    {
      name: 'an event dated outside its chapter period',
      file: 'data/exchanges.yaml',
      edit: (t) => t.replace('start: "2023-07-25"', 'start: "2022-07-25"'),
      expected: [/content\/data\/exchanges\.yaml: entry "shoigu-2023", field "start": 2022-07-25 is outside the period of .*02-envoy\.mdx/],
    },
    {
      name: 'a duplicate step id',
      file: 'story/01-range.mdx',
      edit: (t) => t.replace('<Step id="arc-region">', '<Step id="envoy-overview">'),
      expected: [/02-envoy\.mdx: entry "02-envoy", field "Step id": duplicate step id "envoy-overview" \(first used in .*01-range\.mdx\)/],
    },
    {
      name: 'a step id referenced by a chart that no step has',
      file: 'story/02-envoy.mdx',
      edit: (t) => t.replace('<Step id="envoy-spa">', '<Step id="envoy-parliament">'),
      expected: [/02-envoy\.mdx: entry "02-envoy", field "steps\[7\]\.id": the timeline chart refers to step "envoy-spa", but no <Step id="envoy-spa"> exists/],
    },
    {
      name: 'a number in the prose with no citation',
      file: 'story/01-range.mdx',
      edit: (t) => t.replace('The story starts on a map most readers know only in outline.', 'The story starts on a map most readers know only in outline, some 1,100 km from end to end.'),
      expected: [new RegExp(`content/story/01-range\\.mdx:${storyStartLine}: this sentence`), /this sentence states a number but its paragraph has no <Cite>: "The story starts on a map most readers know only in outline, some 1,100 km from end to end\."/],
    },
    {
      name: 'a takeaway with a figure and no sources',
      file: 'story/01-range.mdx',
      edit: (t) => t.replace(/(takeaway: They fly about 400 km[^\n]*\n) {4}sources: \[[^\]]*\]\n/, '$1'),
      expected: [/content\/story\/01-range\.mdx: entry "01-range", field "steps\[2\]\.sources": the takeaway of "arc-flight" states a number; name its sources/],
    },
    {
      name: 'a field with no Korean text',
      file: 'data/denials.yaml',
      edit: (t) => t.replace('    quote: "그들은 늘 이런 얘기를 하지만 아무런 증거도 내놓지 않는다"\n', ''),
      expected: [/content\/data\/denials\.yaml: entry "peskov-2023-10-17", field "ko\.quote": no Korean \(ko\) text for "quote"/],
    },
    {
      name: 'a Korean chapter that drops a citation',
      file: 'ko/story/04-next.mdx',
      edit: (t) => t.replace('<Cite s="nhk-2024-10-09-spa" />', ''),
      expected: [/content\/ko\/story\/04-next\.mdx: entry "04-next", field "<Cite s>": the Korean \(ko\) text has 5 \[/],
    },
  ];

  it.each(cases)('fails on $name, naming file, entry and field', async ({ name, file, edit, expected }) => {
    const { code, output } = await buildWith(name.replace(/\W+/g, '-'), file, edit);
    expect(code).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});
