/**
 * The numbered rows of the form's repeated tables (委託事項N, 提供先N, 移転先N), in the order the
 * form prints them. Each form version numbers them its own way: 重点項目評価書 prints
 * 「③委託先名」, 全項目評価書 inserts rows and prints 「⑥委託先名」. A reader walks this data:
 * a new version is a new row list, not new code.
 */
export type ValueKind = 'text' | 'band' | 'contractor' | 'answer';

export interface RowSpec {
  /** the field the value is stored as; null for a row the reader recognises but does not store */
  key: string | null;
  /** the label's words without its ①…⑨ number */
  labels: readonly string[];
  kind: ValueKind;
  answers?: readonly string[];
}

export interface ItemForm {
  name: string;
  rows: readonly RowSpec[];
}

export interface ItemTable {
  /** the form's word for one item: 「委託事項」 */
  item: string;
  forms: readonly ItemForm[];
  /** unnumbered labels printed among the rows (sub-rows, the table's own question) */
  otherLabels: readonly string[];
}

/**
 * The numbered sections of Ⅱ around the tables (「７．備考」, 「６．特定個人情報の保管・消去」):
 * a heading, never a row's value.
 */
const FILE_SECTIONS = /^\d{1,2}\.?(特定個人情報ファイル名|基本情報|特定個人情報の入手・使用|特定個人情報ファイルの取扱いの委託|特定個人情報の提供・移転|特定個人情報の保管・消去|備考)/;
export const isFileSection = (compacted: string) => FILE_SECTIONS.test(compacted);

const CONTENT: RowSpec = { key: 'content', labels: ['委託内容'], kind: 'text' };
const HANDLERS: RowSpec = { key: 'handlers', labels: ['委託先における取扱者数'], kind: 'band' };
const CONTRACTOR: RowSpec = { key: 'contractor', labels: ['委託先名'], kind: 'contractor' };
const SUBCONTRACT: RowSpec = { key: 'subcontract', labels: ['再委託の有無'], kind: 'answer', answers: ['再委託する', '再委託しない'] };
const METHOD: RowSpec = { key: 'method', labels: ['再委託の許諾方法'], kind: 'text' };
const ITEMS: RowSpec = { key: 'items', labels: ['再委託事項'], kind: 'text' };

/** Ⅱ-4 委託事項N */
export const CONTRACT_TABLE: ItemTable = {
  item: '委託事項',
  forms: [
    { name: '重点項目評価書', rows: [CONTENT, HANDLERS, CONTRACTOR, SUBCONTRACT, METHOD, ITEMS] },
    {
      name: '全項目評価書',
      rows: [
        CONTENT,
        { key: null, labels: ['取扱いを委託する特定個人情報ファイルの範囲'], kind: 'text' },
        HANDLERS,
        { key: null, labels: ['委託先への特定個人情報ファイルの提供方法'], kind: 'text' },
        { key: null, labels: ['委託先名の確認方法'], kind: 'text' },
        CONTRACTOR,
        SUBCONTRACT,
        METHOD,
        ITEMS,
      ],
    },
  ],
  otherLabels: ['委託の有無', '対象となる本人の数', '対象となる本人の範囲', 'その妥当性'],
};

type Verb = '提供' | '移転';

/**
 * Ⅱ-5 提供先N / 移転先N: two tables of the same rows, worded by their verb. ⑥提供方法 is a
 * checkbox grid and ⑤本人の範囲 has no stored field: recognised, not stored.
 */
const provisionRows = (verb: Verb): RowSpec[] => [
  { key: 'legalBasis', labels: ['法令上の根拠'], kind: 'text' },
  { key: 'purpose', labels: [`${verb}先における用途`], kind: 'text' },
  { key: 'information', labels: [`${verb}する情報`], kind: 'text' },
  { key: 'people', labels: [`${verb}する情報の対象となる本人の数`], kind: 'band' },
  { key: null, labels: [`${verb}する情報の対象となる本人の範囲`], kind: 'text' },
  { key: null, labels: [`${verb}方法`], kind: 'text' },
  { key: 'timing', labels: ['時期・頻度'], kind: 'text' },
];

export function provisionTable(verb: Verb): ItemTable {
  const rows = provisionRows(verb);
  const own = new Set(rows.flatMap((r) => r.labels));
  const other = provisionRows(verb === '提供' ? '移転' : '提供').flatMap((r) => r.labels);
  // the other table's labels are labels all the same: their values are not this table's
  return { item: `${verb}先`, forms: [{ name: '提供・移転', rows }], otherLabels: ['提供・移転の有無', ...other.filter((l) => !own.has(l))] };
}
