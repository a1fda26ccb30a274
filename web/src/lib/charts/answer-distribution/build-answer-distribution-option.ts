import { ordered } from '../order';
import { answerLevel } from '../risk-heatmap/answer-level';
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

const levelOrder = { strong: 0, adequate: 1, weak: 2, other: 3 } as const;

export function answerDistribution(rows: AnswerLike[], cityOrder: readonly string[] = []): Distribution {
  const answered = rows.filter((r): r is AnswerLike & { answer: string } => !!r.answer);
  const municipalities = ordered(answered.map((r) => r.municipality), cityOrder);
  const answers = [...new Set(answered.map((r) => r.answer))].sort(
    (a, b) => levelOrder[answerLevel(a)] - levelOrder[answerLevel(b)] || a.localeCompare(b, 'ja'),
  );
  const counts = answers.map(() => municipalities.map(() => 0));
  for (const r of answered) counts[answers.indexOf(r.answer)]![municipalities.indexOf(r.municipality)]!++;
  return { municipalities, answers, counts };
}

/** Shades within one level, so answers of the same strength read as one family. */
function shade(hex: string, step: number) {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * Math.min(step * 0.25, 0.75));
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${((r! << 16) | (g! << 8) | b!).toString(16).padStart(6, '0')}`;
}

export function buildAnswerDistributionOption(d: Distribution): ChartOption {
  const seen: Record<string, number> = {};
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 40, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: d.municipalities, inverse: true },
    series: d.answers.map((answer, i) => {
      const level = answerLevel(answer);
      const step = (seen[level] = (seen[level] ?? -1) + 1);
      return {
        type: 'bar' as const,
        name: answer,
        stack: 'answers',
        itemStyle: { color: shade(levelColors[level], step) },
        data: d.counts[i],
      };
    }),
  };
}
