import { ordered } from '../order';
import { GRADED_ANSWERS, answerLevel, foldAnswer, type Level } from '../risk-heatmap/answer-level';
import { levelColors } from '../palette';
import type { ChartOption } from '../types';

export interface AnswerLike {
  municipality: string;
  answer: string | null;
}

export interface Distribution {
  municipalities: string[];
  /** answers ordered strong → weak → others */
  answers: string[];
  /** counts[answerIndex][municipalityIndex] */
  counts: number[][];
}

const levelOrder = { strong: 0, adequate: 1, weak: 2, ungraded: 3, unanswered: 4 } as const;

/** Within a level, the form's own order of options (as the heatmap's legend quotes them). */
function rankInLevel(answer: string) {
  const level = answerLevel(answer);
  const list: readonly string[] = level in GRADED_ANSWERS ? GRADED_ANSWERS[level as keyof typeof GRADED_ANSWERS] : [];
  const i = list.indexOf(foldAnswer(answer));
  return i < 0 ? list.length : i;
}

export function answerDistribution(rows: AnswerLike[], cityOrder: readonly string[] = []): Distribution {
  const answered = rows.filter((r): r is AnswerLike & { answer: string } => !!r.answer);
  const municipalities = ordered(answered.map((r) => r.municipality), cityOrder);
  const answers = [...new Set(answered.map((r) => r.answer))].sort(
    (a, b) =>
      levelOrder[answerLevel(a)] - levelOrder[answerLevel(b)] || rankInLevel(a) - rankInLevel(b) || a.localeCompare(b, 'ja'),
  );
  const counts = answers.map(() => municipalities.map(() => 0));
  for (const r of answered) counts[answers.indexOf(r.answer)]![municipalities.indexOf(r.municipality)]!++;
  return { municipalities, answers, counts };
}

/** Shades within one level, spread evenly so that answers of the same strength read as one family. */
function shade(hex: string, step: number, of: number) {
  const n = parseInt(hex.slice(1), 16);
  const lighten = of > 1 ? (step / (of - 1)) * 0.6 : 0;
  const mix = (c: number) => Math.round(c + (255 - c) * lighten);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${((r! << 16) | (g! << 8) | b!).toString(16).padStart(6, '0')}`;
}

export function buildAnswerDistributionOption(d: Distribution): ChartOption {
  const seen: Partial<Record<Level, number>> = {};
  const perLevel: Partial<Record<Level, number>> = {};
  for (const a of d.answers) perLevel[answerLevel(a)] = (perLevel[answerLevel(a)] ?? 0) + 1;
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // beside the bars, one answer a line: a row of fifteen answers across the top gets cut off
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 8, bottom: 8, itemGap: 6 },
    grid: { left: 8, right: 200, top: 16, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: d.municipalities, inverse: true },
    series: d.answers.map((answer, i) => {
      const level = answerLevel(answer);
      const step = (seen[level] = (seen[level] ?? -1) + 1);
      return {
        type: 'bar' as const,
        name: answer,
        stack: 'answers',
        itemStyle: { color: shade(levelColors[level], step, perLevel[level] ?? 1), borderColor: '#fff', borderWidth: 1 },
        data: d.counts[i],
      };
    }),
  };
}
