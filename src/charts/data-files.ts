/**
 * What each chart's browser module needs to draw any step, served once per chart as
 * `/data/<chart>.json` (src/pages/data) instead of inside every page that shows the chart: the
 * story's HTML is what a phone waits for before the first words appear, and this JSON is only
 * needed once the chart script runs. The figure names the file with a hash of its content, so a
 * cached copy of older data is never used.
 */
import { createHash } from 'node:crypto';
import type { ChartName } from './names';

/** The JSON as served; the figure's link and the file are made from this one string. */
export const chartDataJson = (data: unknown): string => JSON.stringify(data);

/** Where the browser fetches a chart's data, versioned by its content. */
export function chartDataUrl(name: ChartName, json: string): string {
  return `/data/${name}.json?v=${createHash('sha256').update(json).digest('base64url').slice(0, 10)}`;
}
