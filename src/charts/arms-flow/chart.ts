/** The flow diagram's contract (see ../definition.ts): its pictures, source line and browser data from the flows and denials, in one edition. */
import type { ChartDefinition } from '../definition';
import { storyContent } from '../../lib/content';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import { armsFlowScene } from './layout';
import { armsFlowModel, clientModel } from './model';
import { stateAt, type ArmsFlowStep } from './state';
import { WORDS } from './words';

/** Natural-height layouts: wide, and narrow for phones (CSS picks one); the still is the wide one. */
const SIZES = { wide: { width: 600, height: Infinity }, narrow: { width: 296, height: Infinity } };

/** The model in an edition's words (its `locale` travels with it to the browser). */
export async function armsFlowData(locale: Locale = DEFAULT_LOCALE) {
  const { flows, denials, sourceById } = await storyContent(locale);
  return armsFlowModel(flows, denials, sourceById, locale);
}

export const armsFlowChart: ChartDefinition<ArmsFlowStep> = {
  name: 'arms-flow',
  datasets: [
    { name: 'flows', label: 'flows' },
    { name: 'denials', label: 'denials' },
  ],
  async build(steps, locale) {
    // The rows come in the edition's words (takeaways, annotations, the frame: src/lib/content.ts).
    const model = await armsFlowData(locale);
    const publishers = [...new Set(model.claims.flatMap((c) => c.sourceNames))];
    return {
      // Readers without JavaScript get the whole picture: the last step, unless a step is asked for.
      figureScenes(initialStep) {
        const state = stateAt(steps, initialStep ?? steps.at(-1)?.id ?? null);
        return [armsFlowScene(model, state, SIZES.wide), armsFlowScene(model, state, SIZES.narrow)];
      },
      defs: '',
      underlay: '',
      still: (stepId) => armsFlowScene(model, stateAt(steps, stepId), SIZES.wide),
      sourceLine: WORDS[locale].sourceLine(publishers),
      clientData: { model: clientModel(model), steps },
    };
  },
};

export default armsFlowChart;
