/** The timeline's contract (see ../definition.ts): its pictures, source line and browser data from the exchanges, in one edition's words. */
import type { ChartDefinition } from '../definition';
import { storyContent } from '../../lib/content';
import { timelineScene } from './layout';
import { timelineModel } from './model';
import { stateAt, type TimelineStep } from './state';
import { WORDS } from './words';
import type { TimelineClientData } from './client';

/** Two build-time layouts (CSS shows the one that fits until the script redraws at the real size), and the still's. */
const SIZES = { wide: { width: 720, height: 460 }, narrow: { width: 340, height: 360 }, still: { width: 560, height: 340 } };

export const timelineChart: ChartDefinition<TimelineStep> = {
  name: 'timeline',
  datasets: [{ name: 'exchanges', label: 'events' }],
  async build(steps, locale) {
    const { exchanges, sourceById } = await storyContent(locale);
    const events = timelineModel(exchanges, sourceById, locale);
    const publishers = [...new Set(events.flatMap((e) => e.sourceNames))];
    return {
      figureScenes(initialStep) {
        const state = stateAt(steps, initialStep ?? steps[0]?.id ?? null);
        return [timelineScene(events, state, SIZES.wide, locale), timelineScene(events, state, SIZES.narrow, locale)];
      },
      defs: '',
      underlay: '',
      still: (stepId) => timelineScene(events, stateAt(steps, stepId), SIZES.still, locale),
      sourceLine: WORDS[locale].sourceLine(publishers.slice(0, 4), publishers.length - 4),
      clientData: { events, steps, locale } satisfies TimelineClientData,
    };
  },
};

export default timelineChart;
