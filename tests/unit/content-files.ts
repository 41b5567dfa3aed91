/**
 * Reads the content data files the way the build does (YAML, then the collection's zod schema),
 * so unit tests run on the real data without a build.
 *
 *   readData('places', placeSchema) -> [{ id: 'kaechon', data: { name: 'Kaechon', lat: 39.6986, ... } }, ...]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

export function readData<S extends z.ZodType>(name: string, schema: S): Array<{ id: string; data: z.output<S> }> {
  const file = `content/data/${name}.yaml`;
  const rows = parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown> & { id: string }>;
  return rows.map(({ id, ...rest }) => {
    const result = schema.safeParse(rest);
    if (!result.success) throw new Error(`${file}: entry "${id}": ${result.error.message}`);
    return { id, data: result.data };
  });
}

/** The chart's step table from a chapter's front matter: `readSteps('01-range')` -> [{ id: 'arc-region', ... }, ...]. */
export function readSteps<T = Record<string, unknown>>(chapter: string): T[] {
  const text = readFileSync(`content/story/${chapter}.mdx`, 'utf8');
  const front = text.split(/^---$/m)[1] ?? '';
  return ((parse(front) as { steps?: T[] }).steps ?? []) as T[];
}
