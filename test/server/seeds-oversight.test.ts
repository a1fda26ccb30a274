import { describe, expect, it } from 'vitest';
import { getCsv, getJson, testApp, useSeedApp } from '../helpers/api';
import { parseCsv } from '../helpers/parse-csv';

/** A day after 北九州市's renewal fell due (公表日 2021-10-04 + 5 years). */
const AFTER_DUE = new Date('2026-11-25T00:00:00Z');

const seeds = useSeedApp({ now: () => AFTER_DUE });

const q = encodeURIComponent;
const flags = async (query: string) => (await getJson(seeds.app, `/api/outliers?${query}`)).rows as any[];

describe('outliers (seeds)', () => {
  it('flags 北九州市 as due for renewal, with the printed 公表日 as evidence', async () => {
    const overdue = await flags('kind=renewal_overdue');
    expect(overdue.map((f) => f.municipality)).toEqual(['北九州市']);
    expect(overdue[0].detail).toContain('公表日 2021-10-04');
    const [evidence] = overdue[0].evidence;
    const source = await getJson(seeds.app, `/api/sources/${evidence.assessment_id}?from=${evidence.src_from}&to=${evidence.src_to}`);
    expect(source.text).toBe('令和3年10月4日');

    const dayBefore = testApp(seeds.db, { now: () => new Date('2026-10-04T00:00:00Z') });
    expect((await getJson(dayBefore, '/api/outliers?kind=renewal_overdue')).total).toBe(0);
  });

  it('flags the serious incident 横浜市 reports (発生あり)', async () => {
    const incidents = await flags('kind=incident');
    // one flag for the assessment's one incident answer, naming every file that repeats it
    expect(incidents.map((f) => f.municipality)).toEqual(['横浜市']);
    expect(incidents[0].severity).toBe('high');
    expect(incidents[0].detail).toMatch(/」に「発生あり」と回答 \(予防接種対象者関係情報ファイル、統合番号連携ファイル\)$/);
    expect(incidents[0].evidence).toHaveLength(2);
    const [evidence] = incidents[0].evidence;
    const source = await getJson(seeds.app, `/api/sources/${evidence.assessment_id}?from=${evidence.src_from}&to=${evidence.src_to}&context=0`);
    expect(source.text).toContain('発生あり');
  });

  it('flags 横浜市’s contractor 「未定」', async () => {
    const undecided = await flags('kind=contractor_undecided');
    expect(undecided.map((f) => f.municipality)).toContain('横浜市');
    expect(undecided.every((f) => f.evidence[0].table === 'contracts')).toBe(true);
  });

  it.each([
    ['subcontract_share', '/api/contracts?limit=1000', (r: any) => r.subcontract],
    ['post_change_share', '/api/changes?limit=1000', (r: any) => (r.timing === null ? null : r.timing === '事後')],
  ] as const)('%s: flags exactly the cities 40+ points from the mean of the others', async (kind, path, hitOf) => {
    const counts = new Map<string, { hits: number; known: number }>();
    for (const r of (await getJson(seeds.app, path)).rows) {
      const hit = hitOf(r);
      if (hit === null) continue;
      const c = counts.get(r.municipality) ?? { hits: 0, known: 0 };
      counts.set(r.municipality, { hits: c.hits + (hit ? 1 : 0), known: c.known + 1 });
    }
    const shares = [...counts].filter(([, c]) => c.known >= 2).map(([city, c]) => [city, c.hits / c.known] as const);
    const expected = shares
      .filter(([city, share]) => {
        const others = shares.filter(([other]) => other !== city).map(([, s]) => s);
        return others.length >= 2 && Math.abs(share - others.reduce((a, b) => a + b, 0) / others.length) >= 0.4;
      })
      .map(([city]) => city);
    const flagged = await flags(`kind=${kind}`);
    expect(flagged.map((f) => f.municipality).sort()).toEqual(expected.sort());
    for (const f of flagged) {
      expect(f.detail).toMatch(/割合 \d+% \(\d+\/\d+件\)、他の\d+団体の平均 \d+% との差 [+−]\d+ポイント \(基準: 差が40ポイント以上\)/);
    }
  });

  it('lists every uncertain extraction with a span to check, per document', async () => {
    for (const f of await flags('kind=uncertain_extraction')) {
      expect(f.severity).toBe('low');
      for (const e of f.evidence) {
        expect(e.assessment_id).toBe(f.assessment_id);
        expect(e.line_from).toBeGreaterThan(0);
      }
    }
  });

  it('filters flags by city', async () => {
    const kitakyushu = await flags(`municipality=${q('北九州市')}`);
    expect(kitakyushu.map((f) => f.kind)).toContain('renewal_overdue');
    expect(kitakyushu.every((f) => f.municipality_code === '401005')).toBe(true);
  });
});

describe('search (seeds)', () => {
  it('finds 「ワクチン接種記録システム」 in the documents that print it', async () => {
    const result = await getJson(seeds.app, `/api/search?q=${q('ワクチン接種記録システム')}&limit=1000`);
    expect(result.mode).toBe('fts');
    const cities = new Set(result.rows.map((r: any) => r.municipality));
    for (const city of ['小金井市', '横浜市', '札幌市', '防府市']) expect(cities.has(city), city).toBe(true);
    expect(cities.has('北九州市')).toBe(false);
    const hit = result.rows.find((r: any) => r.municipality === '小金井市' && r.hit_from !== null);
    const source = await getJson(seeds.app, `/api/sources/${hit.assessment_id}?from=${hit.hit_from}&to=${hit.hit_to}`);
    expect(source.text).toBe('ワクチン接種記録システム');
  });

  it('finds a full-width spelling from a half-width query', async () => {
    const { rows } = await getJson(seeds.app, `/api/search?q=${q('RKKCS')}`);
    expect(rows.map((r: any) => r.municipality)).toContain('北九州市');
  });

  it('scans for a two-character query', async () => {
    const result = await getJson(seeds.app, `/api/search?q=${q('札幌')}&limit=5`);
    expect(result.mode).toBe('like');
    expect(result.rows[0].municipality).toBe('札幌市');
  });
});

describe('CSV export (seeds)', () => {
  it('exports 小金井市’s contracts for Excel', async () => {
    const csv = await getCsv(seeds.app, `/api/contracts?municipality=${q('小金井市')}&format=csv`);
    expect(csv.startsWith('\uFEFFid,assessment_id,municipality,')).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(1));
    const col = (name: string) => header!.indexOf(name);
    expect(records.map((r) => r[col('contractor_raw')])).toEqual(['株式会社ジーシー', '株式会社ミラボ', 'アデコ株式会社']);
    expect(records.map((r) => r[col('contractors')])).toEqual(['["株式会社ジーシー"]', '["株式会社ミラボ"]', '["アデコ株式会社"]']);
    expect(records.map((r) => r[col('subcontract')])).toEqual(['true', 'false', 'false']);
  });

  it('exports 札幌市’s change table with its long multi-line cells intact', async () => {
    const json = await getJson(seeds.app, `/api/changes?municipality=${q('札幌市')}`);
    const [header, ...records] = parseCsv((await getCsv(seeds.app, `/api/changes?municipality=${q('札幌市')}&format=csv`)).slice(1));
    expect(records).toHaveLength(json.rows.length);
    const after = header!.indexOf('after');
    records.forEach((r, i) => expect(r[after]).toBe(json.rows[i].after ?? ''));
  });
});
