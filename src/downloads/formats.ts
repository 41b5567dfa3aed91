/**
 * A table as the files a reader downloads. CSV: UTF-8 with a byte-order mark (without it, Excel
 * reads accented letters and Hangul as gibberish), a header row, ISO 8601 dates, list columns
 * joined with "|" and empty cells for missing values. JSON: an array of the same rows, lists as
 * arrays and missing values as null.
 */
import { csvFormatRows } from 'd3-dsv';
import { LIST_DELIMITER, type Dataset, type Value } from './datasets';

/** The byte-order mark Excel needs to read a CSV as UTF-8. */
export const BOM = '\uFEFF';

const cell = (value: Value): string => (value === null ? '' : Array.isArray(value) ? value.join(LIST_DELIMITER) : String(value));

export function toCsv({ fields, rows }: Dataset): string {
  const names = fields.map((f) => f.name);
  return BOM + csvFormatRows([names, ...rows.map((row) => names.map((n) => cell(row[n] ?? null)))]) + '\n';
}

export function toJson({ fields, rows }: Dataset): string {
  const names = fields.map((f) => f.name);
  return JSON.stringify(rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] ?? null]))), null, 1) + '\n';
}
