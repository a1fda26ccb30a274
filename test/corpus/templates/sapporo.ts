import type { Template } from './template';

/**
 * 003: 札幌市, nothing but the change table (別添3) of a full assessment, tab-separated. The
 * body is named only in the rows' text (「札幌市保健福祉局…」); there is no cover, no affair
 * name, no contractor and no graded answer to rewrite.
 */
export const SAPPORO: Template = {
  id: '003',
  seed: '003_672174ab35a34b47.txt',
  city: '札幌市',
  prefecture: '北海道',
  layout: 'tsv-html',
  form: '全項目評価書',
  affairName: null,
  affairSites: {},
  number: null,
  publishedOn: null,
  agency: null,
  contracts: [],
  answerGroups: [],
  incidents: [],
  subcontractFlips: [],
  changeTable: { fromLine: 5, dropRows: true, ordered: true },
};
