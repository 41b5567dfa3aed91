/**
 * What a chart's folder holds, by convention, and the one check that it holds it. The registry
 * (registry.ts) and the definitions (definitions.ts) find a chart's pieces with `import.meta.glob`
 * over the chart folders and look each up here, so a chart named in CHART_NAMES with a piece
 * missing stops the build with the chart's name and the file it lacks.
 *
 *   componentFile('arms-flow')                                         -> 'ArmsFlow.astro'
 *   chartFile({ './dots/chart.ts': def }, 'dots', 'chart.ts', 'tests/fixtures/charts') -> def
 *   chartFile({}, 'dots', 'client.ts', 'src/charts')
 *     -> throws 'Chart "dots" is registered but has no src/charts/dots/client.ts (or no default export in it): …'
 */

/** Each piece of a chart's folder, and what it is for (the message a missing one gives). */
export const CHART_PIECES = {
  'chart.ts': 'its build-time contract, `export default` a ChartDefinition (src/charts/definition.ts)',
  'client.ts': 'its browser module, `export default (data) => ChartClient` (src/charts/client-types.ts)',
  component: 'its component, placing ChartFigure and ChartTable (the props are ChartProps, src/charts/registry.ts)',
} as const;

export type ChartPiece = keyof typeof CHART_PIECES;

/** The component's file name: the chart's name in PascalCase (`range-arc` -> `RangeArc.astro`). */
export const componentFile = (name: string): string => `${name.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase())}.astro`;

/**
 * One piece of a named chart, from an `import.meta.glob` over the chart folders (keys
 * `./<name>/<file>`, relative to `where`); throws, naming the chart and the file, when it is not there.
 */
export function chartFile<T>(files: Record<string, T>, name: string, piece: ChartPiece, where: string): T {
  const file = piece === 'component' ? componentFile(name) : piece;
  const found = files[`./${name}/${file}`];
  if (found === undefined) throw new Error(`Chart "${name}" is registered but has no ${where}/${name}/${file} (or no default export in it): ${CHART_PIECES[piece]}.`);
  return found;
}
