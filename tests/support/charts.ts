/**
 * The charts that exist (src/charts/names.ts), so the end-to-end tests can be generated per
 * chart before the build runs. Every chart gets an embed; the tests require at least the timeline.
 */
import { CHART_NAMES } from '../../src/charts/names';

export function registeredCharts(): string[] {
  const names: string[] = [...CHART_NAMES];
  if (!names.includes('timeline')) throw new Error(`src/charts/names.ts: expected at least the timeline in CHART_NAMES, found ${names.join(', ') || 'none'}`);
  return names;
}
