import type { Reason } from '../form/reasons';
import type { Span } from './source-text';
import type { ConnectionKey } from '../form/connections';

/**
 * What a layout parser reads from a document, before normalization and storage. Values are
 * the text as printed (HTML already reduced to text); every fact carries its source span and
 * whether the parser is sure of it.
 */
export interface Fact<T = string> {
  value: T;
  span: Span;
  /** absent or true = certain; false when the text does not decide, with the reason */
  certain?: boolean;
  reason?: Reason;
}

export type Maybe<T = string> = Fact<T> | null;


export interface SystemFacts {
  no: number;
  span: Span;
  name: Maybe;
  function: Maybe;
  /** true = ticked, false = unticked, null = not readable */
  connections: Maybe<Record<ConnectionKey, boolean | null>>;
  otherText: Maybe;
}

export interface FileFacts {
  no: number;
  span: Span;
  name: Maybe;
  fileKind: Maybe;
  peopleBand: Maybe;
  itemsBand: Maybe;
  holdingStart: Maybe;
}

export interface ContractFacts {
  fileNo: number;
  no: number;
  /** set when the text does not tie the item to its number for certain */
  numbering?: Fact<number>;
  span: Span;
  title: Maybe;
  content: Maybe;
  handlersBand: Maybe;
  contractor: Maybe;
  subcontract: Maybe<boolean>;
  subcontractMethod: Maybe;
  subcontractItems: Maybe;
}

export interface ProvisionFacts {
  fileNo: number;
  direction: '提供' | '移転';
  no: number;
  numbering?: Fact<number>;
  span: Span;
  recipient: Maybe;
  legalBasis: Maybe;
  purpose: Maybe;
  information: Maybe;
  peopleBand: Maybe;
  method: Maybe;
  timing: Maybe;
}

export interface RatingFacts {
  fileNo: number | null;
  section: string;
  stage: string | null;
  risk: string | null;
  question: string;
  answer: Maybe;
  options: string[];
  /** the text the answer grades; value null = its box was found but its text not told apart */
  measure: Maybe<string | null>;
  /** 重大事故 「発生あり」: その内容 and 再発防止策の内容, as printed */
  incidentContent?: Maybe;
  incidentPrevention?: Maybe;
  /** whether the form prints a text this answer refers to (else decided by the question's words) */
  measurePrinted?: boolean;
  span: Span;
}

export interface AuditFacts {
  kind: '自己点検' | '内部監査' | '外部監査';
  checked: Fact<boolean | null>;
}

export interface ProcedureFacts {
  kind: 'basic_assessment' | 'public_comment' | 'third_party_review' | 'commission_approval';
  date: Maybe;
  detail: Maybe;
  span: Span;
}

export interface ChangeFacts {
  span: Span;
  date: Maybe;
  item: Maybe;
  before: Maybe;
  after: Maybe;
  timing: Maybe;
  /** 提出時期に係る説明 */
  explanation: Maybe;
}

export interface HeaderFacts {
  number: Maybe;
  title: Maybe;
  kind: Maybe;
  agency: Maybe;
  publishedOn: Maybe;
  approvedOn: Maybe;
  formVersion: Maybe;
  /** the body the 宣言 names: 「○○市は、…」 */
  declarationBody: Maybe;
  /** a draft for public comment (案, 素案 on the cover): true with the mark's span */
  draft: Maybe<boolean>;
}

export interface BasicInfoFacts {
  affairName: Maybe;
  affairContent: Maybe;
  targetBand: Maybe;
  networkLinkage: Maybe;
  department: Maybe;
  departmentHead: Maybe;
}

/**
 * The 基礎項目評価書's own items: Ⅱ しきい値判断項目, Ⅲ しきい値判断結果, and from Ⅳ the forms
 * submitted and the 最も優先度が高いと考えられる対策 (its 当該対策は十分か is a rating).
 */
export interface ThresholdFacts {
  span: Span;
  /** Ⅱ-1 評価対象の事務の対象人数は何人か (a band) and いつ時点の計数か */
  peopleBand: Maybe;
  peopleCountedAt: Maybe;
  /** Ⅱ-2 特定個人情報ファイル取扱者数は500人以上か: 500人以上 / 500人未満, and いつ時点の計数か */
  handlers: Maybe;
  handlersCountedAt: Maybe;
  /** Ⅱ-3 過去1年以内に…重大事故が発生したか: 発生あり / 発生なし */
  incident: Maybe;
  /** Ⅲ しきい値判断結果 */
  result: Maybe;
  /** Ⅳ-1 提出する特定個人情報保護評価書の種類 */
  formsSubmitted: Maybe;
  /** Ⅳ 最も優先度が高いと考えられる対策 and its 判断の根拠 */
  priorityMeasure: Maybe;
  priorityReason: Maybe;
  /** fields whose item the document does not print at all (an older version of the form), by the item's name */
  absent: { field: ThresholdField; item: string }[];
}

export type ThresholdField = Exclude<keyof ThresholdFacts, 'span' | 'absent'>;

/** The parts of the form (the report says which a document holds). */
export const FORM_PARTS = [
  '表紙',
  '基本情報',
  '関連情報',
  'しきい値判断項目',
  'しきい値判断結果',
  '特定個人情報ファイルの概要',
  'リスク対策',
  'その他のリスク対策',
  '開示請求、問合せ',
  '評価実施手続',
  '別添:記録項目',
  '別添:変更箇所',
] as const;
export type FormPart = (typeof FORM_PARTS)[number];

/** The parts only the 基礎項目評価書 has. */
export const BASIC_FORM_ONLY: readonly FormPart[] = ['関連情報', 'しきい値判断項目', 'しきい値判断結果'];

/**
 * The parts of a 基礎項目評価書: no file overview, no procedures and no annexes but its change
 * table (the 平成26年4月 version prints 開示請求 and 問合せ in Ⅰ, read as that part).
 */
export const BASIC_FORM_PARTS: readonly FormPart[] = ['表紙', '関連情報', 'しきい値判断項目', 'しきい値判断結果', 'リスク対策', '開示請求、問合せ', '別添:変更箇所'];

export interface DocumentFacts {
  header: HeaderFacts;
  basic: BasicInfoFacts;
  systems: SystemFacts[];
  files: FileFacts[];
  contracts: ContractFacts[];
  provisions: ProvisionFacts[];
  ratings: RatingFacts[];
  audits: AuditFacts[];
  procedures: ProcedureFacts[];
  changes: ChangeFacts[];
  /** the 基礎項目評価書's Ⅱ, Ⅲ and Ⅳ items; null for the other forms */
  threshold: ThresholdFacts | null;
  partsPresent: FormPart[];
  /** counts the form itself states, to check what was read, e.g. 委託 「(5) 件」 */
  statedCounts: { subject: string; count: number; span: Span; fileNo?: number }[];
}

export const fact = <T>(value: T, span: Span, certain = true, reason?: Reason): Fact<T> =>
  certain ? { value, span } : { value, span, certain: false, reason };
