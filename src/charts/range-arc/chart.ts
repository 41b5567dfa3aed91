/** The map's contract (see ../definition.ts): its pictures, basemap, source line and browser data from the launches and places. */
import type { ChartDefinition } from '../definition';
import { BASEMAP_ID, rangeArcBuild } from './build';
import { BUILD_SIZES, rangeArcScene } from './layout';
import { stateAt, summaryState, type RangeArcStep } from './state';
import { PAGE_WORDS } from './words';

const STILL_SIZE = { width: 560, height: 420 };

/** The hatching the layouts fill uncertain areas with. */
const HATCHES = [
  '<pattern id="range-arc-hatch" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)"><line class="hatch-line" x1="0" y1="0" x2="0" y2="7"/></pattern>',
  '<pattern id="range-arc-hatch-muted" patternUnits="userSpaceOnUse" width="12" height="12" patternTransform="rotate(-45)"><line class="hatch-line is-muted-hatch" x1="0" y1="0" x2="0" y2="12"/></pattern>',
];

export const rangeArcChart: ChartDefinition<RangeArcStep> = {
  name: 'range-arc',
  datasets: [
    { name: 'launch-claims', label: 'claims' },
    { name: 'places', label: 'places' },
  ],
  async build(steps, locale) {
    const { model, map, basemap } = await rangeArcBuild(steps, locale);
    const words = PAGE_WORDS[locale];
    const claims = [model.launch, ...(model.earlier ? [model.earlier] : [])].flatMap((l) => [...l.distances, ...l.landings, ...l.claims]);
    const publishers = [...new Set(claims.flatMap((c) => c.sourceNames))];
    return {
      // The finished picture at two layouts: a laptop's chart, and the narrowest phone's (it only grows from
      // there, so its labels never drop below 12 px). An embed or a printed step asks for one step, drawn finished (its flight whole).
      figureScenes(initialStep) {
        const state = initialStep ? stateAt(steps, initialStep, 1) : summaryState(steps);
        return [rangeArcScene(map, state, BUILD_SIZES.wide), rangeArcScene(map, state, BUILD_SIZES.narrow)];
      },
      buildCaption: words.buildCaption(model.flightKm),
      // What every layout draws with <use>: the basemap and the hatching, once per page (and once in each still).
      defs: [...HATCHES, basemap].join(''),
      underlay: `<use href="#${BASEMAP_ID}"/>`,
      still: (stepId) => rangeArcScene(map, stateAt(steps, stepId, 1), STILL_SIZE),
      sourceLine: words.sourceLine(publishers.slice(0, 3), publishers.length - 3),
      // The map carries its edition (`map.locale`): the browser draws the same words.
      clientData: { map, steps },
    };
  },
};

export default rangeArcChart;
