/**
 * For tests only: the chart built from the real content files and Natural Earth, as the build
 * builds it, without Astro; in English, and in Korean (`ko`: the data's `ko:` maps laid over it,
 * as storyContent('ko') does, and the Korean chapter's takeaways on the same step table).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { launchSchema, placeSchema, sourceSchema } from '../../lib/schemas';
import { localizeData } from '../../i18n/localize';
import type { Locale } from '../../i18n/locales';
import { readData, readSteps } from '../../../tests/unit/content-files';
import { isLand } from './basemap';
import { rangeArcModel } from './model';
import { projectMap } from './projection';
import type { RangeArcStep } from './state';

export const steps = readSteps<RangeArcStep>('01-range');
export const places = readData('places', placeSchema);
export const launches = readData('launches', launchSchema);
const sourceRows = readData('sources', sourceSchema);
export const sources = new Map(sourceRows.map((s) => [s.id, s.data]));
export const model = rangeArcModel({ places, launches, sources, isLand });
export const { map, projection } = projectMap(
  model,
  steps.flatMap((s) => s.places ?? []),
);

/** The edition's entries, as storyContent(locale) gives them. */
const inEdition = <T extends { data: unknown }>(list: T[], locale: Locale): T[] => list.map((e) => ({ ...e, data: localizeData(e.data, locale) }));
const koTakeaways = new Map(
  (parse(readFileSync('content/ko/story/01-range.mdx', 'utf8').split(/^---$/m)[1] ?? '') as { steps: Array<{ id: string; takeaway: string }> }).steps.map(
    (s) => [s.id, s.takeaway],
  ),
);

/** The Korean edition: the English step table with the Korean takeaways, and the map in Korean. */
export const ko = (() => {
  const kSteps = steps.map((s) => ({ ...s, takeaway: koTakeaways.get(s.id) ?? s.takeaway }));
  const kModel = rangeArcModel({
    places: inEdition(places, 'ko'),
    launches: inEdition(launches, 'ko'),
    sources: new Map(inEdition(sourceRows, 'ko').map((s) => [s.id, s.data])),
    isLand,
  });
  const { map: kMap } = projectMap(
    kModel,
    kSteps.flatMap((s) => s.places ?? []),
    'ko',
  );
  return { steps: kSteps, model: kModel, map: kMap };
})();
