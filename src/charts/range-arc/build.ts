/**
 * Build-time only: the model, the projected map data and the basemap markup, computed once per
 * build from the content collections and Natural Earth. Nothing here reaches the browser except
 * the JSON-safe `map` and the SVG string.
 */
import { storyContent } from '../../lib/content';
import { basemapSvg, isLand } from './basemap';
import { rangeArcModel, type RangeArcModel } from './model';
import { projectMap, type MapData } from './projection';
import { stepProblems, type RangeArcStep } from './state';

/** Id of the basemap group the chart's SVGs `<use>`: one copy in the page, however many layouts. */
export const BASEMAP_ID = 'range-arc-basemap';

export interface RangeArcBuild {
  model: RangeArcModel;
  map: MapData;
  basemap: string;
}

let cached: { key: string; build: Promise<RangeArcBuild> } | undefined;

/** Everything the chart needs at build time, for the chapter's step table. */
export function rangeArcBuild(steps: RangeArcStep[], file = 'content/story/01-range.mdx'): Promise<RangeArcBuild> {
  const key = JSON.stringify(steps);
  if (cached?.key !== key) cached = { key, build: compute(steps, file) };
  return cached.build;
}

async function compute(steps: RangeArcStep[], file: string): Promise<RangeArcBuild> {
  const problems = stepProblems(steps);
  if (problems.length) throw new Error(`Bad content (${problems.length}):\n- ${problems.map((p) => `${file}: ${p}`).join('\n- ')}`);
  const { places, launches, sourceById } = await storyContent();
  const model = rangeArcModel({ places, launches, sources: sourceById, isLand });
  const { map, projection } = projectMap(
    model,
    steps.flatMap((s) => s.places ?? []),
  );
  return { model, map, basemap: basemapSvg(projection, map.extent, BASEMAP_ID) };
}
