/**
 * The stages of Ⅲ リスク対策 in the order the form prints them, then the full form's Ⅳ
 * (監査, 教育・啓発, その他): what the readers file answers under, and the order every
 * view of them keeps.
 */
export const STAGES = ['入手', '使用', '委託', '提供・移転', '情報提供ネットワークシステムとの接続', '保管・消去'] as const;
export const STAGE_ORDER: readonly string[] = [...STAGES, '監査', '教育・啓発', 'その他'];

/** Stages in the form's order; a stage the form does not list follows in name order. */
export function byStageOrder(a: string, b: string) {
  const rank = (s: string) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
