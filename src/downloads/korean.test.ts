/**
 * The Korean edition's downloads: the same tables as the English (same rows, ids, dates, numbers,
 * codes and field names), with the Korean text of every translated field and the tables' own
 * words in Korean; the README, the slides and the pictures in Korean.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readData } from '../../tests/unit/content-files';
import { localizeData } from '../i18n/localize';
import { ui } from '../i18n/ui';
import { denialSchema, exchangeSchema, flowSchema, launchSchema, placeSchema, sourceSchema } from '../lib/schemas';
import { LICENCE, dataPackage } from './datapackage';
import { datasets, type Dataset, type Row } from './datasets';
import { prefixIds, slideDeck } from './deck';
import { toCsv, toJson } from './formats';
import { embeddedFontCss } from './image-fonts';
import { readme } from './readme';
import { stepImageSvg } from './step-images';
import { DOWNLOAD_WORDS } from './words';

const input = {
  sources: readData('sources', sourceSchema),
  places: readData('places', placeSchema),
  launches: readData('launches', launchSchema),
  exchanges: readData('exchanges', exchangeSchema),
  flows: readData('flows', flowSchema),
  denials: readData('denials', denialSchema),
};
// As lib/content.ts gives the Korean edition its rows: each entry's data in Korean.
const korean = Object.fromEntries(Object.entries(input).map(([k, rows]) => [k, rows.map((r) => ({ ...r, data: localizeData(r.data, 'ko') }))])) as typeof input;
const en = datasets(input);
const ko = datasets(korean, 'ko');
const table = (all: Dataset[], name: string): Dataset => all.find((d) => d.name === name)!;
const HANGUL = /[\uac00-\ud7a3]/;

/** The columns whose text is translated, per table: each holds Hangul wherever the English has text. */
const TRANSLATED: Record<string, string[]> = {
  'launch-claims': ['launch_area', 'launch_area_note', 'claimed_by', 'claim', 'distance_method'],
  places: ['name', 'precision', 'distance_method'],
  exchanges: ['label', 'who', 'role', 'place', 'summary', 'uncertainty'],
  flows: ['from', 'to', 'what', 'amount', 'equivalent', 'claimant', 'denied_by'],
  denials: ['who', 'role', 'side', 'quote'],
  sources: ['note'],
};
/** The columns of publishers' names, in every table: in the edition's words, which keep the Latin name of an outlet Korean has no name for (CNN, Svidomi). */
const PUBLISHERS = ['publisher', 'source_publishers'];
/** Everything else is the same in both editions. */
const unchanged = (d: Dataset, row: Row) => Object.fromEntries(Object.entries(row).filter(([k]) => !(TRANSLATED[d.name] ?? []).includes(k) && !PUBLISHERS.includes(k)));

describe('the Korean tables', () => {
  it('are the English tables: same names, fields, types, units, constraints but the words, and row for row the same ids, dates and numbers', () => {
    expect(ko.map((d) => d.name)).toEqual(en.map((d) => d.name));
    for (const e of en) {
      const k = table(ko, e.name);
      const shape = (d: Dataset) => d.fields.map(({ name, type, unit, delimiter, constraints }) => ({ name, type, unit, delimiter, required: constraints?.required }));
      expect(shape(k), e.name).toEqual(shape(e));
      expect(k.rows.length, e.name).toBe(e.rows.length);
      for (const [i, row] of e.rows.entries()) expect(unchanged(k, k.rows[i]!), `${e.name} row ${i}`).toEqual(unchanged(e, row));
    }
  });

  it('hold the Korean text of every translated field wherever the English has text', () => {
    for (const [name, columns] of Object.entries(TRANSLATED)) {
      const [e, k] = [table(en, name), table(ko, name)];
      let checked = 0;
      for (const [i, row] of e.rows.entries()) {
        for (const column of columns) {
          if (row[column] === null || row[column] === '') continue;
          expect(String(k.rows[i]![column]), `${name}.${column} of row ${i}`).toMatch(HANGUL);
          checked++;
        }
      }
      expect(checked, name).toBeGreaterThan(0);
    }
    const place = table(ko, 'places').rows.find((r) => r.place_id === 'kaechon')!;
    expect(place).toMatchObject({ name: '개천', local_name: '개천', distance_from_launch_km: 0 });
    const jcs = table(ko, 'launch-claims').rows.find((r) => r.launch_id === 'launch-2024-09-18' && r.claim_id === 'jcs')!;
    expect(jcs).toMatchObject({ claim_kind: 'distance', distance_km: 400, claimed_by: '한국 합동참모본부(합참)', launch_area: '개천' });
    expect(jcs.distance_method).toBe('한국 합동참모본부(합참) 발표 수치이며, 직접 측정한 값이 아닙니다.');
  });

  it("name each source's publisher in Korean, in every table and in the order of source_ids", () => {
    const publisher = new Map(korean.sources.map((s) => [s.id, s.data.publisher]));
    for (const d of ko)
      for (const [i, row] of d.rows.entries()) {
        if (d.name === 'sources') expect(row.publisher, `sources row ${i}`).toBe(publisher.get(String(row.source_id)));
        else expect(row.source_publishers, `${d.name} row ${i}`).toEqual((row.source_ids as string[]).map((id) => publisher.get(id)));
      }
    const tass = table(ko, 'sources').rows.find((r) => r.source_id === 'tass-2024-09-17-lavrov-choe')!;
    expect(tass.publisher).toBe('타스통신');
    expect(table(ko, 'sources').rows.filter((r) => HANGUL.test(String(r.publisher))).length).toBeGreaterThan(table(ko, 'sources').rows.length / 2);
  });

  it('name the countries in Korean, and allow exactly those names', () => {
    const flows = table(ko, 'flows');
    expect(new Set(flows.rows.flatMap((r) => [r.from, r.to]))).toEqual(new Set(['북한', '러시아']));
    expect(flows.fields.find((f) => f.name === 'from')!.constraints!.enum).toEqual(['북한', '러시아']);
    expect(new Set(table(ko, 'denials').rows.map((r) => r.side))).toEqual(new Set(['북한', '러시아']));
  });

  it('keep every value within its allowed values and fill every required field', () => {
    for (const d of ko) {
      for (const f of d.fields) {
        for (const row of d.rows) {
          const v = row[f.name];
          if (f.constraints?.required) expect(v === null || v === '' ? `${d.name}.${f.name} empty` : 'ok').toBe('ok');
          if (f.constraints?.enum && v !== null) expect(f.constraints.enum, `${d.name}.${f.name}`).toContain(v);
        }
      }
    }
  });

  it('have a Korean title and description, and a Korean description of every field', () => {
    for (const d of ko) {
      expect(d.title, d.name).toMatch(HANGUL);
      expect(d.description, d.name).toMatch(HANGUL);
      for (const f of d.fields) expect(f.description, `${d.name}.${f.name}`).toMatch(HANGUL);
    }
    expect(table(ko, 'places').description).toContain('개천에서의 거리');
  });

  it('say the span of months the exchanges cover, read from the rows, in each edition', () => {
    const starts = table(en, 'exchanges').rows.flatMap((r) => [r.start, r.end]).filter((d): d is string => typeof d === 'string' && d !== '').sort();
    // The first and last event today: Shoigu in Pyongyang (July 2023) to the session of October 2024.
    expect([starts[0]!.slice(0, 7), starts.at(-1)!.slice(0, 7)]).toEqual(['2023-07', '2024-10']);
    expect(table(en, 'exchanges').description).toContain('July 2023 to October 2024');
    expect(table(ko, 'exchanges').description).toContain('2023년 7월부터 2024년 10월까지');
  });

  it('write CSV and JSON with the same rows as the English, and Korean text in the cells', () => {
    for (const e of en) {
      const k = table(ko, e.name);
      const [csvEn, csvKo] = [csvParse(toCsv(e).slice(1)), csvParse(toCsv(k).slice(1))];
      expect(csvKo.columns).toEqual(csvEn.columns);
      expect(csvKo.map((r) => r[csvKo.columns[0]!])).toEqual(csvEn.map((r) => r[csvEn.columns[0]!]));
      expect((JSON.parse(toJson(k)) as unknown[]).length).toBe(e.rows.length);
    }
    expect(toCsv(table(ko, 'flows'))).toMatch(/백악관/);
  });

  it('are described by a Korean Data Package whose resources name the same files', () => {
    const pkg = (all: Dataset[], locale: 'en' | 'ko') =>
      dataPackage({ name: 'x', title: ui(locale).site.name, description: ui(locale).site.description, homepage: 'https://x.test/', version: '2026-12-02', locale, datasets: all.map((dataset) => ({ dataset, path: `${dataset.name}.csv`, csv: toCsv(dataset) })) }) as {
        description: string;
        keywords: string[];
        resources: Array<{ name: string; path: string; title: string; schema: { fields: Array<{ name: string }>; primaryKey?: string[] } }>;
      };
    const [e, k] = [pkg(en, 'en'), pkg(ko, 'ko')];
    expect(k.description).toMatch(/^외교 사절과 미사일 궤적|^지도와 차트로/);
    expect(k.description).toContain('모든 행에 출처를 밝혔습니다');
    expect(k.keywords).toContain('최선희');
    expect(k.resources.map((r) => [r.name, r.path, r.schema.primaryKey])).toEqual(e.resources.map((r) => [r.name, r.path, r.schema.primaryKey]));
    for (const r of k.resources) expect(r.title).toMatch(HANGUL);
  });
});

describe('the Korean README, slides and pictures', () => {
  it('the README is in Korean, credits the Korean site and lists every file', () => {
    const files = [{ path: 'envoy-and-the-arc_flows.csv', about: DOWNLOAD_WORDS.ko.about.csv('무기와 원조', 3) }];
    const text = readme({ site: 'https://x.test/', home: 'https://x.test/ko/', version: '2026-12-02', files, datasets: ko, licence: LICENCE, locale: 'ko' });
    expect(text.startsWith(`${ui('ko').site.title}\n=`)).toBe(true);
    expect(text).toContain('https://x.test/ko/data/');
    expect(text).toContain(`"${ui('ko').site.name}"을 출처로`);
    expect(text).toContain('envoy-and-the-arc_flows.csv  무기와 원조: 3행 (CSV)');
    expect(text).toContain(`${'README.txt'.padEnd(files[0]!.path.length)}  이 파일`);
    expect(text).not.toMatch(/WHAT YOU MAY DO|THE DATA|THE PICTURES/);
  });

  const scene = '<svg data-scene viewBox="0 0 560 420"><text id="a" x="10" y="20">개천 400km</text></svg>';
  const still = { chart: 'range-arc' as const, chapter: '400km', stepId: 'arc-ring', takeaway: '약 400km를 날았다', position: 2, count: 6, scene, sourceLine: '출처: 합참 외 3곳(전체 목록은 본문에)' };

  it('the slides say lang="ko", speak Korean and embed the Korean font they show', async () => {
    const html = await slideDeck({
      title: ui('ko').site.name, description: ui('ko').site.description, stills: [still], styles: '', tokens: {}, home: 'https://x.test/ko/',
      stepUrl: (id) => `https://x.test/ko/?step=${id}`, version: '2026-12-02', licence: DOWNLOAD_WORDS.ko.licenceTitle, locale: 'ko',
    });
    expect(html).toMatch(/<html lang="ko">/);
    expect(html).toContain('<title>외교 사절과 미사일 궤적: 슬라이드</title>');
    expect(html).toContain('400km · 6단계 중 2단계');
    expect(html).toContain('https://x.test/ko/?step=arc-ring');
    expect(html).toContain("font-family: 'Noto Sans KR'");
    expect(html).not.toMatch(/step \d of|Sources and licence|Version of/);
    expect(prefixIds(scene, 's1-')).toContain('id="s1-a"');
  });

  it('a picture names its language and lists its Korean font right after Inter; its embedded Korean font holds its Hangul', async () => {
    const text = `${scene} ${still.takeaway}`;
    const fontFaces = await embeddedFontCss(text, 'ko');
    expect(fontFaces).toMatch(/font-family: 'Inter Variable'/);
    expect(fontFaces).toMatch(/font-family: 'Noto Sans KR'/);
    expect(await embeddedFontCss(text)).not.toMatch(/Noto Sans KR/);
    const svg = stepImageSvg({ ...still, licence: 'CC BY 4.0', credit: ui('ko').site.name, url: 'https://x.test/ko/?step=arc-ring', styles: '', tokens: {}, fontFaces, locale: 'ko' });
    expect(svg).toMatch(/<svg [^>]*xml:lang="ko"/);
    expect(svg).toContain("'Inter Variable', Inter, 'Noto Sans KR', Arial, 'Liberation Sans', Helvetica, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif");
    expect(svg).toContain('외교 사절과 미사일 궤적 · CC BY 4.0 · https://x.test/ko/?step=arc-ring');
    const english = stepImageSvg({ ...still, licence: 'CC BY 4.0', credit: 'x', url: 'u', styles: '', tokens: {}, fontFaces: '' });
    expect(english).not.toMatch(/xml:lang|Noto Sans KR/);
  });
});
