/** Reads the real content files for unit tests, without Astro: YAML data and MDX front matter. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Rows of `content/data/<name>.yaml` as `{ id, data }`, the shape Astro's file() loader gives. */
export function dataRows<T>(name: string): Array<{ id: string; data: T }> {
  const rows = parse(readFileSync(`content/data/${name}.yaml`, 'utf8')) as Array<{ id: string } & T>;
  return rows.map(({ id, ...data }) => ({ id, data: data as T }));
}

/** The front matter of `content/story/<file>`. */
export function frontMatter<T>(file: string): T {
  const text = readFileSync(`content/story/${file}`, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return parse(match[1]!) as T;
}
