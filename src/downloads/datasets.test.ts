import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readData } from '../../tests/unit/content-files';
import { denialSchema, exchangeSchema, flowSchema, launchSchema, placeSchema, sourceSchema } from '../lib/schemas';
import { datasets, LIST_DELIMITER, type Dataset } from './datasets';
import { BOM, toCsv, toJson } from './formats';

const input = {
  sources: readData('sources', sourceSchema),
  places: readData('places', placeSchema),
  launches: readData('launches', launchSchema),
  exchanges: readData('exchanges', exchangeSchema),
  flows: readData('flows', flowSchema),
  denials: readData('denials', denialSchema),
};
const all = datasets(input);
const table = (name: string): Dataset => all.find((d) => d.name === name)!;

describe('datasets(content)', () => {
  it('has a row per entry (per claim, for the launches)', () => {
    const claims = input.launches.reduce((n, l) => n + l.data.distances.length + l.data.landings.length + l.data.claims.length, 0);
    expect(table('launch-claims').rows).toHaveLength(claims);
    expect(table('places').rows).toHaveLength(input.places.length);
    expect(table('exchanges').rows).toHaveLength(input.exchanges.length);
    expect(table('flows').rows).toHaveLength(input.flows.length);
    expect(table('denials').rows).toHaveLength(input.denials.length);
    expect(table('sources').rows).toHaveLength(input.sources.length);
  });

  it("gives every row its sources' ids, publishers, dates and addresses, in the same order", () => {
    const byId = new Map(input.sources.map((s) => [s.id, s.data]));
    for (const d of all.filter((t) => t.name !== 'sources')) {
      for (const row of d.rows) {
        const ids = row.source_ids as string[];
        expect(ids.length, `${d.name}: ${JSON.stringify(row).slice(0, 60)}`).toBeGreaterThan(0);
        expect(row.source_publishers).toEqual(ids.map((id) => byId.get(id)!.publisher));
        expect(row.source_dates).toEqual(ids.map((id) => byId.get(id)!.date));
        expect(row.source_urls).toEqual(ids.map((id) => byId.get(id)!.url ?? ''));
      }
    }
  });

  it('measures each place from Kaechon, as the map does, and says how', () => {
    const place = (id: string) => table('places').rows.find((r) => r.place_id === id)!;
    expect(place('kaechon').distance_from_launch_km).toBe(0);
    // The map's label: "Chongjin 401 km".
    expect(place('chongjin').distance_from_launch_km).toBe(401);
    expect(place('chongjin').distance_method).toMatch(/great-circle/i);
  });

  it("says a claimed distance is the claimant's, not ours", () => {
    const jcs = table('launch-claims').rows.find((r) => r.launch_id === 'launch-2024-09-18' && r.claim_id === 'jcs')!;
    expect(jcs).toMatchObject({ claim_kind: 'distance', distance_km: 400 });
    expect(jcs.distance_method).toMatch(/As stated by South Korea's JCS/);
  });

  it('puts a flow’s claimant and its denials in columns of their own', () => {
    const flow = table('flows').rows.find((r) => r.flow_id === 'kp-ru-containers-2023-10-13')!;
    expect(flow.claimant).toMatch(/White House/);
    expect(flow.denial_ids).toEqual(['peskov-2023-10-17', 'peskov-2023-10-26', 'pyongyang-2024-09-18', 'moscow-2024-09-18']);
    expect(flow.denied_by).toMatch(/^Dmitry Peskov \(2023-10-17\); Dmitry Peskov \(2023-10-26\)/);
  });

  it('fills every required field and keeps every value within its allowed values', () => {
    for (const d of all) {
      for (const f of d.fields) {
        for (const row of d.rows) {
          const v = row[f.name];
          if (f.constraints?.required) expect(v === null || v === '' ? `${d.name}.${f.name} empty` : 'ok').toBe('ok');
          if (f.constraints?.enum && v !== null) expect(f.constraints.enum, `${d.name}.${f.name}`).toContain(v);
        }
      }
    }
  });

  it('lists rows oldest first, and places nearest the launch area first', () => {
    const dates = (name: string, field: string) => table(name).rows.map((r) => r[field] as string);
    for (const [name, field] of [['launch-claims', 'launch_date'], ['exchanges', 'start'], ['flows', 'claim_date'], ['denials', 'date'], ['sources', 'date']] as const) {
      expect(dates(name, field), name).toEqual([...dates(name, field)].sort());
    }
    const km = table('places').rows.map((r) => r.distance_from_launch_km as number);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });

  it('fails with the file and the id when a row cites an unknown source', () => {
    const bad = { ...input, denials: [{ ...input.denials[0]!, data: { ...input.denials[0]!.data, sources: ['no-such-source'] } }] };
    expect(() => datasets(bad)).toThrow(/source id "no-such-source" is not in content\/data\/sources.yaml/);
  });
});

describe('toCsv and toJson', () => {
  const d = table('flows');
  it('writes a CSV that Excel reads as UTF-8 and d3-dsv parses back to the same cells', () => {
    const csv = toCsv(d);
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = csvParse(csv.slice(1));
    expect(parsed.columns).toEqual(d.fields.map((f) => f.name));
    expect(parsed).toHaveLength(d.rows.length);
    expect(parsed[0]!.source_ids).toBe((d.rows[0]!.source_ids as string[]).join(LIST_DELIMITER));
    expect(parsed[0]!.what).toBe(d.rows[0]!.what);
  });
  it('writes JSON rows with lists as arrays and missing values as null', () => {
    const rows = JSON.parse(toJson(d)) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(d.rows.length);
    expect(Array.isArray(rows[0]!.source_ids)).toBe(true);
    expect(rows.some((r) => r.value === null)).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual(d.fields.map((f) => f.name));
  });
});
