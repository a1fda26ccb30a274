import { expect } from 'vitest';
import { BASIC_FORM } from './basic-form';
import { summarize } from './ingest-summary';

/** One synthetic 基礎項目評価書 of test/fixtures/basic-form read, with its rows in the shapes the tests compare. */
export const read = (name: string) => {
  const s = summarize(BASIC_FORM(name));
  const [threshold, ...more] = s.doc.rows.thresholds;
  expect(more).toEqual([]);
  return {
    ...s,
    threshold: threshold!,
    ratings: s.doc.rows.ratings.map((r) => [r.stage, r.risk, r.question, r.answer, r.states.answer?.state ?? 'read']),
    measures: s.doc.rows.ratings.filter((r) => r.measure !== null || r.states.measure).map((r) => [r.stage, r.measure, r.states.measure?.state ?? 'read']),
    systemNames: s.doc.rows.systems.map((x) => [x.no, x.name, x.states.name?.state ?? 'read']),
    fileNames: s.doc.rows.files.map((x) => [x.no, x.name, x.states.name?.state ?? 'read']),
  };
};

export const SUFFICIENT = 'リスクへの対策は十分か';
export const RISK = {
  purpose: '目的外の入手が行われるリスク',
  linking: '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク',
  unauthorized: '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
  contractor: '委託先における不正な使用等のリスク',
  provision: '不正な提供・移転が行われるリスク',
  networkProvision: '不正な提供が行われるリスク',
  leak: '特定個人情報の漏えい・滅失・毀損リスク',
  human: '人為的ミスが発生するリスク',
};
export const SUBCONTRACT = '再委託先による特定個人情報ファイルの適切な取扱いの確保';
export const EDUCATION = '従業者に対する教育・啓発';
export const NETWORK = '情報提供ネットワークシステムとの接続';
export const PRIORITY = '最も優先度が高いと考えられる対策';
export const ALL_PARTS = ['表紙', '関連情報', 'しきい値判断項目', 'しきい値判断結果', 'リスク対策', '開示請求、問合せ', '別添:変更箇所'];
/** the 基礎 asks neither a system's function nor its connections, nor a file's overview */
export const BASIC_SYSTEM_STATES = { function: { state: 'absent', part: '②システムの機能' }, connections: { state: 'absent', part: '③他のシステムとの接続' } };
export const BASIC_FILE_STATES = Object.fromEntries(['file_kind', 'people_band', 'items_band', 'holding_start_on'].map((f) => [f, { state: 'absent', part: '特定個人情報ファイルの概要' }]));

