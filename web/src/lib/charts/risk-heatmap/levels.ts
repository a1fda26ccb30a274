import { ANSWER_LEVELS, SCALES } from '../../../../../db/form/scales';

/**
 * Where a cell of the risk heatmap stands, from the API's counts per level (the reader's
 * `score`: 3 = 特に力を入れて…, 2 = the adequate option, 1 = the lowest of its scale): its weakest
 * certain answer; `ungraded` when its answers grade nothing (再委託していない); `uncertain` when
 * every answer it has is in doubt; `unanswered` when its questions have no answer read.
 */
export type Level = 'strong' | 'adequate' | 'weak' | 'ungraded' | 'uncertain' | 'unanswered';

/** Every level, in the legend's order: the scale strongest first, then no grade, doubt, no answer. */
export const LEVELS: Level[] = ['strong', 'adequate', 'weak', 'ungraded', 'uncertain', 'unanswered'];

/** The visual map's value of each level; lower is weaker, the levels without a grade below 1. */
export const levelRank: Record<Level, number> = { strong: 3, adequate: 2, weak: 1, ungraded: 0, unanswered: -1, uncertain: -2 };

export interface LevelCounts {
  answers: number;
  ungraded: number;
  min_score: number | null;
  uncertain: number;
}

export function cellLevel(c: LevelCounts): Level {
  if (c.min_score !== null && c.min_score >= 3) return 'strong';
  if (c.min_score === 2) return 'adequate';
  if (c.min_score !== null && c.min_score <= 1) return 'weak';
  if (c.ungraded > 0) return 'ungraded';
  return c.uncertain > 0 ? 'uncertain' : 'unanswered';
}

/**
 * The form's options at each level, in the order of its scales, for the legend to quote: the
 * same levels the reader scores by (db/form/scales.ts), so the legend says what the counts count.
 */
export const LEVEL_EXAMPLES: Record<'strong' | 'adequate' | 'weak' | 'ungraded', string[]> = (() => {
  const out = { strong: [] as string[], adequate: [] as string[], weak: [] as string[], ungraded: [] as string[] };
  for (const options of Object.values(SCALES) as readonly (readonly string[])[])
    for (const option of options) if (!out[ANSWER_LEVELS[option]!].includes(option)) out[ANSWER_LEVELS[option]!].push(option);
  return out;
})();
