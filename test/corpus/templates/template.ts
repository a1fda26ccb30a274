/**
 * What the generator knows about one seed document it uses as a template: where each fact it
 * rewrites is printed. Line numbers are 1-based lines of the seed; every edit names the text it
 * expects there, and the generator refuses to run if the seed no longer prints it.
 */
export interface Site {
  line: number;
  /** the text on that line to rewrite; it must occur there exactly once */
  from: string;
}

export interface AffairSite extends Site {
  /**
   * the end of the affair's name when the template wraps it onto the next line (the title
   * 「…予防接種に関する」 / 「事務　重点項目評価書」): the new name, less this tail, goes here
   */
  tail?: string;
}

export interface ContractSlot {
  /** 特定個人情報ファイル number (1 unless the full form describes several) */
  fileNo: number;
  no: number;
  /** ③/⑥委託先名 as the template prints it; several names are separated by 「、」 */
  names: string[];
  /** ④/⑦再委託の有無 as the template answers it */
  subcontract: boolean;
}

export interface RatingRef {
  /** null where the form has one file and the reader keeps no file number (重点項目評価書, Ⅳ of the full form) */
  fileNo: number | null;
  section: 'Ⅲ' | 'Ⅳ';
  stage: string;
  question: string;
}

/**
 * Answers rewritten together: every printed answer of the same value that shares a page with
 * another (in the scrambled PDF text, which bracket belongs to which question is decided by
 * the page, so they change together or not at all).
 */
export interface AnswerGroup {
  from: string;
  to: string;
  sites: Site[];
  /** the questions whose answers these sites are */
  ratings: RatingRef[];
}

export interface IncidentSite extends Site {
  fileNo: number | null;
  answer: '発生あり' | '発生なし';
}

/** A value printed beside its label: `value` absent = the line is emptied to its label, present = an empty label gets it. */
export interface ValueEdit {
  line: number;
  label: string;
  value?: string;
}

/**
 * 再委託の有無 turned around, with what the answer implies: a contract that does not
 * subcontract has no 再委託の許諾方法 and no 再委託事項 (the reader may rightly take their text
 * as a sign of 再委託する), one that does has both.
 */
export interface SubcontractFlip {
  /** at most one flip per group is applied (their answers share a page) */
  group: string;
  sites: Site[];
  /** the contracts whose answer becomes the opposite of the template's */
  contracts: { fileNo: number; no: number }[];
  values?: ValueEdit[];
  /** lines of 再委託の許諾方法 text printed apart from its label, left out with the answer */
  dropLines?: number[];
}

export interface Template {
  id: '000' | '001' | '002' | '003' | '004';
  seed: string;
  city: string;
  prefecture: string;
  layout: 'pdf-text' | 'tsv-html';
  form: '重点項目評価書' | '全項目評価書';
  /** the affair's name in the title; null when the template has no cover (a change table only) */
  affairName: string | null;
  /** the affair's name in 「①事務の名称」 where it differs from the title's */
  affairNameInBasicInfo?: string;
  /** where the affair's name is printed (the template may lack ①事務の名称, or its cover) */
  affairSites: { title?: AffairSite; declaration?: Site; basicInfo?: Site };
  number: Site | null;
  /** the line holding 公表日 */
  publishedOn: { line: number } | null;
  /** 評価実施機関名: `withPrefecture` when the template writes 「東京都小金井市長」 */
  agency: (Site & { withPrefecture: boolean }) | null;
  contracts: ContractSlot[];
  answerGroups: AnswerGroup[];
  incidents: IncidentSite[];
  subcontractFlips: SubcontractFlip[];
  changeTable: {
    /** the first line of the change table (its dates in the PDF text may come before its heading) */
    fromLine: number;
    /** tab-separated rows can be dropped whole; the PDF text prints a page's cells in blocks */
    dropRows: boolean;
    /** the rows' dates are in the text's order (the tab-separated export); the PDF text may print them out of order */
    ordered: boolean;
  };
}

export const RISK_ADEQUATE = 'リスクへの対策は十分か';
export const INCIDENT = '過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか';
export const INCIDENT_PROCEDURE = '事故発生時手順の策定・周知';
export const EDUCATION = '従業者に対する教育・啓発';

/** A graded answer of Ⅲ リスク対策 at `stage`, in the document's only file unless `fileNo` says which. */
export const stageRating = (stage: string, question = RISK_ADEQUATE, fileNo: number | null = null) => ({ fileNo, section: 'Ⅲ' as const, stage, question });
