/** The timeline in the browser: the same pure layers as the build, laid out at the real size in the data's edition. */
import type { ChartClient } from '../client-types';
import type { Locale } from '../../i18n/locales';
import type { TimelineEvent } from './model';
import { stateAt, type TimelineStep } from './state';
import { timelineScene } from './layout';

export interface TimelineClientData {
  events: TimelineEvent[];
  steps: TimelineStep[];
  /** The edition the events' words are in; the chart's own words and axis dates follow it. */
  locale: Locale;
}

export default function createTimeline(data: TimelineClientData): ChartClient {
  return {
    sceneFor: (stepId, _progress, size) => timelineScene(data.events, stateAt(data.steps, stepId), size, data.locale),
  };
}
