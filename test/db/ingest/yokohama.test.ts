import { beforeAll, describe, expect, it } from 'vitest';
import { changeDates, SEED, summarize } from '../../helpers/ingest-summary';

/** 002: 横浜市, a full assessment (全項目評価書) of two files, PDF text partly scrambled. */
describe('横浜市 (full form, two files, PDF text)', () => {
  let s: ReturnType<typeof summarize>;
  beforeAll(() => {
    s = summarize(SEED('002_395353e375fa5b93.txt'));
  });

  it('reads the cover: the lone date is 公表日, since 承認日 is for national bodies only', () => {
    expect(s.header).toMatchObject({
      number: '38',
      title: '予防接種法による予防接種の実施に関する事務 全項目評価書',
      kind: '全項目評価書',
      agency: '横浜市長',
      publishedOn: '2023-08-04',
      approvedOn: null,
      formVersion: '平成30年5月 様式4',
      affairName: '予防接種法による予防接種の実施に関する事務',
      targetBandText: '30万人以上',
      targetMin: 300_000,
      targetMax: null,
      networkLinkage: '実施する',
      department: '医療局健康安全部健康安全課',
    });
    expect(s.body.body).toMatchObject({ code: '141003', name: '横浜市' });
  });

  it('names its eight systems; the empty slots 9 and 10 are not systems', () => {
    expect(s.systems.map((x) => x.name)).toEqual([
      '予防接種台帳システム',
      '統合番号連携システム',
      '中間サーバー',
      '住民基本台帳ネットワークシステム',
      '福祉保健システム',
      '情報共有基盤システム',
      'ワクチン接種記録システム(VRS)',
      'ワクチン接種記録システム(VRS)',
    ]);
    // no tick anywhere on its page: every box empty, however the lines group
    expect(s.systems[7]).toMatchObject({ connInfoNetwork: false, connOther: false, connectionsCertain: true });
    expect(s.systems[5]).toMatchObject({ connExistingJuki: true, connAtena: true, connTax: true, connOther: true, connOtherText: '基盤関連システム', connectionsCertain: true });
    // a tick printed alone on the page: the boxes whose bracket opens at a line's end stay unknown
    expect(s.systems[0]).toMatchObject({ connIntraLinkage: null, connTax: null, connectionsCertain: false });
    // reported as the page prints the boxes, never as data
    const doubt = s.report.doubts.find((d) => d.item === 'システム1' && d.field === 'connections');
    expect(doubt?.value).toBe(
      '情報提供ネットワークシステム [ ]、庁内連携システム [?]、住民基本台帳ネットワークシステム [ ]、既存住民基本台帳システム [ ]、宛名システム等 [ ]、税務システム [?]、その他 [ ]',
    );
  });

  it('reads both files, a file kind printed apart from its label included', () => {
    expect(s.doc.facts.files.map((f) => f.fileKind?.value)).toEqual(['システム用ファイル', 'システム用ファイル']);
    expect(s.files).toEqual([
      { no: 1, name: '予防接種対象者関係情報ファイル', peopleBand: '100万人以上1,000万人未満', itemsBand: '10項目以上50項目未満' },
      { no: 2, name: '統合番号連携ファイル', peopleBand: '100万人以上1,000万人未満', itemsBand: '10項目未満' },
    ]);
  });

  it('reads the contractors of both files, with an undecided one', () => {
    const names = s.contracts.flatMap((c) => c.contractors);
    expect(names).toEqual(
      expect.arrayContaining(['日本コンピューター株式会社', '日本通信紙株式会社', 'トッパン・フォームズ株式会社', '株式会社ミラボ', '株式会社横浜電算', '株式会社システム情報センター', '日本ソフトウェアマネジメント株式会社', '株式会社SH-Net']),
    );
    // file 2 states (3) 件: slots 4 and 5 are printed empty, so the 未定 beside them is item 3's
    expect(s.doc.facts.contracts.filter((c) => c.contractor?.value === '未定').map((c) => [c.fileNo, c.no])).toEqual([[2, 3]]);
    // the empty slot 5 of file 1 (which states (4) 件) is no item
    expect(s.doc.facts.contracts.map((c) => [c.fileNo, c.no])).toEqual([[1, 1], [1, 2], [1, 3], [1, 4], [2, 1], [2, 2], [2, 3]]);
    // item 1 of file 1 is the only item with rows on its page
    expect(s.contracts[0]).toMatchObject({ no: 1, fileNo: 1, numberCertain: true, title: '予防接種台帳システムの運用・保守', contractors: ['日本コンピューター株式会社'], handlers: '10人以上50人未満', subcontract: true, certain: true });
  });

  it('reads a serious incident (発生あり) for both files', () => {
    const incidents = s.ratings.filter((r) => r.question.startsWith('過去3年以内'));
    expect(incidents.map((r) => r.answer)).toEqual(['発生あり', '発生あり']);
  });

  it('reads the graded answers of both files\' Ⅲ and of Ⅳ', () => {
    expect(s.ratings).toHaveLength(87);
    expect(s.doc.facts.ratings.filter((r) => r.fileNo === 1)).toHaveLength(40);
    // the full form grades its audits in Ⅳ instead of ticking boxes
    expect(s.doc.facts.ratings.filter((r) => r.section === 'Ⅳ').map((r) => [r.stage, r.question, r.answer?.value])).toEqual([
      ['監査', '監査', '十分に行っている'],
      ['教育・啓発', '従業者に対する教育・啓発', '十分に行っている'],
      ['監査', '自己点検', '十分に行っている'],
    ]);
    expect(s.ratings.filter((r) => r.question === '消去手順').map((r) => [r.risk, r.answer])).toEqual([
      ['特定個人情報が消去されずいつまでも存在するリスク', '定めている'],
      ['特定個人情報が消去されずいつまでも存在するリスク', '定めている'],
    ]);
    // a question's risk is the form's, never the risk printed nearest to it
    expect(s.ratings.filter((r) => r.question === '特定個人情報の使用の記録').map((r) => r.risk)).toEqual([null, '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク']);
    expect(s.ratings.filter((r) => r.stage === '委託' && r.question === 'リスクへの対策は十分か').map((r) => r.risk)).toEqual([null, null]);
    expect(s.ratings.filter((r) => r.question === '特定個人情報ファイルの閲覧者・更新者の制限').map((r) => r.answer)).toEqual(['制限している', '制限している']);
    expect(s.ratings.filter((r) => r.answer === '十分である')).toHaveLength(38);
    // options glued together (「2） 十分に周知している1） 特に力を入れて周知している」) are no answer
    expect(s.ratings.filter((r) => r.answer?.startsWith('特に力を入れて'))).toEqual([]);
    expect(s.ratings.filter((r) => r.answer === '十分に行っている')).toHaveLength(13);
  });

  it('reads the procedures; the third-party review\'s date is the one date its section has left', () => {
    expect(s.doc.facts.procedures.map((p) => [p.kind, p.date?.value])).toEqual([
      ['third_party_review', '令和5年5月31日'],
      ['public_comment', '令和5年4月10日から令和5年5月10日まで'],
      ['basic_assessment', '令和5年8月4日'],
    ]);
  });

  it('reads the change table row by row; the row without a date takes the date left without a row (all rows alike)', () => {
    expect(changeDates(s)).toEqual([
      ['2024-04-30', '事後'],
      ['2021-06-15', '事後'],
      ['2022-06-28', '事後'],
      ['2019-11-26', '事後'], // printed fourth (line 4929), without a date
      ['2023-08-04', '事後'],
      ['2019-01-28', '事後'],
      ['2019-05-24', '事後'],
    ]);
    // every row says 「（別紙）…のとおり」 before, after and as item: which takes the lone date changes nothing
    expect(s.changes.every((c) => c.dateCertain)).toBe(true);
    expect(s.changes[0]).toMatchObject({ item: '「(別紙)全項目評価書の変更箇所」のとおり', before: '「(別紙)全項目評価書の変更箇所」のとおり', after: '「(別紙)全項目評価書の変更箇所」のとおり', section: null });
  });
});
