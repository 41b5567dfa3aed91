/** The real chapter 3 content, loaded for the arms-flow unit tests. */
import { dataRows, frontMatter } from '../../../tests/support/content';
import { armsFlowModel, type DenialData, type FlowData, type SourceData } from './model';
import type { ArmsFlowStep } from './state';

export const flowRows = dataRows<FlowData>('flows').map((r) => ({ ...r, data: { deniedBy: [], status: 'claimed', ...(r.data as Partial<FlowData>) } as FlowData }));
export const denialRows = dataRows<DenialData>('denials');
export const sources = new Map(dataRows<SourceData>('sources').map((s) => [s.id, s.data]));
export const model = armsFlowModel(flowRows, denialRows, sources);
export const { steps } = frontMatter<{ steps: ArmsFlowStep[] }>('03-arms.mdx');
