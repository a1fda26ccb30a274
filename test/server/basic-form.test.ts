import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, getCsv, getJson, testApp } from '../helpers/api';
import { createBasicFormDb } from '../helpers/basic-form';
import { parseCsv } from '../helpers/parse-csv';
import type { TempDb } from '../helpers/temp-db';

/**
 * The six synthetic 基礎項目評価書 and the five seeds, through the API: /api/thresholds with the
 * list conventions of every resource, the 基礎's Ⅳ in /api/ratings, and the assessment detail.
 * Ingested in file-name order, so the ids are: 1 栄村 国保 (PDF), 2 栄村 住基 (TSV), 3 品川区 児童手当
 * (TSV), 4 品川区 障害児 (PDF), 5 栃木県 県営住宅 (PDF), 6 栃木県 難病 (TSV).
 */
let temp: TempDb;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  temp = await createBasicFormDb();
  app = testApp(temp.db);
}, 120_000);
afterAll(() => temp?.dispose());

const q = encodeURIComponent;
const rowsOf = async (path: string) => (await getJson(app, path)).rows as any[];
const THRESHOLD_COLUMNS = [
  'id', 'assessment_id', 'municipality', 'municipality_code',
  'people_band', 'people_min', 'people_max', 'people_counted_on',
  'handlers', 'handlers_500_or_more', 'handlers_counted_on',
  'incident', 'incident_occurred', 'result', 'forms_submitted', 'priority_measure', 'priority_reason',
  'certain', 'field_states', 'field_spans', 'src_from', 'src_to', 'line_from', 'line_to',
];
const values = (r: any) => [
  r.assessment_id, r.municipality, r.municipality_code,
  r.people_band, r.people_min, r.people_max, r.people_counted_on,
  r.handlers, r.handlers_500_or_more, r.handlers_counted_on,
  r.incident, r.incident_occurred, r.result, r.forms_submitted, r.priority_measure,
];
const BASIC_ONLY = '基礎項目評価の実施が義務付けられる';
const WITH_FOCUSED = '基礎項目評価及び重点項目評価の実施が義務付けられる';

describe('/api/thresholds', () => {
  it('lists one row per 基礎項目評価書, by city code; the seeds (重点・全項目) have none', async () => {
    const body = await getJson(app, '/api/thresholds');
    expect(body.total).toBe(6);
    expect(body.rows.map(values)).toEqual([
      [5, '栃木県', '090000', '1万人以上10万人未満', 10000, 99999, '2024-04-01', '500人未満', false, '2024-10-01', '発生なし', false, BASIC_ONLY, '基礎項目評価書', '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスクへの対策'],
      [6, '栃木県', '090000', '1万人以上10万人未満', 10000, 99999, '2014-10-01', '500人未満', false, '2014-10-01', '発生なし', false, BASIC_ONLY, '基礎項目評価書', null],
      [3, '品川区', '131091', '1万人以上10万人未満', 10000, 99999, '2024-04-01', '500人以上', true, '2024-09-01', '発生なし', false, WITH_FOCUSED, '基礎項目評価書及び重点項目評価書', null],
      [4, '品川区', '131091', '1,000人以上1万人未満', 1000, 9999, '2014-12-01', '500人未満', false, '2014-12-01', '発生なし', false, BASIC_ONLY, '基礎項目評価書', null],
      [1, '栄村', '206024', '1,000人未満(任意実施)', 0, 999, '2015-01-01', '500人未満', false, '2015-01-01', '発生なし', false, '特定個人情報保護評価の実施が義務付けられない', '基礎項目評価書', null],
      [2, '栄村', '206024', '1,000人以上1万人未満', 1000, 9999, '2024-11-01', '500人未満', false, '2024-11-01', '発生あり', true, BASIC_ONLY, '基礎項目評価書', '特定個人情報の漏えい・滅失・毀損リスクへの対策'],
    ]);
    expect(body.rows.map((r: any) => r.priority_reason)).toEqual([
      '住宅管理システムの利用者をアクセス権限により限定し、操作ログを毎月点検している。',
      null,
      null,
      null,
      null,
      '令和6年に住民票の写しの誤交付が発生したため、交付時の確認手順を見直している。',
    ]);
  });

  it('says why a value is missing: not in this version, written empty, or in doubt', async () => {
    const rows = await rowsOf('/api/thresholds');
    const byId = new Map(rows.map((r) => [r.assessment_id, r]));
    const absent = { state: 'absent', part: '最も優先度が高いと考えられる対策' };
    expect(byId.get(6).field_states).toEqual({ priority_measure: absent, priority_reason: absent });
    expect(byId.get(3).field_states).toEqual({ priority_measure: { state: 'blank', mark: '' }, priority_reason: { state: 'blank', mark: '-' } });
    expect(byId.get(5).certain).toBe(false);
    expect(byId.get(5).field_states.people_counted_on).toEqual({ state: 'uncertain', reason: { code: 'valuesByOrder', params: { values: 2, slots: 2 } } });
    expect(rows.filter((r) => !r.certain).map((r) => r.assessment_id)).toEqual([5]);
  });

  it('filters by city, document, result, handlers and incident', async () => {
    const ids = async (query: string) => (await rowsOf(`/api/thresholds?${query}`)).map((r) => r.assessment_id);
    expect(await ids(`municipality=${q('栄村')}`)).toEqual([1, 2]);
    expect(await ids('municipality=131091')).toEqual([3, 4]);
    expect(await ids(`municipality=${q('東京都品川区')}`)).toEqual([3, 4]);
    expect(await ids('assessment_id=4')).toEqual([4]);
    expect(await ids(`result=${q(WITH_FOCUSED)}`)).toEqual([3]);
    expect(await ids('handlers_500_or_more=true')).toEqual([3]);
    expect(await ids('incident_occurred=true')).toEqual([2]);
    expect(await ids('certain=false')).toEqual([5]);
    expect(await ids(`municipality=${q('横浜市')}`)).toEqual([]);
    expect((await getJson(app, '/api/thresholds?limit=2&offset=1')).rows.map((r: any) => r.assessment_id)).toEqual([6, 3]);
  });

  it('points each value at its words in the source', async () => {
    const [row] = await rowsOf('/api/thresholds?assessment_id=2');
    const passage = async (field: string) => {
      const [from, to] = row.field_spans[field];
      return (await getJson(app, `/api/sources/2?from=${from}&to=${to}`)).text as string;
    };
    expect(await passage('people_band')).toContain('[1,000人以上1万人未満]');
    expect(await passage('incident')).toContain('[発生あり]');
    expect(await passage('handlers_counted_on')).toBe('いつ時点の計数か\t令和6年11月1日 時点');
    expect(await passage('result')).toMatch(/^しきい値判断結果\t\[基礎項目評価の実施が義務付けられる\]/);
    expect(row.line_from).toBeLessThan(row.line_to);
  });

  it('CSV: the same rows as the JSON, the row schema’s fields as header', async () => {
    const json = await rowsOf(`/api/thresholds?municipality=${q('栃木県')}`);
    const csv = await getCsv(app, `/api/thresholds?municipality=${q('栃木県')}&format=csv`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parseCsv(csv.slice(1));
    expect(header).toEqual(THRESHOLD_COLUMNS);
    expect(records.map((r) => [r[1], r[2], r[4], r[8], r[9], r[13]])).toEqual([
      ['5', '栃木県', '1万人以上10万人未満', '500人未満', 'false', BASIC_ONLY],
      ['6', '栃木県', '1万人以上10万人未満', '500人未満', 'false', BASIC_ONLY],
    ]);
    expect(records.map((r) => JSON.parse(r[18]!))).toEqual(json.map((r) => r.field_states));
  });

  it('refuses malformed filters in the one error shape', async () => {
    await expectError(await app.request('/api/thresholds?incident_occurred=maybe'), 400, 'bad_request');
    await expectError(await app.request('/api/thresholds?assessment_id=zero'), 400, 'bad_request');
  });
});

describe('the 基礎’s Ⅳ in /api/ratings', () => {
  it('lists 栄村’s answers of both documents, each risk apart from its question', async () => {
    const rows = await rowsOf(`/api/ratings?municipality=${q('栄村')}&assessment_id=2`);
    expect(rows.map((r) => [r.section, r.stage, r.risk, r.question, r.answer, r.score])).toEqual([
      ['Ⅳ', '入手', '目的外の入手が行われるリスク', 'リスクへの対策は十分か', '十分である', 2],
      ['Ⅳ', '使用', '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク', 'リスクへの対策は十分か', '十分である', 2],
      ['Ⅳ', '使用', '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク', 'リスクへの対策は十分か', '十分である', 2],
      ['Ⅳ', '委託', '委託先における不正な使用等のリスク', 'リスクへの対策は十分か', '十分である', 2],
      ['Ⅳ', '委託', null, '再委託先による特定個人情報ファイルの適切な取扱いの確保', '再委託していない', null],
      ['Ⅳ', '提供・移転', '不正な提供・移転が行われるリスク', 'リスクへの対策は十分か', '十分である', 2],
      ['Ⅳ', '情報提供ネットワークシステムとの接続', '目的外の入手が行われるリスク', 'リスクへの対策は十分か', '十分である', 2],
      ['Ⅳ', '保管・消去', '特定個人情報の漏えい・滅失・毀損リスク', 'リスクへの対策は十分か', '課題が残されている', 1],
      ['Ⅳ', '人手を介在させる作業', '人為的ミスが発生するリスク', 'リスクへの対策は十分か', '課題が残されている', 1],
      ['Ⅳ', '教育・啓発', null, '従業者に対する教育・啓発', '十分に行っていない', 1],
      ['Ⅳ', '最も優先度が高いと考えられる対策', null, '当該対策は十分か【再掲】', '課題が残されている', 1],
    ]);
    expect(rows[8].measure).toBe('転入届の個人番号を手入力しており、複数人による確認の体制が整っていない。');
    expect((await rowsOf(`/api/ratings?municipality=${q('栄村')}`)).length).toBe(7 + 11);
  });

  it('lines the 基礎’s sufficiency answers up with the other forms’ by stage and question', async () => {
    const rows = await rowsOf(`/api/ratings?stage=${q('人手を介在させる作業')}`);
    expect(rows.map((r) => [r.municipality, r.assessment_id, r.answer])).toEqual([
      ['栃木県', 5, '十分である'],
      ['品川区', 3, null],
      ['栄村', 2, '課題が残されている'],
    ]);
    expect(rows[1].field_states.answer).toEqual({ state: 'blank', mark: '' });
    const weak = await rowsOf(`/api/ratings?question=${q('リスクへの対策は十分か')}&answer=${q('課題が残されている')}&section=${q('Ⅳ')}`);
    expect(weak.map((r) => [r.assessment_id, r.stage])).toEqual([
      [5, '保管・消去'],
      [4, '入手'],
      [2, '保管・消去'],
      [2, '人手を介在させる作業'],
    ]);
  });
});

describe('the assessment detail of a 基礎項目評価書', () => {
  it('holds its しきい値判断 beside the rest', async () => {
    const d = await getJson(app, '/api/assessments/3');
    expect(d).toMatchObject({ kind: '基礎項目評価書', form_version: '令和6年10月 様式2', municipality: '品川区', peer_group: '1万人以上10万人未満', target_band_text: '1万人以上10万人未満' });
    expect(d.thresholds.map((t: any) => [t.handlers, t.result])).toEqual([['500人以上', WITH_FOCUSED]]);
    expect(d.systems.map((s: any) => s.name)).toEqual(['子ども手当システム', '団体内統合宛名システム', '中間サーバー', '子ども・子育て支援システム']);
    expect(d.files.map((f: any) => f.name)).toEqual(['児童手当受給者ファイル', '児童手当口座情報ファイル']);
    expect(d.parts_absent).toEqual(['別添:変更箇所']);
    expect(d.extraction_report.report.counts.thresholds).toBe(1);
  });

  it('is empty for the other forms', async () => {
    const [yokohama] = await rowsOf(`/api/assessments?municipality=${q('横浜市')}`);
    const d = await getJson(app, `/api/assessments/${yokohama.id}`);
    expect(d.kind).toBe('全項目評価書');
    expect(d.thresholds).toEqual([]);
    expect(d.parts_absent).not.toContain('しきい値判断項目');
  });

  it('finds every 基礎 by its kind', async () => {
    const rows = await rowsOf(`/api/assessments?kind=${q('基礎項目評価書')}`);
    expect(rows.map((r) => r.id).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('a serious incident in Ⅱ-3 as an outlier', () => {
  it('flags 栄村’s 住基 (Ⅱ-3 「発生あり」) once, pointing at the answer; no other 基礎', async () => {
    const flags = (await rowsOf('/api/outliers?kind=incident&limit=1000')).filter((f) => f.assessment_id <= 6);
    expect(flags.map((f) => [f.assessment_id, f.severity, f.detail])).toEqual([
      [2, 'high', '「過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか」に「発生あり」と回答'],
    ]);
    const [evidence] = flags[0].evidence;
    expect(evidence).toMatchObject({ table: 'thresholds', assessment_id: 2, label: '過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか: 発生あり' });
    const [threshold] = await rowsOf('/api/thresholds?assessment_id=2');
    expect([evidence.src_from, evidence.src_to]).toEqual(threshold.field_spans.incident);
    expect((await getJson(app, `/api/sources/2?from=${evidence.src_from}&to=${evidence.src_to}`)).text).toContain('[発生あり]');
  });
});
