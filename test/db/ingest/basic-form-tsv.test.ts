import { describe, expect, it } from 'vitest';
import { read, SUFFICIENT, RISK, SUBCONTRACT, EDUCATION, NETWORK, PRIORITY, ALL_PARTS } from '../../helpers/basic-form-reading';

/**
 * The synthetic 基礎項目評価書 of test/fixtures/basic-form as tab-separated exports (three bodies, the
 * 平成26年4月 and a 令和 version of 様式2). Every expected value is written from the fixture's text.
 */
describe('栃木県 特定医療費 (tab-separated, 平成26年4月 様式2)', () => {
  const s = read('tochigi-intractable.tsv.txt');

  it('reads the cover, the version from the line above the title, and Ⅰ', () => {
    expect(s.doc.layout).toBe('tsv-html');
    expect(s.body.body).toMatchObject({ code: '090000', name: '栃木県' });
    expect(s.header).toEqual({
      number: '8',
      title: '特定医療費(指定難病)の支給に関する事務 基礎項目評価書',
      kind: '基礎項目評価書',
      agency: '栃木県知事',
      publishedOn: '2015-02-16',
      approvedOn: null,
      formVersion: '平成26年4月 様式2',
      draft: false,
      affairName: '特定医療費(指定難病)の支給に関する事務',
      affairContent: '難病の患者に対する医療等に関する法律に基づき、特定医療費の支給認定の申請の受理、審査及び決定、医療受給者証の交付並びに特定医療費の支給を行う。',
      targetBandText: '1万人以上10万人未満',
      targetMin: 10000,
      targetMax: 99999,
      networkLinkage: '実施する',
      department: '保健福祉部健康増進課',
      departmentHead: '健康増進課長',
    });
    expect(s.systemNames).toEqual([
      [1, '難病医療費助成システム', 'read'],
      [2, '団体内統合宛名システム', 'read'],
      [3, '中間サーバー', 'read'],
    ]);
    expect(s.fileNames).toEqual([[1, '特定医療費支給認定ファイル', 'read']]);
    // the 平成26年4月 version prints 開示請求 and 問合せ as Ⅰ-7 and Ⅰ-8
    expect(s.report.partsPresent).toEqual(ALL_PARTS);
    expect(s.report.partsAbsent).toEqual([]);
  });

  it('reads Ⅱ and Ⅲ with each count date under its item; its version has no priority item', () => {
    expect(s.threshold).toMatchObject({
      peopleBandText: '1万人以上10万人未満',
      peopleCountedOn: '2014-10-01',
      handlers: '500人未満',
      handlers500OrMore: false,
      handlersCountedOn: '2014-10-01',
      incident: '発生なし',
      incidentOccurred: false,
      result: '基礎項目評価の実施が義務付けられる',
      formsSubmitted: '基礎項目評価書',
      priorityMeasure: null,
      priorityReason: null,
      certain: true,
    });
    const absent = { state: 'absent', part: PRIORITY };
    expect(s.threshold.states).toEqual({ priority_measure: absent, priority_reason: absent });
  });

  it('reads Ⅳ: 委託しない takes item 4 out; no 人手 item in this version', () => {
    expect(s.ratings).toEqual([
      ['入手', RISK.purpose, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.linking, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.unauthorized, SUFFICIENT, '十分である', 'read'],
      ['提供・移転', RISK.provision, SUFFICIENT, '十分である', 'read'],
      [NETWORK, RISK.purpose, SUFFICIENT, '特に力を入れている', 'read'],
      [NETWORK, RISK.networkProvision, SUFFICIENT, '十分である', 'read'],
      ['保管・消去', RISK.leak, SUFFICIENT, '十分である', 'read'],
      ['教育・啓発', null, EDUCATION, '特に力を入れて行っている', 'read'],
    ]);
    expect(s.measures).toEqual([]);
    expect(s.audits).toEqual([
      { kind: '自己点検', checked: true, certain: true },
      { kind: '内部監査', checked: false, certain: true },
      { kind: '外部監査', checked: false, certain: true },
    ]);
  });

  it('reads the change table', () => {
    expect(s.changes.map((c) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation])).toEqual([
      ['2020-04-01', 'I 関連情報 5. 評価実施機関における担当部署 ①部署', '保健福祉部健康増進課', '保健福祉部感染症対策課', '事後', '組織改正に伴う変更'],
      ['2023-04-01', 'II しきい値判断項目 1. 対象人数 いつ時点の計数か', '平成26年10月1日 時点', '令和5年4月1日 時点', '事後', '計数の時点の更新'],
    ]);
    expect(s.report.doubts).toEqual([]);
  });
});

describe('品川区 児童手当 (tab-separated, 令和6年10月 様式2, a 重点項目評価 due)', () => {
  const s = read('shinagawa-child-allowance.tsv.txt');

  it('reads the cover and Ⅰ with two files in one cell', () => {
    expect(s.body.body).toMatchObject({ code: '131091', name: '品川区' });
    expect(s.header).toMatchObject({
      number: '4',
      title: '児童手当の支給に関する事務 基礎項目評価書',
      agency: '東京都品川区長',
      publishedOn: '2025-03-03',
      formVersion: '令和6年10月 様式2',
      affairName: '児童手当の支給に関する事務',
      affairContent: '児童手当法に基づき、児童手当の認定請求の受付、受給資格の認定、手当の支給及び現況の確認を行う。',
      targetBandText: '1万人以上10万人未満',
      networkLinkage: '実施する',
      department: '子ども未来部子育て応援課',
      departmentHead: '子育て応援課長',
    });
    expect(s.systemNames.map((x) => x[1])).toEqual(['子ども手当システム', '団体内統合宛名システム', '中間サーバー', '子ども・子育て支援システム']);
    expect(s.fileNames).toEqual([
      [1, '児童手当受給者ファイル', 'read'],
      [2, '児童手当口座情報ファイル', 'read'],
    ]);
    expect(s.report.partsAbsent).toEqual(['別添:変更箇所']);
  });

  it('reads 500人以上 and the result that calls for a 重点項目評価', () => {
    expect(s.threshold).toMatchObject({
      peopleBandText: '1万人以上10万人未満',
      peopleCountedOn: '2024-04-01',
      handlers: '500人以上',
      handlers500OrMore: true,
      handlersCountedOn: '2024-09-01',
      incident: '発生なし',
      incidentOccurred: false,
      result: '基礎項目評価及び重点項目評価の実施が義務付けられる',
      formsSubmitted: '基礎項目評価書及び重点項目評価書',
      priorityMeasure: null,
      priorityReason: null,
      certain: true,
    });
    // 「全項目評価又は重点項目評価を実施する」 ticked: the priority left empty, its reason 「-」
    expect(s.threshold.states).toEqual({ priority_measure: { state: 'blank', mark: '' }, priority_reason: { state: 'blank', mark: '-' } });
  });

  it('keeps Ⅳ’s empty answers as written empty, not as unread', () => {
    const blank = (stage: string, risk: string | null, question: string) => [stage, risk, question, null, 'blank'];
    expect(s.ratings).toEqual([
      blank('入手', RISK.purpose, SUFFICIENT),
      blank('使用', RISK.linking, SUFFICIENT),
      blank('使用', RISK.unauthorized, SUFFICIENT),
      blank('委託', RISK.contractor, SUFFICIENT),
      blank('委託', null, SUBCONTRACT),
      blank('提供・移転', RISK.provision, SUFFICIENT),
      blank(NETWORK, RISK.purpose, SUFFICIENT),
      blank(NETWORK, RISK.networkProvision, SUFFICIENT),
      blank('保管・消去', RISK.leak, SUFFICIENT),
      blank('人手を介在させる作業', RISK.human, SUFFICIENT),
      blank('教育・啓発', null, EDUCATION),
    ]);
    expect(s.measures).toEqual([['人手を介在させる作業', null, 'blank']]);
    expect(s.audits.map((a) => a.checked)).toEqual([false, false, false]);
    expect(s.report.doubts).toEqual([]);
  });
});

describe('栄村 住民基本台帳 (tab-separated, 令和6年10月 様式2, an incident)', () => {
  const s = read('sakae-residents.tsv.txt');

  it('reads the village and Ⅰ, a system name whose comma is inside its bracket', () => {
    expect(s.body.body).toMatchObject({ code: '206024', name: '栄村', prefecture: '長野県' });
    expect(s.header).toMatchObject({
      number: '1',
      title: '住民基本台帳に関する事務 基礎項目評価書',
      agency: '長野県 栄村長',
      publishedOn: '2025-01-15',
      formVersion: '令和6年10月 様式2',
      affairName: '住民基本台帳に関する事務',
      targetBandText: '1,000人以上1万人未満',
      targetMin: 1000,
      targetMax: 9999,
      networkLinkage: '実施しない',
      department: '住民福祉課',
      departmentHead: '住民福祉課長',
    });
    expect(s.systemNames).toEqual([
      [1, '住民記録システム', 'read'],
      [2, '住民基本台帳ネットワークシステム(市町村CS、都道府県サーバ)', 'read'],
    ]);
    expect(s.fileNames).toEqual([[1, '住民基本台帳ファイル', 'read']]);
  });

  it('reads 発生あり and the priority with its option number dropped', () => {
    expect(s.threshold).toMatchObject({
      peopleBandText: '1,000人以上1万人未満',
      peopleCountedOn: '2024-11-01',
      handlers: '500人未満',
      handlersCountedOn: '2024-11-01',
      incident: '発生あり',
      incidentOccurred: true,
      result: '基礎項目評価の実施が義務付けられる',
      formsSubmitted: '基礎項目評価書',
      priorityMeasure: '特定個人情報の漏えい・滅失・毀損リスクへの対策',
      priorityReason: '令和6年に住民票の写しの誤交付が発生したため、交付時の確認手順を見直している。',
      certain: true,
    });
    expect(s.threshold.states).toEqual({});
  });

  it('reads Ⅳ: 接続しない(提供) takes out only the network’s provision question', () => {
    expect(s.ratings).toEqual([
      ['入手', RISK.purpose, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.linking, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.unauthorized, SUFFICIENT, '十分である', 'read'],
      ['委託', RISK.contractor, SUFFICIENT, '十分である', 'read'],
      ['委託', null, SUBCONTRACT, '再委託していない', 'read'],
      ['提供・移転', RISK.provision, SUFFICIENT, '十分である', 'read'],
      [NETWORK, RISK.purpose, SUFFICIENT, '十分である', 'read'],
      ['保管・消去', RISK.leak, SUFFICIENT, '課題が残されている', 'read'],
      ['人手を介在させる作業', RISK.human, SUFFICIENT, '課題が残されている', 'read'],
      ['教育・啓発', null, EDUCATION, '十分に行っていない', 'read'],
      [PRIORITY, null, '当該対策は十分か【再掲】', '課題が残されている', 'read'],
    ]);
    // 再委託していない is a fact, not a grade
    expect(s.doc.rows.ratings.map((r) => r.score)).toEqual([2, 2, 2, 2, null, 2, 2, 1, 1, 1, 1]);
    expect(s.measures).toEqual([
      ['人手を介在させる作業', '転入届の個人番号を手入力しており、複数人による確認の体制が整っていない。', 'read'],
      [PRIORITY, '令和6年に住民票の写しの誤交付が発生したため、交付時の確認手順を見直している。', 'read'],
    ]);
    expect(s.audits.map((a) => [a.kind, a.checked])).toEqual([
      ['自己点検', true],
      ['内部監査', false],
      ['外部監査', false],
    ]);
  });

  it('reads the change table, an empty 提出時期に係る説明 included', () => {
    expect(s.changes.map((c) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation])).toEqual([['2025-01-15', 'II しきい値判断項目 3. 重大事故', '発生なし', '発生あり', '事前', null]]);
    expect(s.report.partsAbsent).toEqual([]);
    expect(s.report.doubts).toEqual([]);
  });
});

