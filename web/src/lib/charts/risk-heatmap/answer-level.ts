export type Level = 'strong' | 'adequate' | 'weak' | 'other';

export const LEVELS: Level[] = ['strong', 'adequate', 'weak', 'other'];

/** Graded answers of the form by how well they protect; NFKC-folded spellings. */
const byAnswer: Record<string, Level> = {
  特に力を入れている: 'strong',
  特に力を入れて行っている: 'strong',
  十分である: 'adequate',
  十分に行っている: 'adequate',
  定めている: 'adequate',
  行っている: 'adequate',
  発生なし: 'adequate',
  再委託していない: 'adequate',
  課題が残されている: 'weak',
  十分に行っていない: 'weak',
  定めていない: 'weak',
  行っていない: 'weak',
  発生あり: 'weak',
};

/** Where an answer stands: by its text when known, else by nothing (grey). */
export function answerLevel(answer: string | null | undefined): Level {
  if (!answer) return 'other';
  return byAnswer[answer.normalize('NFKC').replace(/\s+/g, '')] ?? 'other';
}

/** Lower is worse; a cell of the heatmap shows its worst answer. */
export const levelRank: Record<Level, number> = { weak: 1, adequate: 2, strong: 3, other: 0 };

export function worstLevel(levels: Level[]): Level {
  const graded = levels.filter((l) => l !== 'other');
  if (!graded.length) return 'other';
  return graded.reduce((a, b) => (levelRank[b] < levelRank[a] ? b : a));
}
