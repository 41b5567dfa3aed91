/** The real chapter 3 content, loaded for the arms-flow unit tests: the English edition, and the Korean as `storyContent('ko')` gives it. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dataRows, frontMatter } from '../../../tests/support/content';
import { localizeData, overlay } from '../../i18n/localize';
import { armsFlowModel, type DenialData, type FlowData, type SourceData } from './model';
import type { ArmsFlowStep } from './state';

export const flowRows = dataRows<FlowData>('flows').map((r) => ({ ...r, data: { deniedBy: [], status: 'claimed', ...(r.data as Partial<FlowData>) } as FlowData }));
export const denialRows = dataRows<DenialData>('denials');
export const sources = new Map(dataRows<SourceData>('sources').map((s) => [s.id, s.data]));
export const model = armsFlowModel(flowRows, denialRows, sources);
export const { steps } = frontMatter<{ steps: ArmsFlowStep[] }>('03-arms.mdx');

// The Korean edition: each row's `ko:` map laid over its English, the Korean chapter's step words over the English step table.
const inKorean = <T>(rows: Array<{ id: string; data: T }>) => rows.map((r) => ({ ...r, data: localizeData(r.data, 'ko') }));
export const flowRowsKo = inKorean(flowRows);
export const denialRowsKo = inKorean(denialRows);
export const sourcesKo = new Map([...sources].map(([id, s]) => [id, localizeData(s, 'ko')]));
export const modelKo = armsFlowModel(flowRowsKo, denialRowsKo, sourcesKo, 'ko');
const koChapter = /^---\n([\s\S]*?)\n---/.exec(readFileSync('content/ko/story/03-arms.mdx', 'utf8'))![1]!;
// The Korean chapter's step words (takeaways, annotation text, the frame) over the English rows, as content.ts lays them.
const koWords = new Map((parse(koChapter) as { steps: Array<{ id: string }> }).steps.map(({ id, ...words }) => [id, words]));
export const stepsKo = steps.map((s) => overlay(s, koWords.get(s.id)) as ArmsFlowStep);
