/**
 * Where a graded answer stands on its own scale. The form grades with a dozen scales (十分で
 * ある, 十分に行っている, 定めている, 発生なし …), each listing its options strongest first; a
 * level is an answer's rank on its scale, the same order as the API's `score`
 * (db/ingest/form/answers.ts): 3 = 特に力を入れて…, 2 = the adequate option, 1 = the lowest.
 * A scale of two options (定めている / 定めていない) has no 3.
 *
 * `ungraded` is an answer that says nothing about protection (再委託していない, 政府機関では
 * ない, 保管している) or that no known scale holds; `unanswered` a question left blank.
 */
export type Level = 'weak' | 'adequate' | 'strong' | 'ungraded' | 'unanswered';

/** Every level, in the legend's order: the scale strongest first, then no grade, then no answer. */
export const LEVELS: Level[] = ['strong', 'adequate', 'weak', 'ungraded', 'unanswered'];

type Graded = Extract<Level, 'weak' | 'adequate' | 'strong'>;

/** Every graded option of the form by level, NFKC-folded; the legend quotes them in this order. */
export const GRADED_ANSWERS: Record<Graded, readonly string[]> = {
  weak: [
    '課題が残されている',
    '十分に行っていない',
    '定めていない',
    '行っていない',
    '発生あり',
    '記録を残していない',
    '十分に整備していない',
    '十分に周知していない',
    '十分に遵守していない',
  ],
  adequate: [
    '十分である',
    '十分に行っている',
    '定めている',
    '行っている',
    '発生なし',
    '記録を残している',
    '十分に整備している',
    '十分に周知している',
    '十分に遵守している',
  ],
  strong: [
    '特に力を入れている',
    '特に力を入れて行っている',
    '特に力を入れて整備している',
    '特に力を入れて周知している',
    '特に力を入れて遵守している',
  ],
};

const byAnswer = new Map<string, Graded>(
  (Object.entries(GRADED_ANSWERS) as [Graded, readonly string[]][]).flatMap(([level, answers]) =>
    answers.map((a) => [a, level] as const),
  ),
);

/** An answer as the lists above spell it: NFKC, no spaces. */
export const foldAnswer = (answer: string) => answer.normalize('NFKC').replace(/\s+/g, '');

/** Where one answer stands; a blank answer is `unanswered`. */
export function answerLevel(answer: string | null | undefined): Level {
  if (!answer || !foldAnswer(answer)) return 'unanswered';
  return byAnswer.get(foldAnswer(answer)) ?? 'ungraded';
}

/** Lower is weaker; a cell of the heatmap shows its weakest answer. */
export const levelRank: Record<Level, number> = { weak: 1, adequate: 2, strong: 3, ungraded: 0, unanswered: -1 };

/** The weakest graded level; `ungraded` when answers are all ungraded, `unanswered` when there are none. */
export function weakestLevel(levels: Level[]): Level {
  const graded = levels.filter((l) => levelRank[l] > 0);
  if (graded.length) return graded.reduce((a, b) => (levelRank[b] < levelRank[a] ? b : a));
  return levels.some((l) => l === 'ungraded') ? 'ungraded' : 'unanswered';
}
