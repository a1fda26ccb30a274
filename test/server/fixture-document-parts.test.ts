import { describe, expect, it } from 'vitest';
import { getCsv, getJson, useFixtureApp } from '../helpers/api';
import { AWKWARD } from '../helpers/fixture-db';
import { parseCsv } from '../helpers/parse-csv';

const fixture = useFixtureApp();

const q = encodeURIComponent;
const rowsOf = async (path: string) => (await getJson(fixture.app, path)).rows as any[];
const PROVENANCE = ['certain', 'field_states', 'field_spans', 'src_from', 'src_to', 'line_from', 'line_to'];

describe('files', () => {
  it('has one row per 特定個人情報ファイル with its city, bands and provenance', async () => {
    const [koganei] = await rowsOf(`/api/files?municipality=${q('小金井市')}`);
    expect(koganei).toMatchObject({
      municipality: '小金井市',
      municipality_code: '132101',
      no: 1,
      name: '予防接種ファイル',
      people_band: '1万人以上10万人未満',
      certain: true,
      line_from: 2,
    });
    expect(Object.keys(koganei)).toEqual(expect.arrayContaining(['assessment_id', ...PROVENANCE]));
  });

  it('filters by name, document and certainty', async () => {
    const [yoshino] = await rowsOf(`/api/files?name=${q('健康管理ファイル')}`);
    expect(yoshino).toMatchObject({ municipality: '𠮷野町', people_min: 0, people_max: 9999 });
    expect((await rowsOf(`/api/files?assessment_id=${yoshino.assessment_id}`)).map((f) => f.name)).toEqual(['健康管理ファイル']);
    expect((await getJson(fixture.app, '/api/files')).total).toBe(2);
    expect((await getJson(fixture.app, '/api/files?certain=false')).total).toBe(0);
  });
});

describe('provisions', () => {
  it('has one row per 提供先 / 移転先 with the file it belongs to', async () => {
    const rows = await rowsOf('/api/provisions');
    expect(rows.map((r) => [r.municipality, r.direction, r.no, r.recipient, r.file])).toEqual([
      ['小金井市', '提供', 1, '他市区町村', '予防接種ファイル'],
      ['𠮷野町', '移転', 1, AWKWARD.formula, '健康管理ファイル'],
    ]);
  });

  it('filters by direction, file and part of the recipient, wildcards taken literally', async () => {
    expect((await rowsOf(`/api/provisions?direction=${q('移転')}`)).map((r) => r.municipality)).toEqual(['𠮷野町']);
    expect((await rowsOf(`/api/provisions?file=${q('予防接種ファイル')}`)).map((r) => r.recipient)).toEqual(['他市区町村']);
    expect((await rowsOf(`/api/provisions?recipient=${q('HYPERLINK')}`)).map((r) => r.municipality)).toEqual(['𠮷野町']);
    expect(await rowsOf(`/api/provisions?recipient=${q('%')}`)).toEqual([]);
  });

  it('CSV: the formula recipient is neutralized, the multi-line purpose quoted', async () => {
    const csv = await getCsv(fixture.app, `/api/provisions?direction=${q('移転')}&format=csv`);
    const [header, record] = parseCsv(csv.slice(1));
    const cell = (name: string) => record![header!.indexOf(name)];
    expect(cell('recipient')).toBe(`'${AWKWARD.formula}`);
    expect(cell('purpose')).toBe(AWKWARD.csvTitle);
  });
});

describe('audits', () => {
  it('has one row per 監査 checkbox, ticked, unticked or unreadable', async () => {
    const rows = await rowsOf(`/api/audits?municipality=${q('𠮷野町')}`);
    expect(rows.map((r) => [r.kind, r.checked])).toEqual([
      ['自己点検', false],
      ['外部監査', null],
    ]);
  });

  it('filters by kind and by checked = true / false / unknown', async () => {
    expect((await getJson(fixture.app, `/api/audits?kind=${q('自己点検')}`)).total).toBe(2);
    expect((await rowsOf('/api/audits?checked=true')).map((r) => r.municipality)).toEqual(['小金井市']);
    expect((await rowsOf('/api/audits?checked=false')).map((r) => r.kind)).toEqual(['自己点検']);
    expect((await rowsOf('/api/audits?checked=unknown')).map((r) => [r.municipality, r.kind])).toEqual([['𠮷野町', '外部監査']]);
  });
});

describe('procedures', () => {
  it('has one row per step of 評価実施手続 with its dates', async () => {
    const rows = await rowsOf('/api/procedures');
    expect(rows.map((r) => [r.municipality, r.kind, r.started_on, r.ended_on])).toEqual([
      ['小金井市', 'basic_assessment', '2023-05-01', null],
      ['𠮷野町', 'public_comment', '2016-12-01', '2016-12-31'],
    ]);
    expect(rows[1].detail).toBe(AWKWARD.markup);
  });

  it('filters by kind and city', async () => {
    expect((await rowsOf('/api/procedures?kind=public_comment')).map((r) => r.municipality)).toEqual(['𠮷野町']);
    expect((await rowsOf('/api/procedures?municipality=132101')).map((r) => r.kind)).toEqual(['basic_assessment']);
  });
});

describe('the assessment detail and the lists', () => {
  it('holds exactly the rows each list gives for its assessment_id', async () => {
    const [doc] = await rowsOf(`/api/assessments?municipality=${q('𠮷野町')}`);
    const detail = await getJson(fixture.app, `/api/assessments/${doc.id}`);
    for (const part of ['files', 'provisions', 'audits', 'procedures', 'systems', 'contracts', 'ratings', 'changes']) {
      expect(detail[part], part).toEqual(await rowsOf(`/api/${part}?assessment_id=${doc.id}`));
    }
  });
});

describe('stats', () => {
  it('counts what the lists hold, and names the newest change date', async () => {
    const stats = await getJson(fixture.app, '/api/stats');
    expect(stats).toEqual({
      municipalities: 4,
      assessments: 5,
      contracts: 9,
      contractors: 5,
      changes: 7,
      newest_change: '2024-06-01',
    });
    for (const list of ['municipalities', 'assessments', 'contracts', 'contractors', 'changes'] as const) {
      expect((await getJson(fixture.app, `/api/${list}?limit=1`)).total, list).toBe(stats[list]);
    }
  });
});
