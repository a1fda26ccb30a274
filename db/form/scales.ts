/**
 * The graded answers of Ⅲ (and the full form's Ⅳ) by scale, each scale listing its options
 * as the form prints them. A question is answered from its own scale, so answers of different
 * scales printed on one page never compete.
 */
export const SCALES = {
  sufficiency: ['特に力を入れている', '十分である', '課題が残されている'],
  doing: ['特に力を入れて行っている', '十分に行っている', '十分に行っていない', '再委託していない'],
  rules: ['定めている', '定めていない'],
  does: ['行っている', '行っていない'],
  incident: ['発生あり', '発生なし'],
  recording: ['記録を残している', '記録を残していない'],
  arranging: ['特に力を入れて整備している', '十分に整備している', '十分に整備していない'],
  informing: ['特に力を入れて周知している', '十分に周知している', '十分に周知していない'],
  complying: ['特に力を入れて遵守している', '十分に遵守している', '十分に遵守していない', '政府機関ではない'],
  keeping: ['保管している', '保管していない'],
  restricting: ['制限している', '制限していない'],
} as const;
export type Scale = keyof typeof SCALES;

/** Standard graded questions and their scales (the label words, numbering dropped). */
export const QUESTIONS: { label: string; scale: Scale; risk?: RegExp }[] = [
  { label: 'リスクへの対策は十分か', scale: 'sufficiency' },
  { label: 'ユーザ認証の管理', scale: 'does', risk: /権限のない者/ },
  { label: 'アクセス権限の発効・失効の管理', scale: 'does', risk: /権限のない者/ },
  { label: 'アクセス権限の管理', scale: 'does', risk: /権限のない者/ },
  { label: '特定個人情報の使用の記録', scale: 'recording', risk: /権限のない者/ },
  { label: '特定個人情報ファイルの閲覧者・更新者の制限', scale: 'restricting' },
  { label: '特定個人情報ファイルの取扱いの記録', scale: 'recording' },
  { label: '特定個人情報の提供ルール', scale: 'rules' },
  { label: '特定個人情報の消去ルール', scale: 'rules' },
  { risk: /委託先/, label: '委託契約書中の特定個人情報ファイルの取扱いに関する規定', scale: 'rules' },
  { risk: /委託先/, label: '再委託先による特定個人情報ファイルの適切な取扱いの担保', scale: 'doing' },
  { risk: /委託先/, label: '再委託先による特定個人情報ファイルの適切な取扱いの確保', scale: 'doing' },
  { label: '特定個人情報の提供・移転の記録', scale: 'recording', risk: /不正な提供・移転/ },
  { label: '特定個人情報の提供・移転に関するルール', scale: 'rules', risk: /不正な提供・移転/ },
  { risk: /漏えい・滅失・毀損/, label: 'NISC政府機関統一基準群', scale: 'complying' },
  { risk: /漏えい・滅失・毀損/, label: '安全管理体制', scale: 'arranging' },
  { risk: /漏えい・滅失・毀損/, label: '安全管理規程', scale: 'arranging' },
  { risk: /漏えい・滅失・毀損/, label: '安全管理体制・規程の職員への周知', scale: 'informing' },
  { risk: /漏えい・滅失・毀損/, label: '物理的対策', scale: 'doing' },
  { risk: /漏えい・滅失・毀損/, label: '技術的対策', scale: 'doing' },
  { risk: /漏えい・滅失・毀損/, label: 'バックアップ', scale: 'doing' },
  { risk: /漏えい・滅失・毀損/, label: '事故発生時手順の策定・周知', scale: 'doing' },
  { label: '過去3年以内に、評価実施機関において、個人情報に関する重大事故が発生したか', scale: 'incident', risk: /漏えい・滅失・毀損/ },
  { label: '死者の個人番号', scale: 'keeping', risk: /漏えい・滅失・毀損/ },
  { label: '消去手順', scale: 'rules', risk: /消去されず/ },
  // the full form's Ⅳ-1 grades its audits instead of ticking boxes
  { label: '自己点検', scale: 'doing' },
  { label: '監査', scale: 'doing' },
  { label: '従業者に対する教育・啓発', scale: 'doing' },
];

export const scaleOfAnswer = (answer: string): Scale | null =>
  (Object.keys(SCALES) as Scale[]).find((s) => (SCALES[s] as readonly string[]).includes(answer)) ?? null;

/**
 * Where each option stands on its own scale: the strongest protection (特に力を入れて…), the
 * adequate option, the lowest — or an answer that grades nothing (再委託していない, 政府機関ではない,
 * whether the numbers of the dead are kept). The queries count answers by these levels and the
 * dashboard colours them, so they are written once, here.
 */
export type Level = 'strong' | 'adequate' | 'weak' | 'ungraded';

export const ANSWER_LEVELS: Record<string, Level> = {
  特に力を入れている: 'strong',
  十分である: 'adequate',
  課題が残されている: 'weak',
  特に力を入れて行っている: 'strong',
  十分に行っている: 'adequate',
  十分に行っていない: 'weak',
  再委託していない: 'ungraded',
  定めている: 'adequate',
  定めていない: 'weak',
  行っている: 'adequate',
  行っていない: 'weak',
  記録を残している: 'adequate',
  記録を残していない: 'weak',
  発生なし: 'adequate',
  発生あり: 'weak',
  特に力を入れて整備している: 'strong',
  十分に整備している: 'adequate',
  十分に整備していない: 'weak',
  特に力を入れて周知している: 'strong',
  十分に周知している: 'adequate',
  十分に周知していない: 'weak',
  特に力を入れて遵守している: 'strong',
  十分に遵守している: 'adequate',
  十分に遵守していない: 'weak',
  政府機関ではない: 'ungraded',
  制限している: 'adequate',
  制限していない: 'weak',
  保管している: 'ungraded',
  保管していない: 'ungraded',
};

/** A level as the API's ordinal `score`: higher = stronger protection; null grades nothing. */
export const LEVEL_SCORE: Record<Level, number | null> = { strong: 3, adequate: 2, weak: 1, ungraded: null };

/** The score of a level, back: what the stored `score` says of an answer. */
export function levelOfScore(score: number | null): Level {
  return score === 3 ? 'strong' : score === 2 ? 'adequate' : score === 1 ? 'weak' : 'ungraded';
}
