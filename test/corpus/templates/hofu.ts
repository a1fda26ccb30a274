import { EDUCATION, INCIDENT_PROCEDURE, stageRating, type Template } from './template';

const SUBCONTRACTOR_CARE = '再委託先による特定個人情報ファイルの適切な取扱いの担保';
const r = stageRating;

/**
 * 000: 防府市, 重点項目評価書, PDF text with its reading order scrambled. No 評価実施機関名 and no
 * 公表日 in the text. Both contracts share one page: the bare 「再委託する」 is 委託事項2's
 * (its ⑥再委託事項 names 健康管理システムの運用保守, 委託事項2's content). Only 再委託する
 * is turned around: 委託事項1 has no 再委託の許諾方法 to go with a 再委託する.
 */
export const HOFU: Template = {
  id: '000',
  seed: '000_6b35c62c03d5d5e8.txt',
  city: '防府市',
  prefecture: '山口県',
  layout: 'pdf-text',
  form: '重点項目評価書',
  affairName: '新型コロナウイルス感染症対策に係る予防接種に関する事務',
  affairSites: {
    title: { line: 4, from: '新型コロナウイルス感染症対策に係る予防接種に関する', tail: '事務' },
    declaration: { line: 9, from: '新型コロナウイルス感染症対策に係る予防接種に関する事務' },
    basicInfo: { line: 106, from: '新型コロナウイルス感染症対策に係る予防接種に関する事務' },
  },
  number: { line: 3, from: '31' },
  publishedOn: null,
  agency: null,
  contracts: [
    { fileNo: 1, no: 1, names: ['株式会社ミラボ'], subcontract: false },
    { fileNo: 1, no: 2, names: ['株式会社サンネット'], subcontract: true },
  ],
  answerGroups: [
    { from: '十分である', to: '課題が残されている', sites: [{ line: 953, from: ']十分である' }], ratings: [r('入手')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1003, from: '[ 十分である' }, { line: 1048, from: '[ 十分である' }], ratings: [r('使用')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1166, from: '十分である' }], ratings: [r('委託')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1206, from: '十分である' }], ratings: [r('提供・移転')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1228, from: '[ 十分である' }, { line: 1264, from: '[ 十分である' }], ratings: [r('情報提供ネットワークシステムとの接続')] },
    { from: '十分である', to: '課題が残されている', sites: [{ line: 1442, from: '[ 十分である' }], ratings: [r('保管・消去')] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 1150, from: '[ 十分に行っている' }], ratings: [r('委託', SUBCONTRACTOR_CARE)] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 1348, from: '[ 十分に行っている' }], ratings: [r('保管・消去', INCIDENT_PROCEDURE)] },
    { from: '十分に行っている', to: '十分に行っていない', sites: [{ line: 1438, from: '[ 十分に行っている' }], ratings: [r('教育・啓発', EDUCATION)] },
  ],
  incidents: [{ line: 1341, from: '発生なし', fileNo: null, answer: '発生なし' }],
  subcontractFlips: [
    {
      group: 'contracts 1-2',
      sites: [{ line: 610, from: '再委託する' }],
      contracts: [{ fileNo: 1, no: 2 }],
      values: [{ line: 620, label: ' ⑥再委託事項' }],
      dropLines: [617, 618],
    },
  ],
  changeTable: { fromLine: 1540, dropRows: false, ordered: false },
};
