/**
 * For tests only: the chart built from the real content files and Natural Earth, as the build
 * builds it, without Astro.
 */
import { launchSchema, placeSchema, sourceSchema } from '../../lib/schemas';
import { readData, readSteps } from '../../../tests/unit/content-files';
import { isLand } from './basemap';
import { rangeArcModel } from './model';
import { projectMap } from './projection';
import type { RangeArcStep } from './state';

export const steps = readSteps<RangeArcStep>('01-range');
export const places = readData('places', placeSchema);
export const launches = readData('launches', launchSchema);
export const sources = new Map(readData('sources', sourceSchema).map((s) => [s.id, s.data]));
export const model = rangeArcModel({ places, launches, sources, isLand });
export const { map, projection } = projectMap(
  model,
  steps.flatMap((s) => s.places ?? []),
);
