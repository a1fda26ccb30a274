import { describe, expect, it } from 'vitest';
import { getCsv, getJson, useSeedApp } from '../helpers/api';
import { parseCsv } from '../helpers/parse-csv';

const seeds = useSeedApp();

const q = encodeURIComponent;
const rowsOf = async (path: string) => (await getJson(seeds.app, path)).rows as any[];

describe('files (seeds)', () => {
  it('lists the two files of 横浜市 in the order of the form', async () => {
    const rows = await rowsOf(`/api/files?municipality=${q('横浜市')}`);
    expect(rows.map((r) => [r.no, r.name])).toEqual([
      [1, '予防接種対象者関係情報ファイル'],
      [2, '統合番号連携ファイル'],
    ]);
    expect(rows.every((r) => r.municipality_code === '141003' && r.src_to > r.src_from)).toBe(true);
  });

  it('finds a file by its name, and its provisions by the file', async () => {
    const [file] = await rowsOf(`/api/files?name=${q('予防接種対象者関係情報ファイル')}`);
    expect(file.municipality).toBe('横浜市');
    const provisions = await rowsOf(`/api/provisions?file=${q(file.name)}`);
    expect(provisions.length).toBeGreaterThan(0);
    expect(provisions.every((p) => p.municipality === '横浜市' && p.file === file.name)).toBe(true);
  });
});

describe('provisions (seeds)', () => {
  it('reads 小金井市’s 提供先 with legal basis and method', async () => {
    const rows = await rowsOf(`/api/provisions?municipality=${q('小金井市')}`);
    expect(rows.map((r) => [r.direction, r.no])).toEqual([
      ['提供', 1],
      ['提供', 2],
    ]);
    expect(rows[1]).toMatchObject({ legal_basis: '番号法 第19条第16号', method: 'その他(ワクチン接種記録システム(VRS))' });
  });
});

describe('audits (seeds)', () => {
  it('reads 小金井市’s checkboxes: 自己点検 and 内部監査 ticked, 外部監査 not', async () => {
    const rows = await rowsOf(`/api/audits?municipality=${q('小金井市')}`);
    expect(rows.map((r) => [r.kind, r.checked])).toEqual([
      ['自己点検', true],
      ['内部監査', true],
      ['外部監査', false],
    ]);
  });

  it('CSV: exactly the rows of the JSON', async () => {
    const csv = await getCsv(seeds.app, `/api/audits?municipality=${q('小金井市')}&format=csv`);
    const [header, ...records] = parseCsv(csv.slice(1));
    expect(header).toEqual(['id', 'assessment_id', 'municipality', 'municipality_code', 'kind', 'checked', 'certain', 'field_states', 'field_spans', 'src_from', 'src_to', 'line_from', 'line_to']);
    expect(records.map((r) => [r[2], r[4], r[5]])).toEqual([
      ['小金井市', '自己点検', 'true'],
      ['小金井市', '内部監査', 'true'],
      ['小金井市', '外部監査', 'false'],
    ]);
  });
});

describe('procedures (seeds)', () => {
  it('dates 北九州市’s basic assessment 2021-09-15', async () => {
    const rows = await rowsOf(`/api/procedures?municipality=${q('北九州市')}&kind=basic_assessment`);
    expect(rows.map((r) => r.started_on)).toEqual(['2021-09-15']);
  });

  it('gives 横浜市 (a full assessment) its public comment period', async () => {
    const [comment] = await rowsOf(`/api/procedures?municipality=${q('横浜市')}&kind=public_comment`);
    expect(comment).toMatchObject({ started_on: '2023-04-10', ended_on: '2023-05-10' });
  });
});

describe('stats (seeds)', () => {
  it('agrees with the lists: five cities and documents, and the newest change', async () => {
    const stats = await getJson(seeds.app, '/api/stats');
    expect(stats).toMatchObject({ municipalities: 5, assessments: 5 });
    for (const list of ['contracts', 'contractors', 'changes'] as const) {
      expect((await getJson(seeds.app, `/api/${list}?limit=1`)).total, list).toBe(stats[list]);
    }
    const dates = (await rowsOf('/api/changes')).map((c) => c.changed_on).filter(Boolean).sort();
    expect(stats.newest_change).toBe(dates.at(-1));
  });
});
