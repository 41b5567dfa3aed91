/** The flow diagram's contract (see ../definition.ts): its pictures, source line and browser data from the flows and denials. */
import type { ChartDefinition } from '../definition';
import { storyContent } from '../../lib/content';
import { armsFlowScene } from './layout';
import { armsFlowModel, clientModel } from './model';
import { stateAt, type ArmsFlowStep } from './state';

/** Natural-height layouts: wide, and narrow for phones (CSS picks one); the still is the wide one. */
const SIZES = { wide: { width: 600, height: Infinity }, narrow: { width: 296, height: Infinity } };

export async function armsFlowData() {
  const { flows, denials, sourceById } = await storyContent();
  return armsFlowModel(flows, denials, sourceById);
}

export const armsFlowChart: ChartDefinition<ArmsFlowStep> = {
  name: 'arms-flow',
  async build(steps) {
    const model = await armsFlowData();
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
      sourceLine: `Sources: ${publishers.slice(0, 4).join(', ')} and ${publishers.length - 4} more (table below). Every amount is a claim by the party named, none independently verified. Arrows all have the same width: rounds, containers, barrels and missiles cannot be compared.`,
      clientData: { model: clientModel(model), steps },
    };
  },
};
