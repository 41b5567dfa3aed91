/**
 * What each chart's browser module needs to draw any step, served once per chart as
 * `/data/<chart>.json` (src/pages/data) instead of inside every page that shows the chart: the
 * story's HTML is what a phone waits for before the first words appear, and this JSON is only
 * needed once the chart script runs. The figure names the file with a hash of its content, so a
 * cached copy of older data is never used.
 */
import { createHash } from 'node:crypto';
import { storyContent } from '../lib/content';
import { armsFlowModel, clientModel, type DenialData, type FlowData } from './arms-flow/model';
import { rangeArcBuild } from './range-arc/build';
import type { RangeArcStep } from './range-arc/state';
import type { ChartName } from './registry';
import { timelineModel } from './timeline/model';

/** The chart's browser data for the chapter's step table. */
export async function chartClientData(name: ChartName, steps: Array<{ id: string }>): Promise<unknown> {
  const content = await storyContent();
  switch (name) {
    case 'range-arc':
      return { map: (await rangeArcBuild(steps as RangeArcStep[])).map, steps };
    case 'timeline':
      return { events: timelineModel(content.exchanges, content.sourceById), steps };
    case 'arms-flow': {
      const model = armsFlowModel(
        content.flows.map((f) => ({ id: f.id, data: f.data as FlowData })),
        content.denials.map((d) => ({ id: d.id, data: d.data as DenialData })),
        content.sourceById,
      );
      return { model: clientModel(model), steps };
    }
  }
}

/** The JSON as served; the figure's link and the file are made from this one string. */
export const chartDataJson = (data: unknown): string => JSON.stringify(data);

/** Where the browser fetches a chart's data, versioned by its content. */
export function chartDataUrl(name: ChartName, json: string): string {
  return `/data/${name}.json?v=${createHash('sha256').update(json).digest('base64url').slice(0, 10)}`;
}
