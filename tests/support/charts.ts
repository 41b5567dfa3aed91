/**
 * The chart names in src/charts/registry.ts (`chartComponents`), read from its source so the
 * end-to-end tests can be generated per chart before the build runs. Every chart placed there
 * gets an embed; the tests require at least the timeline.
 */
import { readFileSync } from 'node:fs';

export function registeredCharts(): string[] {
  const source = readFileSync('src/charts/registry.ts', 'utf8');
  const start = source.indexOf('= {', source.indexOf('chartComponents'));
  const block = start < 0 ? '' : source.slice(start + 3, source.indexOf('}', start));
  const names = [...block.matchAll(/^\s*['"]?([a-z][\w-]*)['"]?\s*:/gm)].map((m) => m[1]!);
  if (!names.includes('timeline')) throw new Error(`src/charts/registry.ts: expected at least the timeline in chartComponents, found ${names.join(', ') || 'none'}`);
  return names;
}
