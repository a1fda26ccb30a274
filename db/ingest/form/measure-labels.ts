import { compact } from '../normalize/text';
import type { Stage } from './parts';

/**
 * The text boxes Ⅲ (and the full form's Ⅳ) prints for its graded answers, by their labels.
 * A graded question of its own (ユーザ認証の管理 [行っている]) is followed by the box that says
 * how (具体的な管理方法); the 提供ルール of the full form by two. Questions missing here print
 * no text (安全管理体制, バックアップ …).
 */
export const QUESTION_TEXTS: Record<string, readonly string[]> = {
  ユーザ認証の管理: ['具体的な管理方法'],
  'アクセス権限の発効・失効の管理': ['具体的な管理方法'],
  アクセス権限の管理: ['具体的な管理方法'],
  特定個人情報の使用の記録: ['具体的な方法'],
  '特定個人情報ファイルの閲覧者・更新者の制限': ['具体的な制限方法'],
  特定個人情報ファイルの取扱いの記録: ['具体的な方法'],
  特定個人情報の提供ルール: ['委託先から他者への提供に関するルールの内容及びルール遵守の確認方法', '委託元と委託先間の提供に関するルールの内容及びルール遵守の確認方法'],
  特定個人情報の消去ルール: ['ルールの内容及びルール遵守の確認方法'],
  委託契約書中の特定個人情報ファイルの取扱いに関する規定: ['規定の内容'],
  再委託先による特定個人情報ファイルの適切な取扱いの担保: ['具体的な方法'],
  再委託先による特定個人情報ファイルの適切な取扱いの確保: ['具体的な方法'],
  '特定個人情報の提供・移転の記録': ['具体的な方法'],
  '特定個人情報の提供・移転に関するルール': ['ルールの内容及びルール遵守の確認方法'],
  物理的対策: ['具体的な対策の内容'],
  技術的対策: ['具体的な対策の内容'],
  死者の個人番号: ['具体的な保管方法'],
  消去手順: ['手順の内容'],
  従業者に対する教育・啓発: ['具体的な方法'],
  // the full form's Ⅳ-1 監査
  自己点検: ['具体的なチェック方法'],
  監査: ['具体的な内容'],
};

export const SUFFICIENCY = 'リスクへの対策は十分か';

/** The box of a risk that has no questions or boxes of its own. */
export const RISK_MEASURE = 'リスクに対する措置の内容';
/** The box that closes a risk with questions or boxes of its own. */
export const OTHER_MEASURES = 'その他の措置の内容';

/**
 * A risk's own boxes, which its 「リスクへの対策は十分か」 grades, in the form's order. The full
 * form splits some standard risks into several boxes, each tied to its risk and stage.
 */
export const RISK_TEXTS: readonly { label: string; stage?: Stage; risk?: RegExp }[] = [
  { label: RISK_MEASURE },
  { label: '対象者以外の情報の入手を防止するための措置の内容', stage: '入手', risk: /目的外の入手/ },
  { label: '必要な情報以外を入手することを防止するための措置の内容', stage: '入手', risk: /目的外の入手/ },
  { label: '入手の際の本人確認の措置の内容', stage: '入手', risk: /不正確/ },
  { label: '個人番号の真正性確認の措置の内容', stage: '入手', risk: /不正確/ },
  { label: '特定個人情報の正確性確保の措置の内容', stage: '入手', risk: /不正確/ },
  { label: '宛名システム等における措置の内容', stage: '使用', risk: /紐付け/ },
  { label: '事務で使用するその他のシステムにおける措置の内容', stage: '使用', risk: /紐付け/ },
  { label: '情報保護管理体制の確認', stage: '委託' },
  { label: OTHER_MEASURES },
];

/** 重大事故 「発生あり」: the two boxes under the answer. */
export const INCIDENT_TEXTS = { content: 'その内容', prevention: '再発防止策の内容' } as const;
export const INCIDENT_QUESTION = /重大事故が発生したか$/;

export type TextLabelKind = 'question' | 'risk' | 'incident';

const ALL_LABELS: { label: string; kind: TextLabelKind }[] = [
  ...[...new Set(Object.values(QUESTION_TEXTS).flat())].map((label) => ({ label, kind: 'question' as const })),
  ...RISK_TEXTS.map((t) => ({ label: t.label, kind: 'risk' as const })),
  ...Object.values(INCIDENT_TEXTS).map((label) => ({ label, kind: 'incident' as const })),
].sort((a, b) => b.label.length - a.label.length);

/** Every label of a graded answer's text box, longest first (「具体的な管理方法」 before 「具体的な方法」). */
export const TEXT_LABELS: readonly { label: string; kind: TextLabelKind }[] = ALL_LABELS;

/** Does the page print a text this question grades? (Its own boxes, or its risk's.) */
export const printsMeasure = (question: string) => compact(question) === SUFFICIENCY || textsOfQuestion(question).length > 0;

/** The text labels of a graded question: its own boxes, or none. */
export const textsOfQuestion = (question: string): readonly string[] => QUESTION_TEXTS[compact(question)] ?? [];

/**
 * Boxes that span the page's width and belong to no graded answer: each stage's catch-all
 * 「…におけるその他のリスク及びそのリスクに対する措置」, 「その他のリスク対策」, the file name.
 */
export function isWideLabel(flat: string): boolean {
  const s = compact(flat);
  return /(における|に伴う)その他のリスク及び/.test(s) || /^(\d{1,2}\.?)?その他のリスク対策$/.test(s) || /^\d{1,2}\.?特定個人情報ファイル名$/.test(s);
}

/** Does the risk (of that stage) print the box? Generic boxes fit every risk. */
export function riskPrints(label: string, stage: string | null, risk: string | null): boolean {
  const t = RISK_TEXTS.find((x) => x.label === label);
  if (!t) return false;
  if (t.stage && t.stage !== stage) return false;
  return !t.risk || (risk !== null && t.risk.test(compact(risk)));
}

/** Labels of the full form that only some standard risks print (not the two generic ones). */
export const isSpecificRiskText = (label: string) => label !== RISK_MEASURE && label !== OTHER_MEASURES && RISK_TEXTS.some((t) => t.label === label);
