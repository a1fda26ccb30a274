import { describe, expect, it } from 'vitest';
import { read, SUFFICIENT, RISK, SUBCONTRACT, EDUCATION, NETWORK, PRIORITY, ALL_PARTS, BASIC_SYSTEM_STATES, BASIC_FILE_STATES } from '../../helpers/basic-form-reading';

/**
 * The synthetic 基礎項目評価書 of test/fixtures/basic-form in the PDF text extraction (three bodies, the
 * 平成26年4月 and a 令和 version of 様式2). Every expected value is written from the fixture's text.
 */
describe('栃木県 県営住宅 (PDF text, 令和6年10月 様式2)', () => {
  const s = read('tochigi-housing.pdf.txt');

  it('reads the cover, the version and the body', () => {
    expect(s.doc.layout).toBe('pdf-text');
    expect(s.body.body).toMatchObject({ code: '090000', name: '栃木県', kind: 'prefecture' });
    expect(s.header).toEqual({
      number: '12',
      title: '県営住宅の管理に関する事務 基礎項目評価書',
      kind: '基礎項目評価書',
      agency: '栃木県知事',
      publishedOn: '2024-12-02',
      approvedOn: null,
      formVersion: '令和6年10月 様式2',
      draft: false,
      affairName: '県営住宅の管理に関する事務',
      affairContent: '公営住宅法及び栃木県営住宅条例に基づき、県営住宅の入居者の募集、入居者の決定、\n家賃の決定及び収納、収入の申告の審査等を行う。',
      targetBandText: '1万人以上10万人未満',
      targetMin: 10000,
      targetMax: 99999,
      networkLinkage: '実施する',
      department: '県土整備部住宅課',
      departmentHead: '住宅課長',
    });
    // ②事務の概要 is the box after its label, not beside it
    expect(s.doc.rows.assessment.states.affair_content).toEqual({ state: 'uncertain', reason: { code: 'nextBox', params: { label: '②事務の概要' } } });
    expect(s.report.partsPresent).toEqual(ALL_PARTS.filter((p) => p !== '別添:変更箇所'));
    expect(s.report.partsAbsent).toEqual(['別添:変更箇所']);
  });

  it('reads Ⅰ: the systems one per numbered line, the file from the box after its heading', () => {
    expect(s.systemNames).toEqual([
      [1, '県営住宅管理システム', 'read'],
      [2, '団体内統合宛名システム', 'read'],
      [3, '中間サーバー', 'read'],
    ]);
    expect(s.doc.rows.systems[0]!.states).toMatchObject(BASIC_SYSTEM_STATES);
    expect(s.fileNames).toEqual([[1, '県営住宅管理ファイル', 'uncertain']]);
    expect(s.doc.rows.files[0]!.states).toMatchObject(BASIC_FILE_STATES);
  });

  it('reads Ⅱ and Ⅲ; two different count dates on one page are placed in the form’s order, not certain', () => {
    expect(s.threshold).toMatchObject({
      peopleBandText: '1万人以上10万人未満',
      peopleMin: 10000,
      peopleMax: 99999,
      peopleCountedOn: '2024-04-01',
      handlers: '500人未満',
      handlers500OrMore: false,
      handlersCountedOn: '2024-10-01',
      incident: '発生なし',
      incidentOccurred: false,
      result: '基礎項目評価の実施が義務付けられる',
      formsSubmitted: '基礎項目評価書',
      priorityMeasure: '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスクへの対策',
      priorityReason: '住宅管理システムの利用者をアクセス権限により限定し、操作ログを毎月点検している。',
      certain: false,
    });
    const byOrder = { state: 'uncertain', reason: { code: 'valuesByOrder', params: { values: 2, slots: 2 } } };
    expect(s.threshold.states).toEqual({
      people_counted_on: byOrder,
      handlers_counted_on: byOrder,
      priority_reason: { state: 'uncertain', reason: { code: 'nextBox', params: { label: '判断の根拠' } } },
    });
    expect(s.report.counts.thresholds).toBe(1);
  });

  it('reads Ⅳ: every graded question with its stage and risk; 提供・移転しない takes item 5 out', () => {
    expect(s.ratings).toEqual([
      ['入手', RISK.purpose, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.linking, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.unauthorized, SUFFICIENT, '特に力を入れている', 'read'],
      ['委託', RISK.contractor, SUFFICIENT, '十分である', 'read'],
      ['委託', null, SUBCONTRACT, '十分に行っている', 'read'],
      [NETWORK, RISK.purpose, SUFFICIENT, '十分である', 'read'],
      [NETWORK, RISK.networkProvision, SUFFICIENT, '十分である', 'read'],
      ['保管・消去', RISK.leak, SUFFICIENT, '課題が残されている', 'read'],
      ['人手を介在させる作業', RISK.human, SUFFICIENT, '十分である', 'read'],
      ['教育・啓発', null, EDUCATION, '十分に行っている', 'read'],
      [PRIORITY, null, '当該対策は十分か【再掲】', '十分である', 'read'],
    ]);
    expect(s.doc.rows.ratings.every((r) => r.section === 'Ⅳ')).toBe(true);
    expect(s.doc.rows.ratings.map((r) => r.score)).toEqual([2, 2, 3, 2, 2, 2, 2, 1, 2, 2, 2]);
    expect(s.doc.rows.ratings[4]!.options).toEqual(['特に力を入れて行っている', '十分に行っている', '十分に行っていない', '再委託していない']);
    expect(s.doc.rows.ratings[9]!.options).toEqual(['特に力を入れて行っている', '十分に行っている', '十分に行っていない']);
    expect(s.measures).toEqual([
      ['人手を介在させる作業', '入居者の個人番号を入力する際は、二人の職員で読み合わせを行い、\n入力誤りを防いでいる。', 'read'],
      [PRIORITY, '住宅管理システムの利用者をアクセス権限により限定し、操作ログを毎月点検している。', 'uncertain'],
    ]);
    expect(s.audits).toEqual([
      { kind: '自己点検', checked: true, certain: true },
      { kind: '内部監査', checked: true, certain: true },
      { kind: '外部監査', checked: false, certain: true },
    ]);
    expect(s.changes).toEqual([]);
  });

  it('lists what it doubts, each by the form’s words', () => {
    expect(s.report.doubts.map((d) => [d.item, d.field, d.reason.code])).toEqual([
      ['表紙', 'affair_content', 'nextBox'],
      ['特定個人情報ファイル1', 'name', 'nextBox'],
      [`${PRIORITY} 当該対策は十分か【再掲】`, 'measure', 'nextBox'],
      ['しきい値判断', 'people_counted_on', 'valuesByOrder'],
      ['しきい値判断', 'handlers_counted_on', 'valuesByOrder'],
      ['しきい値判断', 'priority_reason', 'nextBox'],
    ]);
  });
});

describe('品川区 障害児通所給付費 (PDF text, 平成26年4月 様式2, cover out of order)', () => {
  const s = read('shinagawa-disability.pdf.txt');

  it('reads the cover whose labels and values come out as runs, and Ⅰ', () => {
    expect(s.body.body).toMatchObject({ code: '131091', name: '品川区', prefecture: '東京都' });
    expect(s.header).toEqual({
      number: '23',
      title: '障害児通所給付費の支給に関する事務 基礎項目評価書',
      kind: '基礎項目評価書',
      agency: '品川区長',
      publishedOn: '2015-01-20',
      approvedOn: null,
      formVersion: '平成26年4月 様式2',
      draft: false,
      affairName: '障害児通所給付費の支給に関する事務',
      affairContent: '児童福祉法に基づき、障害児通所給付費の支給決定、受給者証の交付及び給付費の\n支払に関する事務を行う。',
      targetBandText: '1,000人以上1万人未満',
      targetMin: 1000,
      targetMax: 9999,
      networkLinkage: '未定',
      department: '福祉部障害者支援課',
      departmentHead: '障害者支援課長',
    });
    expect(s.doc.rows.assessment.states).toEqual({});
    // the systems come from the box after ③システムの名称, separated by 「、」
    expect(s.systemNames).toEqual([
      [1, '障害者福祉システム', 'uncertain'],
      [2, '団体内統合宛名システム', 'uncertain'],
    ]);
    expect(s.doc.rows.systems[0]!.states.name).toEqual({ state: 'uncertain', reason: { code: 'nextBox', params: { label: '③システムの名称' } } });
    expect(s.fileNames).toEqual([[1, '障害児通所給付ファイル', 'read']]);
    expect(s.report.partsPresent).toEqual(ALL_PARTS);
  });

  it('reads Ⅱ whose labels and answers come out as runs: equal count dates need no order', () => {
    expect(s.threshold).toMatchObject({
      peopleBandText: '1,000人以上1万人未満',
      peopleMin: 1000,
      peopleMax: 9999,
      peopleCountedOn: '2014-12-01',
      handlers: '500人未満',
      handlers500OrMore: false,
      handlersCountedOn: '2014-12-01',
      incident: '発生なし',
      incidentOccurred: false,
      result: '基礎項目評価の実施が義務付けられる',
      formsSubmitted: '基礎項目評価書',
      priorityMeasure: null,
      certain: true,
    });
    expect(Object.keys(s.threshold.states)).toEqual(['priority_measure', 'priority_reason']);
  });

  it('reads Ⅳ: three different answers on one page are placed in order and marked', () => {
    const byOrder = 'uncertain';
    expect(s.ratings).toEqual([
      ['入手', RISK.purpose, SUFFICIENT, '課題が残されている', 'read'],
      ['使用', RISK.linking, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.unauthorized, SUFFICIENT, '十分である', 'read'],
      ['提供・移転', RISK.provision, SUFFICIENT, '十分である', byOrder],
      [NETWORK, RISK.purpose, SUFFICIENT, '十分である', byOrder],
      [NETWORK, RISK.networkProvision, SUFFICIENT, '特に力を入れている', byOrder],
      ['保管・消去', RISK.leak, SUFFICIENT, '十分である', 'read'],
      ['教育・啓発', null, EDUCATION, '十分に行っている', 'read'],
    ]);
    expect(s.doc.rows.ratings[3]!.states.answer).toEqual({ state: 'uncertain', reason: { code: 'answersByOrder', params: { answers: ['十分である', '特に力を入れている'], questions: 3 } } });
    expect(s.audits).toEqual([
      { kind: '自己点検', checked: true, certain: true },
      { kind: '内部監査', checked: false, certain: true },
      { kind: '外部監査', checked: true, certain: true },
    ]);
  });

  it('reads the change table: each row whole, its 提出時期に係る説明 the box after its timing', () => {
    // two rows printed row by row: date, item, 「変更前 変更後 事後」, then the explanation's box
    expect(s.changes.map((c) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation])).toEqual([
      ['2016-04-01', 'I関連情報5.評価実施機関における担当部署①部署', '福祉部障害福祉課', '福祉部障害者支援課', '事後', '組織改正'],
      ['2021-04-01', 'I関連情報5.評価実施機関における担当部署②所属長', '障害福祉課長', '障害者支援課長', '事後', '組織改正'],
    ]);
    expect(s.changes.map((c) => c.states)).toEqual([{}, {}]);
  });
});

describe('栄村 国民健康保険 (PDF text, 平成26年4月 様式2, assessed by choice)', () => {
  const s = read('sakae-health-insurance.pdf.txt');

  it('reads the cover with its page numbers, and Ⅰ', () => {
    expect(s.body.body).toMatchObject({ code: '206024', name: '栄村' });
    expect(s.header).toEqual({
      number: '3',
      title: '国民健康保険に関する事務 基礎項目評価書',
      kind: '基礎項目評価書',
      agency: '栄村長',
      publishedOn: '2015-03-10',
      approvedOn: null,
      formVersion: '平成26年4月 様式2',
      draft: false,
      affairName: '国民健康保険に関する事務',
      affairContent: '国民健康保険法に基づき、被保険者の資格の取得及び喪失の管理、保険給付並びに保険税の\n賦課に関する事務を行う。',
      // 「1,000人未満(任意実施)」 as a band: below the threshold
      targetBandText: '1,000人未満',
      targetMin: 0,
      targetMax: 999,
      networkLinkage: '実施する',
      department: '住民福祉課',
      departmentHead: '住民福祉課長',
    });
    // two unmarked lines may be one name wrapped by the page
    expect(s.systemNames).toEqual([
      [1, '国民健康保険システム', 'uncertain'],
      [2, '団体内統合宛名システム', 'uncertain'],
    ]);
    expect(s.doc.rows.systems[0]!.states.name).toEqual({ state: 'uncertain', reason: { code: 'namesWrapped', params: { lines: 2 } } });
    expect(s.fileNames).toEqual([[1, '国民健康保険ファイル', 'read']]);
    expect(s.report.partsPresent).toEqual(ALL_PARTS);
  });

  it('reads the optional band and the result that no assessment is due', () => {
    expect(s.threshold).toMatchObject({
      peopleBandText: '1,000人未満(任意実施)',
      peopleMin: 0,
      peopleMax: 999,
      peopleCountedOn: '2015-01-01',
      handlers: '500人未満',
      handlersCountedOn: '2015-01-01',
      incident: '発生なし',
      result: '特定個人情報保護評価の実施が義務付けられない',
      formsSubmitted: '基礎項目評価書',
      priorityMeasure: null,
      certain: true,
    });
  });

  it('reads Ⅳ: both network boxes ticked take item 6 out', () => {
    expect(s.ratings).toEqual([
      ['入手', RISK.purpose, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.linking, SUFFICIENT, '十分である', 'read'],
      ['使用', RISK.unauthorized, SUFFICIENT, '十分である', 'read'],
      ['委託', RISK.contractor, SUFFICIENT, '十分である', 'read'],
      ['委託', null, SUBCONTRACT, '十分に行っている', 'read'],
      ['保管・消去', RISK.leak, SUFFICIENT, '特に力を入れている', 'read'],
      ['教育・啓発', null, EDUCATION, '十分に行っている', 'read'],
    ]);
    expect(s.audits.map((a) => [a.kind, a.checked, a.certain])).toEqual([
      ['自己点検', false, true],
      ['内部監査', true, true],
      ['外部監査', false, true],
    ]);
    // one row, its explanation 「課の統合」 the document's last box
    expect(s.changes.map((c) => [c.changedOn, c.item, c.before, c.after, c.timing, c.timingExplanation, c.states])).toEqual([
      ['2017-04-01', 'I関連情報5.評価実施機関における担当部署①部署', '住民課', '住民福祉課', '事後', '課の統合', {}],
    ]);
  });
});
