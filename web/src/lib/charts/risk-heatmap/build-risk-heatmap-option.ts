import { escapeHtml } from '../escape-html';
import { levelColors } from '../palette';
import type { ChartOption } from '../types';
import { ordered } from '../order';
import { LEVELS, answerLevel, levelRank, worstLevel, type Level } from './answer-level';

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
}

export interface RiskGrid {
  municipalities: string[];
  stages: string[];
  cells: RiskCell[];
}

/** The order the form prints its stages in; stages it does not know follow. */
export const STAGE_ORDER = ['入手', '使用', '委託', '提供・移転', '情報提供ネットワークシステムとの接続', '保管・消去'];

function stageRank(stage: string) {
  const i = STAGE_ORDER.findIndex((s) => stage.startsWith(s));
  return i < 0 ? STAGE_ORDER.length : i;
}

/** Cities × stages, each cell holding the answers given for that stage and the worst level. */
export function riskGrid(ratings: RatingLike[], cityOrder: readonly string[] = []): RiskGrid {
  const cells = new Map<string, RiskCell>();
  for (const r of ratings) {
    if (!r.stage) continue;
    const key = `${r.municipality}\u0000${r.stage}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { municipality: r.municipality, stage: r.stage, level: 'other', answers: [] };
      cells.set(key, cell);
    }
    if (r.answer) cell.answers.push(r.answer);
  }
  for (const cell of cells.values()) cell.level = worstLevel(cell.answers.map(answerLevel));
  const all = [...cells.values()];
  const municipalities = ordered(all.map((c) => c.municipality), cityOrder);
  const stages = [...new Set(all.map((c) => c.stage))].sort(
    (a, b) => stageRank(a) - stageRank(b) || a.localeCompare(b, 'ja'),
  );
  return { municipalities, stages, cells: all };
}

/** `selected`: the cell picked by the reader, outlined. */
export function buildRiskHeatmapOption(
  grid: RiskGrid,
  levelLabels: Record<Level, string>,
  selected?: { municipality: string; stage: string },
): ChartOption {
  const x = new Map(grid.stages.map((s, i) => [s, i]));
  const y = new Map(grid.municipalities.map((m, i) => [m, i]));
  const data = grid.cells.map((c) => {
    const value = [x.get(c.stage)!, y.get(c.municipality)!, levelRank[c.level]];
    const picked = selected?.municipality === c.municipality && selected.stage === c.stage;
    return picked ? { value, itemStyle: { borderColor: '#111', borderWidth: 3 } } : value;
  });
  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const cell = grid.cells[(p as { dataIndex: number }).dataIndex];
        if (!cell) return '';
        const answers = cell.answers.map((a) => `・${escapeHtml(a)}`).join('<br>');
        return `${escapeHtml(cell.municipality)} / ${escapeHtml(cell.stage)}<br>${answers}`;
      },
    },
    grid: { left: 8, right: 16, top: 40, bottom: 48 },
    xAxis: {
      type: 'category',
      data: grid.stages,
      position: 'top',
      splitArea: { show: true },
      axisLabel: { interval: 0, width: 110, overflow: 'break' },
    },
    yAxis: { type: 'category', data: grid.municipalities, inverse: true, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      pieces: LEVELS.map((level) => ({
        value: levelRank[level],
        label: levelLabels[level],
        color: levelColors[level],
      })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, formatter: (p: unknown) => String(grid.cells[(p as { dataIndex: number }).dataIndex]?.answers.length ?? '') },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
    ],
  };
}
