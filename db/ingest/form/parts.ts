import { STAGES } from '../../form/stages';
import { compact } from '../normalize/text';

export { STAGES };
import type { FormPart } from '../facts';

/**
 * The parts of the form by their headings. Numerals differ between forms (Ⅳ is 開示請求 in
 * the focused form but その他のリスク対策 in the full one), so parts are told by name.
 */
export type PartName =
  | 'basic'
  | 'file'
  | 'risk'
  | 'otherRisk'
  | 'disclosure'
  | 'procedure'
  | 'annexItems'
  | 'annexAffair'
  | 'annexChanges'
  // the 基礎項目評価書's own parts: Ⅰ 関連情報, Ⅱ しきい値判断項目, Ⅲ しきい値判断結果, Ⅳ リスク対策
  | 'related'
  | 'thresholdItems'
  | 'thresholdResult'
  | 'basicRisk';

const PART_HEADINGS: { part: PartName; test: RegExp }[] = [
  { part: 'basic', test: /^(Ⅰ|I|1)?基本情報$/ },
  { part: 'file', test: /^(Ⅱ|II|2)?特定個人情報ファイルの概要/ },
  { part: 'risk', test: /^(Ⅲ|III|3)?(特定個人情報ファイルの取扱いプロセスにおける)?リスク対策/ },
  { part: 'otherRisk', test: /^(Ⅳ|IV|4)?その他のリスク対策/ },
  { part: 'disclosure', test: /^(Ⅳ|IV|Ⅴ|V|4|5)?開示請求、?問合せ/ },
  { part: 'procedure', test: /^(Ⅴ|V|Ⅵ|VI|5|6)?評価実施手続/ },
  { part: 'annexItems', test: /^\(別添\d\)(特定個人情報ファイル)?記録項目/ },
  { part: 'annexAffair', test: /^\(別添\d\)事務の内容/ },
  { part: 'annexChanges', test: /^\(別添\d\)変更箇所/ },
  // numbered: the other forms' 評価実施手続 has an item 「しきい値判断結果」 of its own
  { part: 'related', test: /^(Ⅰ|I)関連情報$/ },
  { part: 'thresholdItems', test: /^(Ⅱ|II)しきい値判断項目$/ },
  { part: 'thresholdResult', test: /^(Ⅲ|III)しきい値判断結果$/ },
  // the 基礎's Ⅳ is its risk part (the full form's Ⅳ is その他のリスク対策, matched above)
  { part: 'basicRisk', test: /^(Ⅳ|IV)リスク対策$/ },
  // the 基礎 has no annexes: its change table is headed 「変更箇所」 alone
  { part: 'annexChanges', test: /^変更箇所$/ },
];

/** The part a heading line opens, or null. Roman numerals are folded by NFKC (Ⅲ → III). */
export function partOfHeading(line: string): PartName | null {
  return partOfFlat(compact(line));
}

/** partOfHeading of a line already compacted (a box's first line, compacted once per box). */
export function partOfFlat(flat: string): PartName | null {
  if (!ANY_PART_HEADING.test(flat)) return null;
  return PART_HEADINGS.find((h) => h.test.test(flat))?.part ?? null;
}

/** Any of the headings (each anchored at the start): most boxes open none, and one pattern says so. */
const ANY_PART_HEADING = new RegExp(`^(?:${PART_HEADINGS.map((h) => h.test.source.replace(/^\^/, '')).join('|')})`);

export const PART_LABEL: Record<PartName, FormPart> = {
  basic: '基本情報',
  file: '特定個人情報ファイルの概要',
  risk: 'リスク対策',
  otherRisk: 'その他のリスク対策',
  disclosure: '開示請求、問合せ',
  procedure: '評価実施手続',
  annexItems: '別添:記録項目',
  annexAffair: '別添:記録項目',
  annexChanges: '別添:変更箇所',
  related: '関連情報',
  thresholdItems: 'しきい値判断項目',
  thresholdResult: 'しきい値判断結果',
  basicRisk: 'リスク対策',
};

/**
 * The stages of Ⅲ リスク対策, by the words of their numbered headings
 * (「２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）」 …).
 */
export type Stage = (typeof STAGES)[number] | '監査' | '教育・啓発' | 'その他' | '人手を介在させる作業' | '最も優先度が高いと考えられる対策';

const STAGE_HEADINGS: { stage: Stage; test: RegExp }[] = [
  { stage: '入手', test: /^特定個人情報の入手/ },
  { stage: '使用', test: /^特定個人情報の使用/ },
  { stage: '委託', test: /^特定個人情報ファイルの取扱いの委託/ },
  { stage: '提供・移転', test: /^特定個人情報の提供・移転/ },
  { stage: '情報提供ネットワークシステムとの接続', test: /^情報提供ネットワークシステムとの接続/ },
  { stage: '保管・消去', test: /^特定個人情報の保管・消去/ },
  { stage: '監査', test: /^監査$/ },
  { stage: '教育・啓発', test: /^従業者に対する教育・啓発$/ },
  { stage: 'その他', test: /^その他のリスク対策$/ },
  // the 基礎項目評価書's later versions (Ⅳ-8 and Ⅳ-11)
  { stage: '人手を介在させる作業', test: /^人手を介在させる作業/ },
  { stage: '最も優先度が高いと考えられる対策', test: /^最も優先度が高いと考えられる対策/ },
];

/**
 * A Ⅲ section heading anywhere on a line: the PDF extraction may print it after other boxes'
 * text (「] 接続しない（提供）[ ] 接続しない（入手） ６．情報提供ネットワークシステムとの接続」).
 */
export function stageInLine(line: string): { no: number; stage: Stage } | null {
  return stageInFlat(compact(line));
}

/** stageInLine of a line already compacted; each heading's text from its number on is compacted already. */
export function stageInFlat(s: string): { no: number; stage: Stage } | null {
  for (const m of s.matchAll(/(?:^|[^\d])(\d{1,2}\.)/g)) {
    const hit = stageOfFlat(s.slice(m.index! + m[0].length - m[1]!.length));
    if (hit) return hit;
  }
  return null;
}

/** 「３．特定個人情報の使用」 → { no: 3, stage: '使用' } when the line is a Ⅲ section heading. */
export function stageOfHeading(line: string): { no: number; stage: Stage } | null {
  return stageOfFlat(compact(line));
}

/** stageOfHeading of a line already compacted. */
export function stageOfFlat(flat: string): { no: number; stage: Stage } | null {
  const m = /^(\d{1,2})\.?(.+)$/.exec(flat);
  if (!m) return null;
  const rest = m[2]!.replace(/※.*$/, '');
  const hit = STAGE_HEADINGS.find((h) => h.test.test(rest));
  return hit ? { no: Number(m[1]), stage: hit.stage } : null;
}

/**
 * The standard risks of each stage, used to tell the stage of a risk whose heading the
 * document lost (a partial document may open in the middle of Ⅲ).
 */
const RISK_STAGE: { stage: Stage; test: RegExp }[] = [
  { stage: '入手', test: /不適切な方法で入手|対象者以外の情報の入手/ },
  { stage: '使用', test: /目的を超えた紐付け|権限のない者.*不正に使用|従業者が事務外で使用|不正に複製/ },
  { stage: '委託', test: /委託先における不正な使用/ },
  { stage: '提供・移転', test: /不正な提供・移転|不適切な方法で提供・移転|誤った相手に提供・移転/ },
  { stage: '保管・消去', test: /漏えい・滅失・毀損|古い情報のまま保管|消去されずいつまでも存在/ },
  { stage: '情報提供ネットワークシステムとの接続', test: /不正な提供が行われる|安全が保たれない方法|不適切な方法で提供される|誤った情報を提供してしまう|誤った相手に提供してしまう/ },
];

export function stageOfRisk(risk: string): Stage | null {
  const s = compact(risk);
  return RISK_STAGE.find((r) => r.test.test(s))?.stage ?? null;
}

/** Risks that both 入手 and the network connection stage name (目的外の入手, 不正確, 漏えい・紛失). */
const SHARED_RISKS = /目的外の入手|入手した特定個人情報が不正確|入手の際に特定個人情報が漏えい/;

/** Every stage whose standard risks include this one. */
export function stagesOfRisk(risk: string): Stage[] {
  if (SHARED_RISKS.test(compact(risk))) return ['入手', '情報提供ネットワークシステムとの接続'];
  const one = stageOfRisk(risk);
  return one ? [one] : [];
}

/** Ⅲ's numbered section heading that names each stage's catch-all 「…におけるその他のリスク及び…」 row. */
export function stageOfOtherRiskRow(line: string): Stage | null {
  const s = compact(line);
  if (!/におけるその他のリスク|に伴うその他のリスク/.test(s)) return null;
  return stageOfHeading('1.' + s.replace(/(における|に伴う)その他のリスク.*$/, ''))?.stage ?? null;
}
