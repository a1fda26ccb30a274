import { EDUCATION, RISK_ADEQUATE, type Template, stageRating } from './template';

const r = (fileNo: number, stage: string) => stageRating(stage, RISK_ADEQUATE, fileNo);
const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const iv = (stage: string, question: string) => ({ fileNo: null, section: 'Ⅳ' as const, stage, question });

/**
 * 002: 横浜市, 全項目評価書 of two files, PDF text partly scrambled. Each contract page holds one
 * contract's ⑤–⑨ and the next one's heading; file 1's third page holds 委託事項3 (the punch
 * work, data handed over on paper: 株式会社横浜電算、株式会社システム情報センター) and 委託事項4
 * (the VRS: 株式会社ミラボ, data over LG-WAN). File 2's three contracts: 運用保守, オペレーション,
 * データ保管 (未定, kept as printed). Ⅲ prints each answer beside its question. Only
 * 再委託する is turned around: a 再委託しない contract prints no 許諾方法 to go with a 再委託する.
 */
export const YOKOHAMA: Template = {
  id: '002',
  seed: '002_395353e375fa5b93.txt',
  city: '横浜市',
  prefecture: '神奈川県',
  layout: 'pdf-text',
  form: '全項目評価書',
  affairName: '予防接種法による予防接種の実施に関する事務',
  affairSites: {
    title: { line: 8, from: '予防接種法による予防接種の実施に関する事務' },
    declaration: { line: 17, from: '予防接種法による予防接種の実施に関する事務' },
    basicInfo: { line: 67, from: '予防接種法による予防接種の実施に関する事務' },
  },
  number: { line: 13, from: '38' },
  publishedOn: { line: 15 },
  agency: { line: 30, from: '横浜市長', withPrefecture: false },
  contracts: [
    { fileNo: 1, no: 1, names: ['日本コンピューター株式会社'], subcontract: true },
    { fileNo: 1, no: 2, names: ['日本通信紙株式会社', 'トッパン・フォームズ株式会社'], subcontract: true },
    { fileNo: 1, no: 3, names: ['株式会社横浜電算', '株式会社システム情報センター'], subcontract: false },
    { fileNo: 1, no: 4, names: ['株式会社ミラボ'], subcontract: false },
    { fileNo: 2, no: 1, names: ['日本ソフトウェアマネジメント株式会社'], subcontract: true },
    { fileNo: 2, no: 2, names: ['株式会社SH-Net'], subcontract: true },
    { fileNo: 2, no: 3, names: ['未定'], subcontract: true },
  ],
  answerGroups: [
    {
      from: '十分である',
      to: '課題が残されている',
      sites: [2823, 2828, 2852, 2878].map((line) => ({ line, from: '[ 十分である' })),
      ratings: [r(1, '入手')],
    },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 3183, from: '[ 十分である' }], ratings: [r(1, '委託')] },
    { from: '十分である', to: '課題が残されている', sites: [3563, 3640, 3647].map((line) => ({ line, from: '[ 十分である' })), ratings: [r(1, '保管・消去')] },
    {
      from: '十分に行っている',
      to: '十分に行っていない',
      sites: [
        { line: 4663, from: ']十分に行っている' },
        { line: 4696, from: '十分に行っている' },
        { line: 4721, from: '十分に行っている[' },
      ],
      ratings: [iv('監査', '監査'), iv('教育・啓発', EDUCATION), iv('監査', '自己点検')],
    },
  ],
  incidents: [
    { line: 3569, from: '[ 発生あり', fileNo: 1, answer: '発生あり' },
    { line: 4573, from: '[ 発生あり', fileNo: 2, answer: '発生あり' },
  ],
  subcontractFlips: [
    // each 再委託する contract's ⑧再委託の許諾方法 (six lines) and ⑨再委託事項 go with its answer
    { group: 'file 1 委託事項1', sites: [{ line: 768, from: '[ 再委託する' }], contracts: [{ fileNo: 1, no: 1 }], values: [{ line: 736, label: ' ⑨再委託事項' }], dropLines: lines(746, 751) },
    { group: 'file 1 委託事項2', sites: [{ line: 914, from: '[ 再委託する' }], contracts: [{ fileNo: 1, no: 2 }], values: [{ line: 882, label: ' ⑨再委託事項' }], dropLines: lines(892, 897) },
    { group: 'file 2 委託事項1', sites: [{ line: 1733, from: '[ 再委託する' }], contracts: [{ fileNo: 2, no: 1 }], values: [{ line: 1722, label: ' ⑨再委託事項' }], dropLines: lines(1715, 1720) },
    { group: 'file 2 委託事項2', sites: [{ line: 1865, from: '[ 再委託する' }], contracts: [{ fileNo: 2, no: 2 }], values: [{ line: 1845, label: ' ⑨再委託事項' }], dropLines: lines(1869, 1874) },
  ],
  changeTable: { fromLine: 4900, dropRows: false, ordered: false },
};
