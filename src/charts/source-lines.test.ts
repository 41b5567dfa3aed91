/**
 * Every chart's source line points to its table in the words the pictures replace (stills.ts):
 * a printed or downloaded step has no table below it, so each line must say "(table below)"
 * exactly as ui.ts does, in every edition.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { WORDS as armsFlow } from './arms-flow/words';
import { PAGE_WORDS as rangeArc } from './range-arc/words';
import { WORDS as timeline } from './timeline/words';

const publishers = ['A', 'B', 'C', 'D', 'E', 'F'];

describe.each(LOCALES)('source lines in %s', (locale) => {
  const { tableBelow } = ui(locale).chart;
  it.each([
    ['range-arc', rangeArc[locale].sourceLine(publishers.slice(0, 3), 3)],
    ['timeline', timeline[locale].sourceLine(publishers.slice(0, 4), 2)],
    ['arms-flow', armsFlow[locale].sourceLine(publishers)],
  ])('%s says where its table is as the pictures expect', (_, line) => {
    expect(line).toContain(tableBelow);
  });
});
