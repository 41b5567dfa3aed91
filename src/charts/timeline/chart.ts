/** The timeline's contract (see ../definition.ts): its pictures, source line and browser data from the exchanges. */
import type { ChartDefinition } from '../definition';
import { storyContent } from '../../lib/content';
import { timelineScene } from './layout';
import { timelineModel } from './model';
import { stateAt, type TimelineStep } from './state';

/** Two build-time layouts (CSS shows the one that fits until the script redraws at the real size), and the still's. */
const SIZES = { wide: { width: 720, height: 460 }, narrow: { width: 340, height: 360 }, still: { width: 560, height: 340 } };

export const timelineChart: ChartDefinition<TimelineStep> = {
  name: 'timeline',
  async build(steps) {
    const { exchanges, sourceById } = await storyContent();
    const events = timelineModel(exchanges, sourceById);
    const publishers = [...new Set(events.flatMap((e) => e.sourceNames))];
    return {
      figureScenes(initialStep) {
        const state = stateAt(steps, initialStep ?? steps[0]?.id ?? null);
        return [timelineScene(events, state, SIZES.wide), timelineScene(events, state, SIZES.narrow)];
      },
      defs: '',
      underlay: '',
      still: (stepId) => timelineScene(events, stateAt(steps, stepId), SIZES.still),
      sourceLine: `Sources: ${publishers.slice(0, 4).join(', ')} and ${publishers.length - 4} more (table below). Arrows point from the traveller's country to the host's; thicker arrows mean higher rank.`,
      clientData: { events, steps },
    };
  },
};
