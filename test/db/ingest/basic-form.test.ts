import { describe, expect, it } from 'vitest';
import { BASIC_FORM } from '../../helpers/basic-form';
import { summarize } from '../../helpers/ingest-summary';

/**
 * The synthetic 基礎項目評価書 of test/fixtures/basic-form (three bodies, both layouts, the
 * 平成26年4月 and a 令和 version of 様式2). Every expected value is written from the fixture's text.
 */
const read = (name: string) => {
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

const SUFFICIENT = 'リスクへの対策は十分か';
const RISK = {
  purpose: '目的外の入手が行われるリスク',
  linking: '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク',
  unauthorized: '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク',
  contractor: '委託先における不正な使用等のリスク',
  provision: '不正な提供・移転が行われるリスク',
  networkProvision: '不正な提供が行われるリスク',
  leak: '特定個人情報の漏えい・滅失・毀損リスク',
  human: '人為的ミスが発生するリスク',
};
const SUBCONTRACT = '再委託先による特定個人情報ファイルの適切な取扱いの確保';
const EDUCATION = '従業者に対する教育・啓発';
const NETWORK = '情報提供ネットワークシステムとの接続';
const PRIORITY = '最も優先度が高いと考えられる対策';
const ALL_PARTS = ['表紙', '関連情報', 'しきい値判断項目', 'しきい値判断結果', 'リスク対策', '開示請求、問合せ', '別添:変更箇所'];
/** the 基礎 asks neither a system's function nor its connections, nor a file's overview */
const BASIC_SYSTEM_STATES = { function: { state: 'absent', part: '②システムの機能' }, connections: { state: 'absent', part: '③他のシステムとの接続' } };
const BASIC_FILE_STATES = Object.fromEntries(['file_kind', 'people_band', 'items_band', 'holding_start_on'].map((f) => [f, { state: 'absent', part: '特定個人情報ファイルの概要' }]));

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
