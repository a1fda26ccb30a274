import { beforeAll, describe, expect, it } from 'vitest';
import { SEED, summarize } from '../../helpers/ingest-summary';

/** 000: 防府市, PDF text extraction with its reading order scrambled. */
describe('防府市 (PDF text, scrambled)', () => {
  let s: ReturnType<typeof summarize>;
  beforeAll(() => {
    s = summarize(SEED('000_6b35c62c03d5d5e8.txt'));
  });

  it('reads the cover: the number and the title came out as one box', () => {
    expect(s.doc.layout).toBe('pdf-text');
    expect(s.header).toMatchObject({
      number: '31',
      title: '新型コロナウイルス感染症対策に係る予防接種に関する事務 重点項目評価書',
      kind: '重点項目評価書',
      agency: null, // the text has no 評価実施機関名 and no 公表日
      publishedOn: null,
      affairName: '新型コロナウイルス感染症対策に係る予防接種に関する事務',
      targetBandText: '10万人以上30万人未満',
      networkLinkage: '実施する',
      department: '保健こども部健康増進課',
      departmentHead: '健康増進課長',
    });
    expect(s.body).toMatchObject({ source: 'declaration', certain: true, body: expect.objectContaining({ code: '352063', name: '防府市' }) });
  });

  it('names every system; interleaved connection grids stay uncertain unless the change table decides them', () => {
    expect(s.systems.map((x) => [x.no, x.name, x.canonical, x.nameCertain])).toEqual([
      [1, 'ワクチン接種記録システム(VRS)', 'ワクチン接種記録システム(VRS)', true],
      [2, '健康管理システム', '健康管理システム', true],
      [3, '団体内統合宛名システム', '団体内統合宛名システム', true],
      [4, '中間サーバー', '中間サーバー', true],
      [5, '健康管理システム(標準化対応版)', '健康管理システム(標準化対応版)', true],
    ]);
    expect(s.systems.slice(0, 4).every((x) => !x.connectionsCertain)).toBe(true);
    // the only change row for 「システム5 ③他のシステムとの接続」 prints the list after the change
    expect(s.systems[4]).toMatchObject({
      connectionsCertain: true,
      connInfoNetwork: false,
      connExistingJuki: true,
      connAtena: true,
      connOther: true,
      connOtherText: 'ワクチン接種記録システムVRS',
    });
  });

  it('reads the file overview, the two bands told apart by their unit', () => {
    expect(s.files).toEqual([{ no: 1, name: '新型コロナウイルス感染症対策に係る予防接種情報ファイル', peopleBand: '10万人以上100万人未満', itemsBand: '10項目以上50項目未満' }]);
  });

  it('reads the two contracts of one page; the bare bands and contractors it prints twice stay uncertain', () => {
    expect(s.contracts.map(({ no, numberCertain, title, contractors, handlers, subcontract, certain }) => ({ no, numberCertain, title, contractors, handlers, subcontract, certain }))).toEqual([
      {
        no: 1,
        numberCertain: true, // 「委託事項1」 then 「①委託内容 新型コロナ…」, as the change table also says
        title: '新型コロナウイルス感染症対策に係る予防接種事務に関するワクチン接種記録システム(VRS)を用いた特定個人情報ファイルの管理等',
        contractors: ['株式会社ミラボ'],
        handlers: '10人未満',
        subcontract: false,
        certain: false,
      },
      { no: 2, numberCertain: true, title: '健康管理システムの運用保守', contractors: ['株式会社サンネット'], handlers: '10人以上50人未満', subcontract: true, certain: false },
    ]);
  });

  it('reads all fifteen graded answers with their stage and risk, for certain', () => {
    expect(s.ratings.map((r) => [r.stage, r.question, r.answer])).toEqual([
      ['入手', 'リスクへの対策は十分か', '十分である'],
      ['使用', 'リスクへの対策は十分か', '十分である'],
      ['使用', 'リスクへの対策は十分か', '十分である'],
      ['使用', 'ユーザ認証の管理', '行っている'],
      ['委託', 'リスクへの対策は十分か', '十分である'],
      ['委託', '委託契約書中の特定個人情報ファイルの取扱いに関する規定', '定めている'],
      ['委託', '再委託先による特定個人情報ファイルの適切な取扱いの担保', '十分に行っている'],
      ['提供・移転', '特定個人情報の提供・移転に関するルール', '定めている'],
      ['提供・移転', 'リスクへの対策は十分か', '十分である'],
      ['情報提供ネットワークシステムとの接続', 'リスクへの対策は十分か', '十分である'],
      ['情報提供ネットワークシステムとの接続', 'リスクへの対策は十分か', '十分である'],
      ['保管・消去', '過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか', '発生なし'],
      ['保管・消去', '事故発生時手順の策定・周知', '十分に行っている'],
      ['保管・消去', 'リスクへの対策は十分か', '十分である'],
      ['教育・啓発', '従業者に対する教育・啓発', '十分に行っている'],
    ]);
    expect(s.ratings.map((r) => r.risk).slice(0, 3)).toEqual([
      '目的外の入手が行われるリスク',
      '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
      '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク',
    ]);
    expect(s.ratings.every((r) => r.certain)).toBe(true);
  });

  it('keeps the audit boxes unknown: their brackets are printed apart from the labels', () => {
    expect(s.audits).toEqual([
      { kind: '自己点検', checked: null, certain: false },
      { kind: '内部監査', checked: null, certain: false },
      { kind: '外部監査', checked: null, certain: false },
    ]);
  });

  it('reads 51 change rows; a page with one date for all rows is certain, mixed pages pair by order', () => {
    expect(s.changes).toHaveLength(51);
    const byDate: Record<string, number> = {};
    for (const c of s.changes) byDate[c.changedOn ?? 'none'] = (byDate[c.changedOn ?? 'none'] ?? 0) + 1;
    expect(byDate).toEqual({ '2022-07-07': 12, '2023-10-11': 3, '2024-09-30': 11, '2024-09-06': 25 }); // as many as the text prints
    expect(s.changes.filter((c) => c.timing === '事前')).toHaveLength(21);
    expect(s.changes.filter((c) => c.timing === '事後')).toHaveLength(30);
    // the first page prints one date for all its rows: dates certain; a timing printed after its
    // row's item and texts is that row's, the three printed apart stay uncertain
    expect(s.changes.slice(0, 9).every((c) => c.changedOn === '2022-07-07' && c.dateCertain)).toBe(true);
    expect(s.changes.slice(0, 9).map((c) => (c.timingCertain ? c.timing : '?'))).toEqual(['事前', '事前', '事前', '?', '事前', '事後', '?', '事前', '?']);
    // on the pages with several dates in a run the dates go by order; each row's timing follows
    // its texts but for the row whose texts came out apart from its item (page two's last)
    expect(s.changes.slice(9, 37).every((c) => !c.dateCertain)).toBe(true);
    expect(s.changes.slice(9, 37).map((c, i) => (c.timingCertain ? null : i + 9)).filter((i) => i !== null)).toEqual([15]);
    // the last page: one date and one timing for all 14 rows
    expect(s.changes.slice(37).every((c) => c.changedOn === '2024-09-06' && c.timing === '事後' && c.dateCertain && c.timingCertain)).toBe(true);
    // every row's 変更前 and 変更後 (hofu-changes.test.ts holds them all)
    expect(s.changes.every((c) => (c.before !== null || c.states.before?.state === 'blank') && c.after !== null)).toBe(true);
    // the item as printed (the document numbers リスク対策 Ⅳ here)
    expect(s.changes[10]).toMatchObject({ section: 'Ⅳ-8', item: 'IVリスク対策8 監査実施の有無' });
  });

  it('procedures: the basic assessment date beside its heading', () => {
    expect(s.doc.facts.procedures.map((p) => [p.kind, p.date?.value])).toEqual([['basic_assessment', '令和6年9月6日']]);
  });
});
