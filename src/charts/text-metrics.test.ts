import { describe, expect, it } from 'vitest';
import { measure } from '../build/text-metrics';
import table from './text-metrics.json';

describe('text-metrics.json', () => {
  it('is what HarfBuzz measures in the font the site ships (after a font change, run `npm run metrics`)', async () => {
    expect(table).toEqual(await measure());
  });
});
