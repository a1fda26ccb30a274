import { beforeAll, describe, expect, it } from 'vitest';
import { changeDates, SEED, summarize } from '../../helpers/ingest-summary';

/** 004: 北九州市, PDF text extraction with its reading order scrambled. */
describe('北九州市 (PDF text, scrambled)', () => {
  let s: ReturnType<typeof summarize>;
  beforeAll(() => {
    s = summarize(SEED('004_63d90351889fe90b.txt'));
  });

  it('reads the cover', () => {
    expect(s.header).toMatchObject({
      number: '42',
      title: '新型インフルエンザ等対策特別措置法による予防接種に関する事務 重点項目評価書',
      kind: '重点項目評価書',
      agency: '北九州市長',
      publishedOn: '2021-10-04',
      affairName: '予防接種に関する事務',
      targetBandText: '10万人以上30万人未満',
      targetMin: 100_000,
      targetMax: 299_999,
      department: '保健福祉局新型コロナウイルス感染症医療政策部感染症医療政策課',
    });
    expect(s.body).toMatchObject({ source: 'agency', certain: true, body: expect.objectContaining({ code: '401005' }) });
  });

  it('reads each system and, where a page\'s grids are whole, its connections', () => {
    expect(s.systems.map((x) => [x.no, x.name, x.canonical])).toEqual([
      [1, '予防接種台帳システム', '予防接種台帳システム'],
      [2, '中間サーバー', '中間サーバー'],
      [3, '団体内統合宛名システム', '団体内統合宛名システム'],
      [4, '宛名管理システム', '宛名管理システム'],
    ]);
    // system 1 as the change table's 変更後 also says: 庁内連携システム、宛名システム等
    expect(s.systems[0]).toMatchObject({ connIntraLinkage: true, connAtena: true, connExistingJuki: false, connInfoNetwork: false, connOther: false, connectionsCertain: true });
    expect(s.systems[1]).toMatchObject({ connInfoNetwork: true, connOther: false, connectionsCertain: true });
    expect(s.systems[2]).toMatchObject({ connOther: true, connOtherText: '中間サーバー', connectionsCertain: true });
    expect(s.systems[3]).toMatchObject({ connOther: true, connOtherText: '既存業務システム', connectionsCertain: true });
  });

  it('reads the four contracts; the three sharing a page are placed by their printed runs and stay uncertain', () => {
    // 「委託事項1」 then 「①委託内容 システム基盤…」 ties item 1; 「委託事項2～5」 then 「③委託先名 日本コンピューター…」
    // leans that run to item 2; the third run is item 3's, as the change table's 「委託事項３ … 宛名管理システム運用保守業務」 also says
    expect(s.contracts.map(({ no, numberCertain, title, contractors, contractorRaw, handlers, subcontract }) => ({ no, numberCertain, title, contractors, contractorRaw, handlers, subcontract }))).toEqual([
      { no: 1, numberCertain: true, title: 'システム基盤(オペレーション業務等)', contractors: ['日立・NTTデータ企業連合'], contractorRaw: '日立・NTTデータ企業連合', handlers: '10人未満', subcontract: true },
      { no: 2, numberCertain: true, title: '予防接種台帳システム運用保守業務', contractors: ['日本コンピューター株式会社'], contractorRaw: '日本コンピューター株式会社', handlers: '10人以上50人未満', subcontract: false },
      { no: 3, numberCertain: true, title: '宛名管理システム運用保守業務', contractors: ['株式会社RKKCS'], contractorRaw: '株式会社RKKCS', handlers: '10人以上50人未満', subcontract: false },
      { no: 4, numberCertain: true, title: '団体内宛名統合システム運用保守業務', contractors: ['富士通Japan株式会社'], contractorRaw: '富士通Japan株式会社北九州支店', handlers: '10人未満', subcontract: true },
    ]);
    expect(s.contracts.slice(0, 3).every((c) => !c.certain)).toBe(true);
    const fourth = s.doc.facts.contracts[3]!;
    expect([fourth.contractor?.certain, fourth.handlersBand?.certain, fourth.subcontract?.certain]).toEqual([undefined, undefined, undefined]);
    expect(s.report.gaps).toEqual([]);
  });

  it('skips the stage whose 「提供・移転しない」 box is ticked, and reads the other answers for certain', () => {
    expect(s.ratings.map((r) => [r.stage, r.question, r.answer])).toEqual([
      ['入手', 'リスクへの対策は十分か', '十分である'],
      ['使用', 'リスクへの対策は十分か', '十分である'],
      ['使用', 'リスクへの対策は十分か', '十分である'],
      ['使用', 'ユーザ認証の管理', '行っている'],
      ['委託', 'リスクへの対策は十分か', '十分である'],
      ['委託', '委託契約書中の特定個人情報ファイルの取扱いに関する規定', '定めている'],
      ['委託', '再委託先による特定個人情報ファイルの適切な取扱いの担保', '十分に行っている'],
      ['情報提供ネットワークシステムとの接続', 'リスクへの対策は十分か', '十分である'],
      ['情報提供ネットワークシステムとの接続', 'リスクへの対策は十分か', '十分である'],
      ['保管・消去', '過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか', '発生なし'],
      ['保管・消去', '事故発生時手順の策定・周知', '十分に行っている'],
      ['保管・消去', 'リスクへの対策は十分か', '十分である'],
      ['教育・啓発', '従業者に対する教育・啓発', '十分に行っている'],
    ]);
    expect(s.ratings.every((r) => r.certain)).toBe(true);
  });

  it('reads the column-by-column change table: 11 rows, one date and one timing, so every row is certain', () => {
    expect(changeDates(s)).toEqual(Array.from({ length: 11 }, () => ['2021-09-15', '事後']));
    expect(s.changes.every((c) => c.dateCertain && c.timingCertain)).toBe(true);
    expect(s.changes.map((c) => c.section)).toEqual(['Ⅳ-2', 'Ⅱ-5', 'Ⅱ-4', 'Ⅰ-2', 'Ⅴ-1', 'Ⅰ-4', 'Ⅰ-2', 'Ⅰ-5', 'Ⅱ-4', 'Ⅲ-6', 'Ⅱ-5']);
  });
});
