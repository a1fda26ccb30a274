import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../db/ingest/ingest';
import { expectError, getCsv, getJson, testApp } from '../helpers/api';
import { parseCsv } from '../helpers/parse-csv';
import { SEED } from '../helpers/ingest-summary';
import { createTempDb, type TempDb } from '../helpers/temp-db';

/**
 * Synthetic documents made from the seeds by rewriting their body (and once their affair),
 * ingested and read back through the API: every kind of body, a shared name decided by the
 * address or left unresolved, a title that is no body.
 */
const koganei = readFileSync(SEED('001_0f1031b6666322d1.txt'), 'utf8');
const ADDRESS = '小金井市本町六丁目6番3号';
const AFFAIR = '新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務';
const koganeiAs = (agency: string, body: string, address = ADDRESS) =>
  koganei.replaceAll('東京都小金井市長', agency).replace(ADDRESS, address).replaceAll('小金井市', body);

const DOCUMENTS: Record<string, string> = {
  'koganei.txt': koganei,
  'koganei-child-allowance.txt': koganei.replaceAll(AFFAIR, '児童手当の支給に関する事務'),
  'kitakyushu.txt': readFileSync(SEED('004_63d90351889fe90b.txt'), 'utf8'),
  'mori-hokkaido.txt': koganeiAs('森町長', '森町', '〒049-2393 北海道茅部郡森町字御幸町144番地1'),
  'mori-nowhere.txt': koganeiAs('森町長', '森町', '森町字御幸町144番地1'),
  'shinagawa.txt': koganeiAs('品川区長', '品川区'),
  'tochigi.txt': koganeiAs('栃木県知事', '栃木県'),
  'justice.txt': koganeiAs('法務大臣', '法務省'),
  'title-only.txt': koganeiAs('市長', '市'),
};

let temp: TempDb;
let dir: string;
let app: ReturnType<typeof testApp>;
const rowsOf = async (path: string) => (await getJson(app, path)).rows as any[];
const q = encodeURIComponent;

beforeAll(async () => {
  temp = await createTempDb();
  dir = mkdtempSync(join(tmpdir(), 'pia-bodies-'));
  for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(join(dir, name), text);
  const failed = (await ingestPaths(temp.db, [dir])).filter((r) => !r.ok);
  expect(failed).toEqual([]);
  app = testApp(temp.db);
}, 120_000);

afterAll(() => {
  temp?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('/api/municipalities: bodies of every kind', () => {
  it('lists each body with its kind and prefecture, never a title or an unresolved name', async () => {
    const rows = await rowsOf('/api/municipalities');
    expect(rows.map((r) => [r.code, r.name, r.kind, r.prefecture, r.resolved, r.assessment_count])).toEqual([
      [null, '法務省', 'national', null, true, 1],
      ['013455', '森町', 'town', '北海道', true, 1],
      ['090000', '栃木県', 'prefecture', '栃木県', true, 1],
      ['131091', '品川区', 'special_ward', '東京都', true, 1],
      ['132101', '小金井市', 'city', '東京都', true, 2],
      ['401005', '北九州市', 'city', '福岡県', true, 1],
    ]);
  });

  it('filters by kind', async () => {
    expect((await rowsOf('/api/municipalities?kind=special_ward')).map((r) => r.name)).toEqual(['品川区']);
    expect((await rowsOf('/api/municipalities?kind=prefecture')).map((r) => r.name)).toEqual(['栃木県']);
    await expectError(await app.request('/api/municipalities?kind=ward'), 400, 'bad_request');
  });

  it('lists the unresolved bodies apart, with the reason', async () => {
    const rows = await rowsOf('/api/municipalities?resolved=false');
    expect(rows).toEqual([
      expect.objectContaining({ id: null, code: null, name: '市長', kind: 'unresolved', resolved: false, prefecture: null, assessment_count: 1, reason: { code: 'bodyUnknown', params: { name: '市長' } } }),
      expect.objectContaining({
        id: null,
        name: '森町長',
        kind: 'unresolved',
        resolved: false,
        assessment_count: 1,
        reason: { code: 'bodyAmbiguous', params: { name: '森町', candidates: ['北海道森町', '静岡県森町'] } },
      }),
    ]);
  });

  it('gives the unresolved list a CSV twin with the same rows', async () => {
    const json = await rowsOf('/api/municipalities?resolved=false');
    const [header, ...records] = parseCsv((await getCsv(app, '/api/municipalities?resolved=false&format=csv')).slice(1));
    expect(header).toEqual(Object.keys(json[0]));
    expect(records.map((r) => r[header!.indexOf('name')])).toEqual(['市長', '森町長']);
  });
});

describe('/api/assessments: body and affair of each document', () => {
  it('shows an unresolved body as unresolved, the name as written beside it', async () => {
    const rows = await rowsOf('/api/assessments?resolved=false');
    expect(rows.map((r) => [r.source_file, r.municipality, r.municipality_code, r.body_name, r.body_kind, r.body_resolved, r.field_states.body.state])).toEqual([
      ['mori-nowhere.txt', null, null, '森町長', null, false, 'unread'],
      ['title-only.txt', null, null, '市長', null, false, 'unread'],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  });

  it('never names a municipality after a title', async () => {
    const rows = await rowsOf('/api/assessments');
    expect(rows).toHaveLength(9);
    expect(rows.map((r) => r.municipality).filter((m) => m !== null).sort()).toEqual(['北九州市', '小金井市', '小金井市', '品川区', '栃木県', '森町', '法務省'].sort());
    const mori = rows.find((r) => r.source_file === 'mori-hokkaido.txt');
    expect(mori).toMatchObject({ municipality: '森町', municipality_code: '013455', prefecture: '北海道', body_kind: 'town', body_resolved: true, body_name: '森町長' });
  });

  it('classes each affair and filters by it', async () => {
    const child = await rowsOf(`/api/assessments?affair=${q('児童手当')}`);
    expect(child.map((r) => [r.source_file, r.affair, r.title])).toEqual([['koganei-child-allowance.txt', '児童手当', '児童手当の支給に関する事務']]);
    const vaccination = await rowsOf(`/api/assessments?affair=${q('予防接種')}`);
    expect(vaccination).toHaveLength(8);
    expect(vaccination.find((r) => r.source_file === 'kitakyushu.txt')).toMatchObject({ affair: '予防接種', affair_name: '予防接種に関する事務' });
    expect(await rowsOf(`/api/assessments?affair=${q('介護保険')}`)).toEqual([]);
    await expectError(await app.request(`/api/assessments?affair=${q('税金')}`), 400, 'bad_request');
  });

  it("one affair's documents of one kind of body", async () => {
    const rows = await rowsOf(`/api/assessments?affair=${q('予防接種')}&municipality=${q('東京都品川区')}`);
    expect(rows.map((r) => [r.municipality, r.body_kind, r.affair])).toEqual([['品川区', 'special_ward', '予防接種']]);
  });

  it("heads each extraction report with the body, or says it is not resolved", async () => {
    const rows = await rowsOf('/api/assessments');
    const report = async (file: string) => (await getJson(app, `/api/assessments/${rows.find((r) => r.source_file === file).id}`)).extraction_report.text as string;
    expect(await report('justice.txt')).toMatch(/^justice\.txt: 法務省 \(national\), /);
    expect(await report('mori-hokkaido.txt')).toMatch(/^mori-hokkaido\.txt: 森町 \(013455\), /);
    expect(await report('mori-nowhere.txt')).toMatch(/^mori-nowhere\.txt: body not resolved \(「森町長」\), /);
  });

  it('keeps the affair in the detail', async () => {
    const [row] = await rowsOf(`/api/assessments?affair=${q('児童手当')}`);
    const detail = await getJson(app, `/api/assessments/${row.id}`);
    expect(detail).toMatchObject({ affair: '児童手当', body_name: '東京都小金井市長', body_kind: 'city', body_resolved: true });
  });
});

describe('re-reading a document under another body', () => {
  it('drops the body no document names any more', async () => {
    const own = await createTempDb();
    const folder = mkdtempSync(join(tmpdir(), 'pia-bodies-'));
    try {
      const file = join(folder, 'doc.txt');
      const api = testApp(own.db);
      writeFileSync(file, koganeiAs('森町長', '森町', '森町字御幸町144番地1'));
      await ingestPaths(own.db, [file]);
      expect((await getJson(api, '/api/municipalities?resolved=false')).rows.map((r: any) => r.name)).toEqual(['森町長']);
      writeFileSync(file, koganeiAs('品川区長', '品川区'));
      await ingestPaths(own.db, [file]);
      expect((await getJson(api, '/api/municipalities')).rows.map((r: any) => r.name)).toEqual(['品川区']);
      writeFileSync(file, koganeiAs('法務大臣', '法務省'));
      await ingestPaths(own.db, [file]);
      expect((await getJson(api, '/api/municipalities')).rows.map((r: any) => [r.name, r.kind])).toEqual([['法務省', 'national']]);
      expect((await getJson(api, '/api/municipalities?resolved=false')).rows).toEqual([]);
    } finally {
      own.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
