import type { BodyKind } from './bodies';

/**
 * The facts the generator put into one document, for comparing with what the reader reads.
 * Only what the generator wrote or carried over from its template's annotations: nothing
 * here is computed by the reader.
 */
export interface ExpectedDocument {
  file: string;
  /** the seed the document was made from: 000 … 004 */
  template: string;
  layout: 'pdf-text' | 'tsv-html';
  form: '重点項目評価書' | '全項目評価書';
  body: {
    code: string;
    name: string;
    prefecture: string;
    kind: BodyKind;
    /**
     * whether the text tells which body it is: false when another body has the same name and
     * the document writes no prefecture beside it (「美里町長」: 宮城県, 埼玉県 or 熊本県)
     */
    decidable: boolean;
  };
  affair: {
    key: string;
    /** the name in the title and the 宣言; null when the document has no cover */
    name: string | null;
    /** the name in ①事務の名称, where the document prints that item */
    nameInBasicInfo: string | null;
  };
  /** 評価実施機関名 as written; null when the template prints none */
  agency: string | null;
  number: string | null;
  /** 公表日, ISO; null when the template prints none */
  publishedOn: string | null;
  contracts: ExpectedContract[];
  /** graded answers the generator changed; every answer to these questions now reads `answer` */
  ratingChanges: { fileNo: number | null; section: string; stage: string; question: string; answer: string }[];
  /** 重大事故: the answer of every incident question the document prints */
  incidents: { fileNo: number | null; answer: string; changed: boolean }[];
  changes: {
    rows: number;
    /** ISO dates of the rows; in row order when `ordered`, else as printed (the PDF text prints a page's dates as a block) */
    dates: string[];
    ordered: boolean;
    monthsShifted: number;
    rowsDropped: number;
  };
}

export interface ExpectedContract {
  fileNo: number;
  no: number;
  /** ③委託先名 as written, one entry per name (「未定」 included) */
  contractors: string[];
  subcontract: boolean;
  subcontractChanged: boolean;
}
