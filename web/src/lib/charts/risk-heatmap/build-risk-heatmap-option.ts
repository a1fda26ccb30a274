import { escapeHtml } from '../escape-html';
import { levelColors } from '../palette';
import type { ChartOption } from '../types';
import { ordered } from '../order';
import { GRADED_ANSWERS, LEVELS, answerLevel, levelRank, weakestLevel, type Level } from './answer-level';

export interface RatingLike {
  municipality: string;
  stage: string | null;
  answer: string | null;
}

export interface RiskCell {
  municipality: string;
  stage: string;
  level: Level;
  answers: string[];
  /** the questions of the stage left without an answer */
  unanswered: number;
}

export interface RiskGrid {
  municipalities: string[];
  stages: string[];
  cells: RiskCell[];
}

/** What the chart writes, in the reader's language; answers themselves stay as the form prints them. */
export interface HeatmapLabels {
  levels: Record<Level, string>;
  /** 「最も弱い回答」: names the answer that decides a cell's colour */
  weakest: string;
  /** written in a cell whose questions have no answer */
  noAnswer: string;
}

/** The order the form prints its stages in; stages it does not know follow. */
export const STAGE_ORDER = ['入手', '使用', '委託', '提供・移転', '情報提供ネットワークシステムとの接続', '保管・消去'];

/** Axis names for stages too long for a column; the tooltip gives the full name. */
const STAGE_SHORT: Record<string, string> = {
  情報提供ネットワークシステムとの接続: '情報提供NWS接続',
};

export const stageShort = (stage: string) => STAGE_SHORT[stage] ?? stage;

/** Answers the legend quotes for the levels that have no graded option. */
const UNGRADED_EXAMPLES = ['再委託していない', '政府機関ではない'];

function stageRank(stage: string) {
  const i = STAGE_ORDER.findIndex((s) => stage.startsWith(s));
  return i < 0 ? STAGE_ORDER.length : i;
}

/** Cities × stages, each cell holding the answers given for that stage and the weakest level. */
export function riskGrid(ratings: RatingLike[], cityOrder: readonly string[] = []): RiskGrid {
  const cells = new Map<string, RiskCell>();
  for (const r of ratings) {
    if (!r.stage) continue;
    const key = `${r.municipality}\u0000${r.stage}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { municipality: r.municipality, stage: r.stage, level: 'unanswered', answers: [], unanswered: 0 };
      cells.set(key, cell);
    }
    if (r.answer) cell.answers.push(r.answer);
    else cell.unanswered++;
  }
  for (const cell of cells.values()) cell.level = weakestLevel(cell.answers.map(answerLevel));
  const all = [...cells.values()];
  const municipalities = ordered(all.map((c) => c.municipality), cityOrder);
  const stages = [...new Set(all.map((c) => c.stage))].sort(
    (a, b) => stageRank(a) - stageRank(b) || a.localeCompare(b, 'ja'),
  );
  return { municipalities, stages, cells: all };
}

const TALLY_ORDER: Level[] = ['weak', 'adequate', 'strong', 'ungraded', 'unanswered'];

/** Answers with how often each was given: graded ones weakest first, then the ungraded. */
function tally(answers: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  const order = (a: string) => TALLY_ORDER.indexOf(answerLevel(a));
  return [...counts].sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b, 'ja'));
}

/**
 * What a colour stands for, in the answers of this chart: the level's name, then the answers
 * at that level that the cells hold (the form's own examples when none do).
 */
export function legendLabel(grid: RiskGrid, level: Level, labels: HeatmapLabels): string {
  if (level === 'unanswered') return labels.levels[level];
  const given = new Set(grid.cells.flatMap((c) => c.answers).filter((a) => answerLevel(a) === level));
  const known = level === 'ungraded' ? UNGRADED_EXAMPLES : GRADED_ANSWERS[level];
  const present = [...known.filter((a) => given.has(a)), ...[...given].filter((a) => !known.includes(a))];
  const quoted = present.length ? present : known.slice(0, 3);
  const more = present.length ? present.length > 4 : known.length > 3;
  return `${labels.levels[level]}: ${quoted.slice(0, 4).join(' / ')}${more ? ' …' : ''}`;
}

/** The chart's height for a grid: rows of cells, the stage names above and the legend below. */
export function riskHeatmapHeight(grid: RiskGrid): number {
  return Math.max(3, grid.municipalities.length) * 44 + 60 + LEVELS.length * 22 + 24;
}

function tooltip(cell: RiskCell, labels: HeatmapLabels): string {
  const lines = [`<strong>${escapeHtml(cell.municipality)} / ${escapeHtml(cell.stage)}</strong>`];
  if (cell.level === 'weak' || cell.level === 'adequate' || cell.level === 'strong') {
    const weakest = [...new Set(cell.answers.filter((a) => answerLevel(a) === cell.level))];
    lines.push(`${escapeHtml(labels.weakest)}: ${weakest.map(escapeHtml).join(' / ')}`);
  }
  for (const [answer, n] of tally(cell.answers)) lines.push(`・${escapeHtml(answer)}${n > 1 ? ` ×${n}` : ''}`);
  if (cell.unanswered) lines.push(`・${escapeHtml(labels.noAnswer)}${cell.unanswered > 1 ? ` ×${cell.unanswered}` : ''}`);
  return lines.join('<br>');
}

/** `selected`: the cell picked by the reader, outlined. */
export function buildRiskHeatmapOption(
  grid: RiskGrid,
  labels: HeatmapLabels,
  selected?: { municipality: string; stage: string },
): ChartOption {
  const x = new Map(grid.stages.map((s, i) => [s, i]));
  const y = new Map(grid.municipalities.map((m, i) => [m, i]));
  const data = grid.cells.map((c) => {
    const value = [x.get(c.stage)!, y.get(c.municipality)!, levelRank[c.level]];
    const picked = selected?.municipality === c.municipality && selected.stage === c.stage;
    return picked ? { value, itemStyle: { borderColor: '#111', borderWidth: 3 } } : value;
  });
  const cellAt = (p: unknown) => grid.cells[(p as { dataIndex: number }).dataIndex];
  return {
    animation: false,
    tooltip: {
      confine: true,
      formatter: (p: unknown) => {
        const cell = cellAt(p);
        return cell ? tooltip(cell, labels) : '';
      },
    },
    grid: { left: 8, right: 16, top: 48, bottom: LEVELS.length * 22 + 16 },
    xAxis: {
      type: 'category',
      data: grid.stages,
      position: 'top',
      axisTick: { show: false },
      // a fixed width wraps a long name inside its column instead of over its neighbours
      axisLabel: { interval: 0, width: 84, overflow: 'break', lineHeight: 14, formatter: stageShort },
    },
    yAxis: { type: 'category', data: grid.municipalities, inverse: true, axisTick: { show: false } },
    visualMap: {
      type: 'piecewise',
      // a vertical list reads as the scale, strongest first: pieces are drawn by value, high on top
      orient: 'vertical',
      left: 8,
      bottom: 0,
      itemGap: 6,
      itemWidth: 18,
      itemHeight: 14,
      pieces: LEVELS.map((level) => ({
        value: levelRank[level],
        label: legendLabel(grid, level, labels),
        color: levelColors[level],
      })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          formatter: (p: unknown) => {
            const cell = cellAt(p);
            if (!cell) return '';
            return cell.answers.length ? String(cell.answers.length) : labels.noAnswer;
          },
        },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
    ],
  };
}
