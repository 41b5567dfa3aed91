/**
 * Build-time only: the model, the projected map data and the basemap markup, computed once per
 * build from the content collections and Natural Earth. Nothing here reaches the browser except
 * the JSON-safe `map` and the SVG string.
 */
import { storyContent } from '../../lib/content';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
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

/** One build per edition and step table (takeaways aside: the map does not draw them); both editions are built in one run. */
const cached = new Map<string, Promise<RangeArcBuild>>();

/** Everything the chart needs at build time, for the chapter's step table, in one edition's words. */
export function rangeArcBuild(steps: RangeArcStep[], locale: Locale = DEFAULT_LOCALE, file = 'content/story/01-range.mdx'): Promise<RangeArcBuild> {
  const key = `${locale} ${JSON.stringify(steps.map(({ takeaway: _, ...s }) => s))}`;
  let build = cached.get(key);
  if (!build) {
    build = compute(steps, locale, file);
    cached.set(key, build);
  }
  return build;
}

async function compute(steps: RangeArcStep[], locale: Locale, file: string): Promise<RangeArcBuild> {
  const problems = stepProblems(steps);
  if (problems.length) throw new Error(`Bad content (${problems.length}):\n- ${problems.map((p) => `${file}: ${p}`).join('\n- ')}`);
  const { places, launches, sourceById } = await storyContent(locale);
  const model = rangeArcModel({ places, launches, sources: sourceById, isLand });
  const { map, projection } = projectMap(
    model,
    steps.flatMap((s) => s.places ?? []),
    locale,
  );
  return { model, map, basemap: basemapSvg(projection, map.extent, BASEMAP_ID) };
}
