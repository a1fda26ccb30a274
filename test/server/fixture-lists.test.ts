import { describe, expect, it } from 'vitest';
import { getJson, useFixtureApp } from '../helpers/api';
import { AWKWARD } from '../helpers/fixture-db';

const fixture = useFixtureApp();

const PROVENANCE = ['certain', 'field_states', 'field_spans', 'src_from', 'src_to', 'line_from', 'line_to'];

describe('municipalities', () => {
  it('lists cities with code, kana, assessment count and the peer group of the newest assessment', async () => {
    const { rows, total } = await getJson(fixture.app, '/api/municipalities');
    expect(total).toBe(4);
    expect(rows.find((r: any) => r.name === '小金井市')).toMatchObject({
      code: '132101',
      prefecture: '東京都',
      kana: 'こがねいし',
      assessment_count: 2,
      peer_group: '1万人以上10万人未満',
      peer_group_min: 10000,
      peer_group_max: 99999,
    });
  });

  it.each(['小金井市', '東京都小金井市', '132101'])('finds a city by %s', async (value) => {
    const { rows } = await getJson(fixture.app, `/api/municipalities?municipality=${encodeURIComponent(value)}`);
    expect(rows.map((r: any) => r.name)).toEqual(['小金井市']);
  });

  it('keeps a name outside the BMP intact', async () => {
    const { rows } = await getJson(fixture.app, `/api/municipalities?municipality=${encodeURIComponent(AWKWARD.rareCity)}`);
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe('𠮷野町');
    expect([...rows[0].name][0]).toBe('𠮷');
  });

  it('filters by prefecture and peer group, and pages', async () => {
    expect((await getJson(fixture.app, '/api/municipalities?prefecture=架空県')).total).toBe(3);
    const peers = await getJson(fixture.app, `/api/municipalities?peer_group=${encodeURIComponent('1万人以上10万人未満')}`);
    expect(peers.rows.map((r: any) => r.name)).toEqual(['小金井市']);
    const page = await getJson(fixture.app, '/api/municipalities?limit=2&offset=1');
    expect(page.rows).toHaveLength(2);
    expect(page.total).toBe(4);
  });
});

describe('assessments', () => {
  it('lists documents with the fields of issue 3', async () => {
    const { rows } = await getJson(fixture.app, '/api/assessments?municipality=小金井市');
    expect(rows.map((r: any) => r.published_on)).toEqual(['2014-03-01', '2023-06-27']);
    expect(rows[1]).toMatchObject({
      municipality: '小金井市',
      municipality_code: '132101',
      number: '24',
      kind: '重点項目評価書',
      agency: '東京都小金井市長',
      approved_on: null,
      source_file: 'koganei-2023.txt',
    });
  });

  it('filters by kind, publication range and title', async () => {
    const full = await getJson(fixture.app, `/api/assessments?kind=${encodeURIComponent('全項目評価書')}`);
    expect(full.rows.map((r: any) => r.municipality)).toEqual(['𠮷野町']);
    expect(full.rows[0].form_version).toBe('平成30年5月 様式4');
    const recent = await getJson(fixture.app, '/api/assessments?published_from=2024-01-01&published_to=2024-01-31');
    expect(recent.rows.map((r: any) => r.municipality)).toEqual(['テスト市']);
    const titled = await getJson(fixture.app, `/api/assessments?q=${encodeURIComponent('HYPERLINK("x")')}`);
    expect(titled.rows.map((r: any) => r.municipality)).toEqual(['𠮷野町']);
    expect((await getJson(fixture.app, '/api/assessments?q=%25')).total).toBe(0);
  });

  it('details one document: every extracted table with provenance, and its report', async () => {
    const { rows } = await getJson(fixture.app, '/api/assessments?municipality=132101&published_from=2020-01-01');
    const detail = await getJson(fixture.app, `/api/assessments/${rows[0].id}`);
    expect(detail).toMatchObject({ municipality: '小金井市', target_band_text: '1万人以上10万人未満', parts_absent: [] });
    expect(detail.files.map((f: any) => f.name)).toEqual(['予防接種ファイル']);
    expect(detail.systems.map((s: any) => s.canonical)).toEqual(['ワクチン接種記録システム(VRS)']);
    expect(detail.contracts.map((c: any) => c.contractor_raw)).toEqual([AWKWARD.formula, '株式会社ジーシー、𠮷野商事株式会社', '未定']);
    expect(detail.contracts[0].content).toBe(AWKWARD.markup);
    expect(detail.provisions[0]).toMatchObject({ direction: '提供', recipient: '他市区町村', file: '予防接種ファイル' });
    expect(detail.ratings).toHaveLength(3);
    expect(detail.audits).toEqual([expect.objectContaining({ kind: '自己点検', checked: true })]);
    expect(detail.procedures).toEqual([expect.objectContaining({ kind: 'basic_assessment', started_on: '2023-05-01' })]);
    expect(detail.changes.map((c: any) => c.changed_on)).toEqual(['2024-04-01', '2023-01-10']);
    expect(detail.extraction_report.report.doubts).toHaveLength(2);
    for (const table of ['files', 'systems', 'contracts', 'provisions', 'ratings', 'audits', 'procedures', 'changes']) {
      for (const row of detail[table]) expect(Object.keys(row)).toEqual(expect.arrayContaining(PROVENANCE));
    }
  });
});

describe('contracts and contractors', () => {
  it('has one row per 委託事項 with raw and normalized contractors', async () => {
    const { rows } = await getJson(fixture.app, '/api/contracts?municipality=小金井市');
    expect(rows.map((r: any) => [r.item_no, r.contractors, r.subcontract, r.certain])).toEqual([
      [1, [AWKWARD.formula], true, true],
      [2, ['株式会社ジーシー', '𠮷野商事株式会社'], false, false],
      [3, [], null, true],
    ]);
    expect(rows[1]).toMatchObject({
      field_states: { contractor_raw: { state: 'uncertain', reason: { code: 'itemsSharePage', params: { count: 2, item: '委託事項' } } } },
      file: '予防接種ファイル',
      title: '保守',
    });
    expect(rows[0]).toMatchObject({ handlers_band: '10人以上50人未満', title: AWKWARD.csvTitle });
  });

  it('filters by contractor name, spelling, or id; by 再委託, 未定 and certainty', async () => {
    const byName = await getJson(fixture.app, `/api/contracts?contractor=${encodeURIComponent('株式会社ジーシー')}`);
    expect(byName.rows.map((r: any) => r.municipality)).toEqual(['小金井市', '𠮷野町']);
    const bySpelling = await getJson(fixture.app, `/api/contracts?contractor=${encodeURIComponent('ジーシー(株)')}`);
    expect(bySpelling.rows.map((r: any) => r.contractor_raw)).toEqual(['ジーシー(株)']);
    const byFullWidth = await getJson(fixture.app, `/api/contracts?contractor=${encodeURIComponent('ジーシー（株）')}`);
    expect(byFullWidth.total).toBe(1);
    const id = byName.rows[0].contractor_ids[0];
    expect((await getJson(fixture.app, `/api/contracts?contractor=${id}`)).total).toBe(2);
    expect((await getJson(fixture.app, '/api/contracts?subcontract=true')).rows.map((r: any) => r.item_no)).toEqual([1]);
    expect((await getJson(fixture.app, '/api/contracts?subcontract=unknown')).rows.map((r: any) => r.contractor_raw)).toEqual(['未定']);
    expect((await getJson(fixture.app, '/api/contracts?subcontract=false')).total).toBe(7);
    expect((await getJson(fixture.app, '/api/contracts?undecided=true')).total).toBe(1);
    expect((await getJson(fixture.app, '/api/contracts?certain=false')).rows.map((r: any) => r.item_no)).toEqual([2]);
    expect((await getJson(fixture.app, `/api/contracts?file=${encodeURIComponent('予防接種ファイル')}`)).total).toBe(3);
  });

  it('ranks contractors by the bodies and contracts that name them with certainty, the doubted ones beside', async () => {
    const { rows, total } = await getJson(fixture.app, '/api/contractors');
    expect(total).toBe(5);
    // テスト株式会社 and ピア株式会社: two certain contracts each; ジーシー and 𠮷野商事: one certain
    // contract each, and 小金井市's contract 2 whose ③委託先名 the reader doubts counted beside
    expect(rows.map((r: any) => [r.name, r.municipality_count, r.contract_count, r.uncertain_municipality_count, r.uncertain_contract_count])).toEqual([
      ['テスト株式会社', 1, 2, 0, 0],
      ['ピア株式会社', 1, 2, 0, 0],
      ['株式会社ジーシー', 1, 1, 1, 1],
      ['𠮷野商事株式会社', 1, 1, 1, 1],
      [AWKWARD.formula, 1, 1, 0, 0],
    ]);
    expect(rows.find((r: any) => r.name === '株式会社ジーシー').aliases).toEqual(['ジーシー(株)', '株式会社ジーシー']);
    expect((await getJson(fixture.app, '/api/contractors?sort=name&limit=2')).rows.map((r: any) => r.name)).toEqual(['=HYPERLINK("x")', 'テスト株式会社']);
    const inCity = await getJson(fixture.app, `/api/contractors?municipality=${encodeURIComponent('𠮷野町')}`);
    expect(inCity.rows.map((r: any) => r.name).sort()).toEqual(['株式会社ジーシー', '𠮷野商事株式会社']);
    const named = await getJson(fixture.app, `/api/contractors?q=${encodeURIComponent('ジーシー')}`);
    expect(named.rows.map((r: any) => r.name)).toEqual(['株式会社ジーシー']);
  });

  it('profiles a contractor: its counts per prefecture; its contracts are their own list', async () => {
    const { rows } = await getJson(fixture.app, `/api/contractors?q=${encodeURIComponent('𠮷野商事')}`);
    const profile = await getJson(fixture.app, `/api/contractors/${rows[0].id}`);
    expect(profile).toMatchObject({ name: '𠮷野商事株式会社', municipality_count: 1, contract_count: 1, uncertain_municipality_count: 1, uncertain_contract_count: 1 });
    expect(profile.prefectures.map((p: any) => [p.prefecture, p.municipality_count, p.uncertain_contract_count])).toEqual([
      ['東京都', 0, 1],
      ['架空県', 1, 0],
    ]);
    const contracts = await getJson(fixture.app, `/api/contracts?contractor=${rows[0].id}`);
    expect(contracts.rows.map((c: any) => [c.municipality, c.item_no, c.certain])).toEqual([
      ['小金井市', 2, false],
      ['𠮷野町', 2, true],
    ]);
    expect((await fixture.app.request('/api/contractors/9999')).status).toBe(404);
  });

  it('counts contractors × prefectures, the top ones as rows and the rest as 「その他」', async () => {
    const m = await getJson(fixture.app, '/api/contractors/matrix?top=2');
    expect(m.by).toBe('prefecture');
    expect(m.groups).toEqual([
      { key: '13', label: '東京都' },
      { key: '99', label: '架空県' },
    ]);
    expect(m.contractors.map((c: any) => c.name)).toEqual(['テスト株式会社', 'ピア株式会社']);
    const cell = (id: number | null, group: string) => m.cells.find((c: any) => c.contractor_id === id && c.group === group);
    expect(cell(m.contractors[0].id, '99')).toEqual({ contractor_id: m.contractors[0].id, group: '99', contracts: 2, bodies: 1, uncertain_contracts: 0 });
    // 「その他」 in 東京都: the formula company's certain contract, and contract 2 (doubted) once
    expect(cell(null, '13')).toEqual({ contractor_id: null, group: '13', contracts: 1, bodies: 1, uncertain_contracts: 1 });
    const bodies = await getJson(fixture.app, `/api/contractors/matrix?prefecture=${encodeURIComponent('架空県')}`);
    expect(bodies.by).toBe('body');
    expect(bodies.groups.map((g: any) => g.label)).toEqual(['𠮷野町', 'テスト市', 'ピア市']);
  });

  it('shares of 再委託する per group, counted over answers read with certainty; groups without contracts say why', async () => {
    const { rows } = await getJson(fixture.app, '/api/contracts/subcontract-shares?by=body');
    expect(rows.map((r: any) => [r.label, r.subcontract, r.counted, r.share, r.status])).toEqual([
      ['小金井市', 1, 2, 0.5, 'counted'],
      ['𠮷野町', 0, 2, 0, 'counted'],
      ['テスト市', 0, 2, 0, 'counted'],
      ['ピア市', 0, 2, 0, 'counted'],
    ]);
    // contract 3 (未定) has no 再委託 answer: unread, outside the share
    expect(rows[0]).toMatchObject({ contracts: 3, unread: 1, uncertain: 0 });
  });
});
