import { beforeAll, describe, expect, it } from 'vitest';
import { changeDates, SEED, summarize } from '../../helpers/ingest-summary';

/** 001: 小金井市, the tab-separated export; parts of Ⅰ and Ⅲ are absent from the text. */
describe('小金井市 (tab-separated cells with HTML fragments)', () => {
  let s: ReturnType<typeof summarize>;
  beforeAll(() => {
    s = summarize(SEED('001_0f1031b6666322d1.txt'));
  });

  it('reads the cover and resolves the body from 評価実施機関名', () => {
    expect(s.doc.layout).toBe('tsv-html');
    expect(s.body.body).toMatchObject({ code: '132101', name: '小金井市', prefecture: '東京都' });
    expect(s.header).toMatchObject({
      number: '24',
      title: '新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務',
      kind: '重点項目評価書',
      agency: '東京都小金井市長',
      publishedOn: '2023-06-27',
      networkLinkage: '実施する',
      department: '福祉保健部健康課',
      departmentHead: '福祉保健部健康課長',
    });
  });

  it('reads the one system the text holds (システム1–3 are absent)', () => {
    expect(s.systems.map((x) => [x.no, x.name, x.canonical])).toEqual([[4, 'ワクチン接種記録システム(VRS)', 'ワクチン接種記録システム(VRS)']]);
    expect(s.systems[0]).toMatchObject({ connInfoNetwork: false, connAtena: false, connOther: true, connOtherText: '健康情報システム', nameCertain: true });
  });

  it('reads the file with its bands and holding start', () => {
    expect(s.files).toEqual([{ no: 1, name: '予防接種ファイル', peopleBand: '10万人以上100万人未満', itemsBand: '10項目未満' }]);
  });

  it('reads every contract with its contractor, band and 再委託 answer', () => {
    expect(s.contracts.map(({ no, title, contractors, handlers, subcontract, certain }) => ({ no, title, contractors, handlers, subcontract, certain }))).toEqual([
      { no: 1, title: '健康管理システムの運用保守委託', contractors: ['株式会社ジーシー'], handlers: '10人未満', subcontract: true, certain: true },
      { no: 2, title: 'ワクチン接種記録システム管理業務', contractors: ['株式会社ミラボ'], handlers: '10人以上50人未満', subcontract: false, certain: true },
      { no: 3, title: '入力事務委託事業', contractors: ['アデコ株式会社'], handlers: '10人未満', subcontract: false, certain: true },
    ]);
  });

  it('reads every graded answer with its stage and risk', () => {
    expect(s.ratings.map((r) => [r.stage, r.question, r.answer])).toEqual([
      ['使用', 'ユーザ認証の管理', '行っている'],
      ['使用', 'リスクへの対策は十分か', '十分である'],
      ['委託', '委託契約書中の特定個人情報ファイルの取扱いに関する規定', '定めている'],
      ['委託', '再委託先による特定個人情報ファイルの適切な取扱いの担保', '十分に行っている'],
      ['委託', 'リスクへの対策は十分か', '十分である'],
      ['提供・移転', '特定個人情報の提供・移転に関するルール', '定めている'],
      ['提供・移転', 'リスクへの対策は十分か', '十分である'],
      ['情報提供ネットワークシステムとの接続', 'リスクへの対策は十分か', '十分である'],
      ['情報提供ネットワークシステムとの接続', 'リスクへの対策は十分か', '十分である'],
      ['保管・消去', '事故発生時手順の策定・周知', '十分に行っている'],
      ['保管・消去', '過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか', '発生なし'],
      ['保管・消去', 'リスクへの対策は十分か', '十分である'],
      ['教育・啓発', '従業者に対する教育・啓発', '十分に行っている'],
    ]);
    expect(s.ratings[1]!.risk).toBe('権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク');
    expect(s.ratings[7]!.risk).toBe('目的外の入手が行われるリスク');
    expect(s.ratings[8]!.risk).toBe('不正な提供が行われるリスク');
    expect(s.ratings.every((r) => r.certain)).toBe(true);
  });

  it('reads the audit boxes (the export writes the form\'s ticks as radio buttons)', () => {
    expect(s.audits).toEqual([
      { kind: '自己点検', checked: true, certain: true },
      { kind: '内部監査', checked: true, certain: true },
      { kind: '外部監査', checked: false, certain: true },
    ]);
  });

  it('reads all 36 change rows with their dates and timings', () => {
    const d = (date: string, timing: string, n = 1) => Array.from({ length: n }, () => [date, timing]);
    expect(changeDates(s)).toEqual([
      ...d('2021-06-29', '事後'),
      ...d('2021-10-12', '事後', 27),
      ...d('2022-03-08', '事前', 2),
      ...d('2021-10-01', '事前'),
      ...d('2022-03-08', '事後', 2),
      ...d('2022-04-27', '事後', 3),
    ]);
    expect(s.changes[3]).toMatchObject({ section: 'Ⅰ-2', before: null, after: 'ワクチン接種記録システム(VRS)' });
    expect(s.changes[30]).toMatchObject({ section: 'Ⅰ-6', before: '福祉保健部新型コロナウイルス感染症対策担当課長', after: '福祉保健部健康課長', timing: '事前' });
  });

  it('reports what the text lacks', () => {
    expect(s.report.partsAbsent).toEqual([]);
    expect(s.report.gaps.map((g) => g.reason)).toEqual([
      { code: 'statedCountDiffers', params: { item: '委託事項', stated: 5, read: 3 } },
      { code: 'numbersMissing', params: { missing: ['システム1', 'システム2', 'システム3'] } },
    ]);
    expect(s.report.doubts).toEqual([]);
    expect(s.report.counts).toEqual({ systems: 1, files: 1, contracts: 3, provisions: 2, ratings: 13, audits: 3, procedures: 1, changes: 36 });
  });
});
