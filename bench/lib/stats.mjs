/** Small statistics for benchmark runs. */

/** Median of numbers (mean of the middle two for an even count); NaN for none. `median([3, 1, 2]) // 2` */
export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The p-th percentile (0–100), nearest rank. `percentile([10, 20, 30, 40], 95) // 40` */
export function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

/** Min and max of numbers, to show a run-to-run spread. `spread([3, 1, 2]) // [1, 3]` */
export function spread(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? [Math.min(...v), Math.max(...v)] : [NaN, NaN];
}
