import type { Stage } from './parts';
import type { Scale } from '../../form/scales';

/**
 * The 基礎項目評価書 (様式2) as data: the items of its own parts and the choices each offers,
 * as the form prints them (NFKC). Both layouts' readers walk this; a new version of the form is
 * a change here.
 *
 * Sources: published 基礎項目評価書 (e.g. 那賀町・赤磐市・内子町, [平成26年4月 様式2], whose Ⅱ reads
 * 「1.対象人数 評価対象の事務の対象人数は何人か いつ時点の計数か [ 1,000人以上1万人未満 ] <選択肢>
 * 1) 1,000人未満(任意実施) …」) and the form's 記載要領 ([平成29年5月 様式2]: the counts of 「Ⅱ 1.対象
 * 人数」 and 「Ⅱ 2.取扱者数」 are the only entries not stated as of the 公表日, hence their own
 * 「いつ時点の計数か」). The 平成26年4月 version keeps 開示請求 and 問合せ in Ⅰ (7. and 8.); later
 * versions move them to Ⅴ and add to Ⅳ 「人手を介在させる作業」 and 「最も優先度が高いと考えられる
 * 対策」, renumbering 監査 and 教育・啓発 after them. Ⅱ しきい値判断項目 and Ⅲ しきい値判断結果, which the
 * queries read too, are in db/form/thresholds.ts.
 */

/** Ⅳ-1 提出する特定個人情報保護評価書の種類 */
export const FORMS_SUBMITTED = ['基礎項目評価書', '基礎項目評価書及び重点項目評価書', '基礎項目評価書及び全項目評価書'] as const;
/** Ⅳ 最も優先度が高いと考えられる対策: one of the risks Ⅳ grades, or 教育・啓発 */
export const PRIORITY_MEASURES = [
  '目的外の入手が行われるリスクへの対策',
  '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策',
  '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスクへの対策',
  '委託先における不正な使用等のリスクへの対策',
  '不正な提供・移転が行われるリスクへの対策(委託や情報提供ネットワークシステムを通じた提供を除く。)',
  '情報提供ネットワークシステムを通じて目的外の入手が行われるリスクへの対策',
  '情報提供ネットワークシステムを通じて不正な提供が行われるリスクへの対策',
  '特定個人情報の漏えい・滅失・毀損リスクへの対策',
  '従業者に対する教育・啓発',
] as const;

/** Ⅳ's items that are no graded question: the forms submitted and the priority. */
export const BASIC_RISK_ITEMS = {
  formsSubmitted: '提出する特定個人情報保護評価書の種類',
  priority: '最も優先度が高いと考えられる対策',
  reason: '判断の根拠',
} as const;

/**
 * Ⅳ's graded questions. A 「…リスクへの対策は十分か」 names its risk in its label; it is stored as
 * the other forms store it — question 「リスクへの対策は十分か」 with the risk apart — so that the
 * 基礎's answers line up with the 重点's and the 全項目's. 入手 and the network connection ask the
 * same 「目的外の入手が行われるリスクへの対策は十分か」: their stage tells them apart.
 */
export interface BasicQuestion {
  stage: Stage;
  label: string;
  risk: string | null;
  question: string;
  scale: Scale;
  /** the item prints a 判断の根拠 for this answer */
  reasoned?: boolean;
}

const sufficiency = (stage: Stage, risk: string, reasoned = false): BasicQuestion => ({
  stage,
  label: `${risk}への対策は十分か`,
  risk,
  question: 'リスクへの対策は十分か',
  scale: 'sufficiency',
  ...(reasoned ? { reasoned } : {}),
});

export const BASIC_QUESTIONS: BasicQuestion[] = [
  sufficiency('入手', '目的外の入手が行われるリスク'),
  sufficiency('使用', '目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク'),
  sufficiency('使用', '権限のない者(元職員、アクセス権限のない職員等)によって不正に使用されるリスク'),
  sufficiency('委託', '委託先における不正な使用等のリスク'),
  { stage: '委託', label: '再委託先による特定個人情報ファイルの適切な取扱いの確保', risk: null, question: '再委託先による特定個人情報ファイルの適切な取扱いの確保', scale: 'doing' },
  sufficiency('提供・移転', '不正な提供・移転が行われるリスク'),
  sufficiency('情報提供ネットワークシステムとの接続', '目的外の入手が行われるリスク'),
  sufficiency('情報提供ネットワークシステムとの接続', '不正な提供が行われるリスク'),
  sufficiency('保管・消去', '特定個人情報の漏えい・滅失・毀損リスク'),
  sufficiency('人手を介在させる作業', '人為的ミスが発生するリスク', true),
  { stage: '教育・啓発', label: '従業者に対する教育・啓発', risk: null, question: '従業者に対する教育・啓発', scale: 'doing' },
  { stage: '最も優先度が高いと考えられる対策', label: '当該対策は十分か【再掲】', risk: null, question: '当該対策は十分か【再掲】', scale: 'sufficiency', reasoned: true },
];

/**
 * The box a Ⅳ item ticks when it has nothing to grade (「[ ○ ] 委託しない」): its questions are
 * printed but not asked.
 */
export const DECLINE_BOXES: { stage: Stage; label: string; risk?: string }[] = [
  { stage: '委託', label: '委託しない' },
  { stage: '提供・移転', label: '提供・移転しない' },
  { stage: '情報提供ネットワークシステムとの接続', label: '接続しない(入手)', risk: '目的外の入手が行われるリスク' },
  { stage: '情報提供ネットワークシステムとの接続', label: '接続しない(提供)', risk: '不正な提供が行われるリスク' },
  { stage: '人手を介在させる作業', label: '人手を介在させる作業はない' },
  { stage: '最も優先度が高いと考えられる対策', label: '全項目評価又は重点項目評価を実施する' },
];

/** Whether a ticked decline box takes this question out of the document's answers. */
export const declines = (box: (typeof DECLINE_BOXES)[number], q: BasicQuestion) => box.stage === q.stage && (!box.risk || box.risk === q.risk);

/** The options of a 基礎 question as printed (教育・啓発 has no 「再委託していない」). */
export function optionsOf(q: BasicQuestion, scales: Record<Scale, readonly string[]>): string[] {
  return scales[q.scale].filter((o) => o !== '再委託していない' || /再委託先/.test(q.label));
}
