/**
 * How to add a chart. This test is the documentation: it registers a small fixture chart the way
 * the real charts are registered, and builds from it everything the site makes of a chart.
 *
 * A chart is one folder and one line:
 *
 *   1. Its folder, `src/charts/<name>/`, holding three files by convention (src/charts/folder.ts):
 *        chart.ts      `export default` a ChartDefinition (src/charts/definition.ts): its name, the
 *                      datasets offered under it, and `build(steps, locale)`, which gives its
 *                      build-time pictures at a step (`figureScenes`), one still per step, any
 *                      `<defs>`, its source line and the data its browser module needs (`clientData`);
 *        client.ts     `export default (clientData) => ChartClient`: the same scenes in the browser;
 *        <Name>.astro  its name in PascalCase (`arms-flow` -> ArmsFlow.astro): takes ChartProps and
 *                      places ChartFigure (from its build) and ChartTable (its data table);
 *      and whatever else it draws with (model.ts, layout.ts, state.ts, words.ts, its CSS): pure
 *      functions of the step, unit-tested.
 *   2. Its name in CHART_NAMES, src/charts/names.ts.
 *
 * Then a chapter sets `chart: <name>` with its `steps:` rows, and the story, the embeds
 * (`/embed/<name>/`), oEmbed, the data file, the print stills, the share card, the step pictures
 * and slides follow. src/charts/registry.ts runs `registerCharts(CHART_NAMES, <the folders of
 * src/charts/>)`; here the fixture, tests/fixtures/charts/dots/, goes through the same function.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCharts, charts, type ChartComponent, type ChartFolders } from '../../src/charts/registry';
import type { ChartClientModule } from '../../src/charts/client-types';
import { CHART_NAMES } from '../../src/charts/names';
import { sceneSvg } from '../../src/charts/scene-svg';
import { chartDataJson, chartDataUrl } from '../../src/charts/data-files';
import type { ChartBuild, ChartDefinition } from '../../src/charts/definition';
import EmbedPage from '../../src/embed/EmbedPage.astro';
import { chartStills } from '../../src/downloads/stills';
import { printStillSvg } from '../../src/downloads/print-stills';
import { chartCardPng } from '../../src/share/share-cards';
import { CARD } from '../../src/share/share-image';
import { ui } from '../../src/i18n/ui';
import { SIZES } from '../fixtures/charts/dots/chart';

// The fixture's folder, globbed exactly as src/charts/registry.ts globs src/charts/ (keys `./<name>/<file>`).
const FOLDERS: ChartFolders = {
  definitions: import.meta.glob<ChartDefinition>('./*/chart.ts', { base: '../fixtures/charts', eager: true, import: 'default' }),
  components: import.meta.glob<ChartComponent>('./*/*.astro', { base: '../fixtures/charts', eager: true, import: 'default' }),
  clients: import.meta.glob<ChartClientModule>('./*/client.ts', { base: '../fixtures/charts' }),
};

// Step 2 of the recipe: the one line. For the real charts it is CHART_NAMES.
const { dots } = registerCharts(['dots'], FOLDERS, 'tests/fixtures/charts');

// What a chapter's front matter gives the chart: one row per <Step id>, with the chart's parameters.
const STEPS = [
  { id: 'dots-start', takeaway: 'Three dots.' },
  { id: 'dots-beta', takeaway: 'Beta is in the middle.', highlight: 'beta' },
  { id: 'dots-gamma', takeaway: 'Gamma is furthest.', highlight: 'gamma' },
];

describe('registering a chart', () => {
  it('finds its contract, component and browser module in its folder', () => {
    expect(dots.name).toBe('dots');
    expect(dots.definition.name).toBe('dots');
    expect(dots.definition.datasets).toEqual([{ name: 'dots', label: 'dots' }]);
    expect(typeof dots.component).toBe('function');
    expect(typeof dots.client).toBe('function');
  });

  it('is how every chart in CHART_NAMES is registered, from src/charts/<name>/', () => {
    expect(Object.keys(charts)).toEqual([...CHART_NAMES]);
    for (const name of CHART_NAMES) expect(charts[name].definition.name).toBe(name);
  });

  // A name in CHART_NAMES with a piece missing stops the build (registry.ts runs at import) with this message.
  it.each([
    ['definitions', 'tests/fixtures/charts/dots/chart.ts'],
    ['components', 'tests/fixtures/charts/dots/Dots.astro'],
    ['clients', 'tests/fixtures/charts/dots/client.ts'],
  ] as const)('a chart with no %s fails, naming the chart and the file', (piece, file) => {
    const without = { ...FOLDERS, [piece]: {} };
    expect(() => registerCharts(['dots'], without, 'tests/fixtures/charts')).toThrow(`Chart "dots" is registered but has no ${file}`);
  });

  it('a definition named otherwise than its folder fails', () => {
    const renamed = { ...FOLDERS, definitions: { './dots/chart.ts': { ...dots.definition, name: 'dot' } } };
    expect(() => registerCharts(['dots'], renamed, 'tests/fixtures/charts')).toThrow('tests/fixtures/charts/dots/chart.ts: its definition is named "dot", not "dots" as its folder.');
  });
});

/** Renders a component as a page at `url` would (Astro's container: the same rendering as the build). */
async function render(component: ChartComponent | typeof EmbedPage, props: Record<string, unknown>, url: string): Promise<string> {
  const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
  // The registry types a component as the pages' markup places it; the container takes Astro's compiled component.
  return container.renderToString(component as Parameters<typeof container.renderToString>[0], { props, request: new Request(url) });
}

describe.each(['en', 'ko'] as const)('building a registered chart, in %s', (locale) => {
  let built: ChartBuild;
  beforeAll(async () => {
    built = await dots.definition.build(STEPS, locale);
  });
  const site = locale === 'en' ? 'https://example.org' : 'https://example.org/ko';

  it('the page: its component draws the figure with the one scene-to-SVG renderer', async () => {
    // What StoryPage.astro does for a chapter: <Chart part="figure" steps={chapter.data.steps} locale={locale} />.
    const html = await render(dots.component, { part: 'figure', steps: STEPS, locale }, `${site}/`);
    expect(html).toContain(`<figure class="chart" data-chart="dots" data-chart-data="${chartDataUrl('dots', chartDataJson(built.clientData), locale)}" data-current-step="dots-start"`);
    // Each build-time layout, widest first, is sceneSvg's markup of the definition's scene.
    built.figureScenes().forEach((scene, i) => expect(html).toContain(sceneSvg(scene, { idPrefix: `dots-svg-${i}`, class: `scene scene-${i}` })));
    expect(html).toContain(built.sourceLine);
    // The datasets the definition names are offered under the figure.
    expect(html).toContain(`${locale === 'en' ? '' : '/ko'}/downloads/envoy-and-the-arc_dots.csv`);
  });

  it('the page: its data table, with the datasets offered under it', async () => {
    const html = await render(dots.component, { part: 'table', steps: STEPS, locale }, `${site}/`);
    expect(html).toContain('<details class="chart-table">');
    expect(html).toContain('<th scope="row">Gamma</th><td>9</td>');
    expect(html).toContain('envoy-and-the-arc_dots.json');
  });

  it('the browser: its client draws every step from the data file as the build drew it', async () => {
    // The browser fetches /data/dots.json (the definition's clientData) and hands it to client.ts
    // (controller.ts); what the data holds, only the chart knows, so the loader takes it as `never`.
    const client = (await dots.client()).default(JSON.parse(chartDataJson(built.clientData)) as never);
    for (const step of STEPS) expect(client.sceneFor(step.id, 0, SIZES.wide)).toEqual(built.figureScenes(step.id)[0]);
  });

  it('the embed: /embed/dots/<step>/ places the registered component at that step', async () => {
    // What src/embed/routes.ts gives EmbedPage for each chapter with a chart.
    const embed = { chart: 'dots', component: dots.component, chapter: { data: { title: 'Dots', kicker: 'A fixture' } }, steps: STEPS };
    const html = await render(EmbedPage, { embed, step: 'dots-beta' }, `${site}/embed/dots/dots-beta/`);
    expect(html).toContain('data-embed="dots"');
    expect(html).toContain('<figure class="chart" data-chart="dots"');
    expect(html).toContain('data-current-step="dots-beta"');
    expect(html).toContain(sceneSvg(built.figureScenes('dots-beta')[0]!, { idPrefix: 'dots-svg-0', class: 'scene scene-0' }));
    expect(html).toContain('<th scope="row">Beta</th>');
  });

  it('the print storyboard: a still per step, served as /print/<step>.svg', async () => {
    const stills = await chartStills(dots.definition, STEPS, locale);
    expect(stills.map((s) => s.stepId)).toEqual(STEPS.map((s) => s.id));
    const { tableBelow, inStory } = ui(locale).chart;
    for (const [i, still] of stills.entries()) {
      expect(still.scene).toBe(sceneSvg(built.still(STEPS[i]!.id), { idPrefix: `dots-print-${STEPS[i]!.id}`, class: 'print-scene' }));
      expect(still).toMatchObject({ position: i + 1, count: STEPS.length, takeaway: STEPS[i]!.takeaway, sourceLine: built.sourceLine.replace(tableBelow, inStory) });
      const file = printStillSvg(still.scene, locale);
      expect(file).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" lang="${locale}" xml:lang="${locale}" class="print-scene"`));
      expect(file).toContain(`data-key="dot-gamma"`);
    }
  });
});

describe('the share image', () => {
  it('/share/dots.png: the figure under the story title, as a 1200×630 PNG', async () => {
    const png = await chartCardPng(dots.definition, STEPS, { title: 'The envoy and the arc', subtitle: `Dots: ${STEPS[0]!.takeaway}`, site: 'example.org' }, 'en');
    // The PNG signature, then the IHDR chunk's width and height.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const header = new DataView(png.buffer, png.byteOffset + 16, 8);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([CARD.width, CARD.height]);
  });
});
