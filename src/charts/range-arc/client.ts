/** The range map in the browser: the same pure layers as the build, at the real size. No atlas, no projection. */
import type { ChartClient } from '../client-types';
import { motionAllowed } from '../../scrolly/motion';
import { rangeArcScene } from './layout';
import type { MapData } from './projection';
import { stateAt, usesProgress, type RangeArcStep } from './state';

export default function createRangeArc(data: { map: MapData; steps: RangeArcStep[] }): ChartClient {
  return {
    // Reduced motion is read here, not in the pure layers: it turns the scroll-drawn flight into a whole one.
    sceneFor: (stepId, progress, size) => rangeArcScene(data.map, stateAt(data.steps, stepId, progress, { wholeFlight: !motionAllowed() }), size),
    usesProgress: (stepId) => usesProgress(data.steps, stepId),
  };
}
