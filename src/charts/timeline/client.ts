/** The timeline in the browser: the same pure layers as the build, laid out at the real size. */
import type { ChartClient } from '../client-types';
import type { TimelineEvent } from './model';
import { stateAt, type TimelineStep } from './state';
import { timelineScene } from './layout';

export default function createTimeline(data: { events: TimelineEvent[]; steps: TimelineStep[] }): ChartClient {
  return {
    sceneFor: (stepId, _progress, size) => timelineScene(data.events, stateAt(data.steps, stepId), size),
  };
}
