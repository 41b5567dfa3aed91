/** The flow diagram in the browser: the same pure layers as the build, laid out at the real size. */
import type { ChartClient } from '../client-types';
import type { ArmsFlowModel } from './model';
import { stateAt, type ArmsFlowStep } from './state';
import { armsFlowScene } from './layout';

export default function createArmsFlow(data: { model: ArmsFlowModel; steps: ArmsFlowStep[] }): ChartClient {
  return {
    sceneFor: (stepId, progress, size) => armsFlowScene(data.model, stateAt(data.steps, stepId, progress), size),
  };
}
