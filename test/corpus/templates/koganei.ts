import { EDUCATION, INCIDENT_PROCEDURE, stageRating, type Template } from './template';

const r = stageRating;

/**
 * 001: 小金井市, 重点項目評価書, the tab-separated export: each answer sits in its question's
 * row. 委託事項2's 再委託の有無 is also recorded in the change table, so it is never flipped.
 */
export const KOGANEI: Template = {
  id: '001',
  seed: '001_0f1031b6666322d1.txt',
  city: '小金井市',
  prefecture: '東京都',
  layout: 'tsv-html',
  form: '重点項目評価書',
  affairName: '新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務',
  affairSites: {
    title: { line: 6, from: '新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務' },
    declaration: { line: 10, from: '新型インフルエンザ等対策特別措置法による予防接種の実施に関する事務' },
  },
  number: { line: 6, from: '24' },
  publishedOn: { line: 20 },
  agency: { line: 16, from: '東京都小金井市長', withPrefecture: true },
  contracts: [
    { fileNo: 1, no: 1, names: ['株式会社ジーシー'], subcontract: true },
    { fileNo: 1, no: 2, names: ['株式会社ミラボ'], subcontract: false },
    { fileNo: 1, no: 3, names: ['アデコ株式会社'], subcontract: false },
  ],
  answerGroups: [
    { from: '十分である', to: '課題が残されている', sites: [{ line: 179, from: '[十分である]' }], ratings: [r('使用')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 190, from: '[十分である]' }], ratings: [r('委託')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 199, from: '[十分である]' }], ratings: [r('提供・移転')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 206, from: '[十分である]' }, { line: 209, from: '[十分である]' }], ratings: [r('情報提供ネットワークシステムとの接続')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 234, from: '[十分である]' }], ratings: [r('保管・消去')] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 187, from: '[十分に行っている]' }], ratings: [r('委託', '再委託先による特定個人情報ファイルの適切な取扱いの担保')] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 229, from: '[十分に行っている]' }], ratings: [r('保管・消去', INCIDENT_PROCEDURE)] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 278, from: '[十分に行っている]' }], ratings: [r('教育・啓発', EDUCATION)] },
  ],
  incidents: [{ line: 230, from: '[発生なし]', fileNo: null, answer: '発生なし' }],
  subcontractFlips: [
    {
      group: '委託事項1',
      sites: [{ line: 86, from: '[再委託する]' }],
      contracts: [{ fileNo: 1, no: 1 }],
      values: [
        { line: 87, label: '\t⑤再委託の許諾方法\t' },
        { line: 88, label: '\t⑥再委託事項\t' },
      ],
    },
    {
      group: '委託事項3',
      sites: [{ line: 103, from: '[再委託しない]' }],
      contracts: [{ fileNo: 1, no: 3 }],
      values: [
        { line: 104, label: '\t⑤再委託の許諾方法\t', value: '再委託先の名称、理由、処理内容及び安全管理措置を明確にした上で、業務着手前に書面により申請を受け、承認する。' },
        { line: 105, label: '\t⑥再委託事項\t', value: '予診票の入力作業の一部' },
      ],
    },
  ],
  changeTable: { fromLine: 310, dropRows: true, ordered: true },
};
