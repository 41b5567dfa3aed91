/** Readable snapshots of the timeline at every step, in each edition, reviewed as diffs when the chart changes. */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locales';
import { dataRows, frontMatter } from '../../../tests/support/content';
import { timelineModel, type ExchangeData, type SourceData } from './model';
import { stateAt, type TimelineStep } from './state';
import { timelineScene } from './layout';
import { eventsIn, stepsIn } from './test-fixtures';

const sources = new Map(dataRows<SourceData>('sources').map((s) => [s.id, s.data]));
const events = timelineModel(dataRows<ExchangeData>('exchanges'), sources);
const { steps } = frontMatter<{ steps: TimelineStep[] }>('02-envoy.mdx');

describe('timeline scene snapshots', () => {
  it.each(steps.map((s) => [s.id]))('%s', async (id) => {
    const scene = timelineScene(events, stateAt(steps, id), { width: 720, height: 460 });
    const lines = scene.marks.map((m) => `${m.layer} ${m.tag} ${m.key} ${JSON.stringify(m.attrs)}${m.text ? ` ${JSON.stringify(m.text)}` : ''}`);
    await expect([`desc: ${scene.desc}`, ...lines].join('\n') + '\n').toMatchFileSnapshot(`__snapshots__/${id}.txt`);
  });
});

// The other editions: the same steps at the same size, with the title too (the English files predate it).
const EDITIONS: Array<Exclude<Locale, 'en'>> = ['ko'];
describe.each(EDITIONS)('timeline scene snapshots in %s', (locale) => {
  const localEvents = eventsIn(locale);
  const localSteps = stepsIn(locale);
  it.each(localSteps.map((s) => [s.id]))('%s', async (id) => {
    const scene = timelineScene(localEvents, stateAt(localSteps, id), { width: 720, height: 460 }, locale);
    const lines = scene.marks.map((m) => `${m.layer} ${m.tag} ${m.key} ${JSON.stringify(m.attrs)}${m.text ? ` ${JSON.stringify(m.text)}` : ''}`);
    await expect([`title: ${scene.title}`, `desc: ${scene.desc}`, ...lines].join('\n') + '\n').toMatchFileSnapshot(`__snapshots__/${id}-${locale}.txt`);
  });
});
