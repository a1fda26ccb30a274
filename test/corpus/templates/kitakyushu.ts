import { EDUCATION, INCIDENT_PROCEDURE, stageRating, type Template } from './template';

const r = stageRating;

/**
 * 004: 北九州市, 重点項目評価書, PDF text with its reading order scrambled. Its title names the
 * affair 「新型インフルエンザ等対策特別措置法による予防接種に関する事務」, its ①事務の名称
 * 「予防接種に関する事務」. Contracts 1–3 share one page (one 「再委託する」 among three answers:
 * 委託事項1's, whose 再委託の許諾方法 and 再委託事項 are printed there); 委託事項4 has a page of
 * its own. The 入手 answer shares its page with 使用's first.
 */
export const KITAKYUSHU: Template = {
  id: '004',
  seed: '004_63d90351889fe90b.txt',
  city: '北九州市',
  prefecture: '福岡県',
  layout: 'pdf-text',
  form: '重点項目評価書',
  affairName: '新型インフルエンザ等対策特別措置法による予防接種に関する事務',
  affairNameInBasicInfo: '予防接種に関する事務',
  affairSites: {
    title: { line: 14, from: '新型インフルエンザ等対策特別措置法による予防接種に', tail: '関する事務' },
    declaration: { line: 19, from: '予防接種に関する事務' },
    basicInfo: { line: 79, from: '予防接種に関する事務' },
  },
  number: { line: 13, from: '42' },
  publishedOn: { line: 7 },
  agency: { line: 3, from: '北九州市長', withPrefecture: false },
  contracts: [
    { fileNo: 1, no: 1, names: ['日立・NTTデータ企業連合'], subcontract: true },
    { fileNo: 1, no: 2, names: ['日本コンピューター株式会社'], subcontract: false },
    { fileNo: 1, no: 3, names: ['株式会社ＲＫＫＣＳ'], subcontract: false },
    { fileNo: 1, no: 4, names: ['富士通Japan株式会社北九州支店'], subcontract: true },
  ],
  answerGroups: [
    {
      from: '十分である',
      to: '課題が残されている',
      sites: [{ line: 941, from: '十分である' }, { line: 943, from: '[ 十分である' }, { line: 1008, from: '[ 十分である' }],
      ratings: [r('入手'), r('使用')],
    },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1114, from: '十分である' }], ratings: [r('委託')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1142, from: '[ 十分である' }, { line: 1178, from: '[ 十分である' }], ratings: [r('情報提供ネットワークシステムとの接続')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1229, from: '[ 十分である' }], ratings: [r('保管・消去')] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 1088, from: '[ 十分に行っている' }], ratings: [r('委託', '再委託先による特定個人情報ファイルの適切な取扱いの担保')] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 1240, from: '[ 十分に行っている' }], ratings: [r('保管・消去', INCIDENT_PROCEDURE)] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 1283, from: '[ 十分に行っている' }], ratings: [r('教育・啓発', EDUCATION)] },
  ],
  incidents: [{ line: 1227, from: '発生なし', fileNo: null, answer: '発生なし' }],
  subcontractFlips: [
    {
      group: 'contracts 1-3',
      sites: [{ line: 623, from: '再委託する' }],
      contracts: [{ fileNo: 1, no: 1 }],
      dropLines: [514, 515, 516, 517, 518, 519, 520, 521, 631], // its 許諾方法 and 再委託事項 「オペレーション業務」
    },
    {
      group: 'contract 4',
      sites: [{ line: 671, from: '再委託する' }],
      contracts: [{ fileNo: 1, no: 4 }],
      dropLines: [665, 685, 686, 687, 688, 689, 690, 691, 692], // its 再委託事項 「運用・保守作業の一部」 and 許諾方法
    },
  ],
  changeTable: { fromLine: 1360, dropRows: false, ordered: false },
};
