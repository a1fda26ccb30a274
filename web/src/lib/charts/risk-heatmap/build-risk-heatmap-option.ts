import { axisScroll } from '../axis-scroll';
import { escapeHtml } from '../escape-html';
import { doubtedHeatmapSeries, levelColors, uncertainOutline } from '../palette';
import type { ChartOption } from '../types';
import { cellLevel, LEVEL_EXAMPLES, LEVELS, levelRank, type Level } from './levels';

/** A cell of /api/ratings/matrix: a group's answers at one stage, counted per level. */
export interface RiskCell {
  group: string;
  stage: string;
  answers: number;
  strong: number;
  adequate: number;
  weak: number;
  ungraded: number;
  min_score: number | null;
  uncertain: number;
  unread: number;
  bodies: number;
}

export interface RiskMatrix {
  groups: { key: string; label: string }[];
  stages: string[];
  cells: RiskCell[];
}

/** What the chart writes, in the reader's language; the form's options stay as it prints them. */
export interface HeatmapLabels {
  /** the legend's words per level */
  levels: Record<Level, string>;
  /** the tooltip's words per count */
  counts: Record<'strong' | 'adequate' | 'weak' | 'ungraded' | 'uncertain' | 'unread' | 'bodies', string>;
  /** 「最も弱い回答」: names the level that decides a cell's colour */
  weakest: string;
  /** written in a cell whose questions have no answer */
  noAnswer: string;
  /** the outlined cells' legend entry: answers in doubt, not counted */
  uncertain: string;
}

/** Axis names for stages too long for a column; the tooltip gives the full name. */
const STAGE_SHORT: Record<string, string> = {
  情報提供ネットワークシステムとの接続: '情報提供NWS接続',
};

export const stageShort = (stage: string) => STAGE_SHORT[stage] ?? stage;

/** Rows shown at once; more scroll. */
const VISIBLE_ROWS = 50;
const LEGEND_HEIGHT = LEVELS.length * 22 + 16;

const rowHeight = (groups: number) => (groups > 15 ? 26 : 40);

/** The chart's height: rows of cells, the stage names above and the legend below. */
export function riskHeatmapHeight(matrix: Pick<RiskMatrix, 'groups'>): number {
  const rows = Math.max(3, Math.min(matrix.groups.length, VISIBLE_ROWS));
  return rows * rowHeight(matrix.groups.length) + 60 + LEGEND_HEIGHT;
}

/** What a colour stands for: the level's name, then the form's options at that level. */
export function legendLabel(level: Level, labels: HeatmapLabels): string {
  if (level === 'uncertain' || level === 'unanswered') return labels.levels[level];
  const examples = LEVEL_EXAMPLES[level];
  return `${labels.levels[level]}: ${examples.slice(0, 4).join(' / ')}${examples.length > 4 ? ' …' : ''}`;
}

function tooltip(cell: RiskCell, group: string, labels: HeatmapLabels): string {
  const level = cellLevel(cell);
  const lines = [`<strong>${escapeHtml(group)} / ${escapeHtml(cell.stage)}</strong>`];
  if (level === 'weak' || level === 'adequate' || level === 'strong') lines.push(`${escapeHtml(labels.weakest)}: ${escapeHtml(labels.levels[level])}`);
  for (const key of ['strong', 'adequate', 'weak', 'ungraded', 'uncertain', 'unread'] as const) {
    if (cell[key]) lines.push(`・${escapeHtml(labels.counts[key])}: ${cell[key]}`);
  }
  lines.push(`${escapeHtml(labels.counts.bodies)}: ${cell.bodies}`);
  return lines.join('<br>');
}

/**
 * Groups × stages coloured by the weakest answer each cell holds, from the API's counts per
 * level; a cell's number is its certain answers, and the answers in doubt are drawn over it,
 * outlined, as 「+n」 — never added in. Each data item is [stage, group, level rank, cell index].
 * `selected`: the cell picked by the reader, outlined.
 */
export function buildRiskHeatmapOption(matrix: RiskMatrix, labels: HeatmapLabels, selected?: { group: string; stage: string }): ChartOption {
  const x = new Map(matrix.stages.map((s, i) => [s, i]));
  const y = new Map(matrix.groups.map((g, i) => [g.key, i]));
  const cells = matrix.cells.filter((c) => x.has(c.stage) && y.has(c.group));
  const data = cells.map((c, i) => {
    const value = [x.get(c.stage)!, y.get(c.group)!, levelRank[cellLevel(c)], i];
    return selected?.group === c.group && selected.stage === c.stage ? { value, itemStyle: { borderColor: '#111', borderWidth: 3 } } : value;
  });
  const doubted = cells.flatMap((c, i) => (c.uncertain > 0 ? [[x.get(c.stage)!, y.get(c.group)!, c.uncertain, i]] : []));
  const cellAt = (p: unknown) => cells[((p as { value: number[] }).value ?? [])[3] ?? -1];
  const scrolls = matrix.groups.length > VISIBLE_ROWS;
  return {
    animation: false,
    tooltip: {
      confine: true,
      formatter: (p: unknown) => {
        const cell = cellAt(p);
        return cell ? tooltip(cell, matrix.groups[y.get(cell.group)!]!.label, labels) : '';
      },
    },
    legend: doubted.length ? { top: 0, right: 8, data: [labels.uncertain] } : { show: false },
    grid: { left: 8, right: scrolls ? 40 : 16, top: 48, bottom: LEGEND_HEIGHT },
    ...(scrolls
      ? { dataZoom: axisScroll('y', { visible: VISIBLE_ROWS, right: 8, width: 16 }) }
      : {}),
    xAxis: {
      type: 'category',
      data: matrix.stages,
      position: 'top',
      axisTick: { show: false },
      // a fixed width wraps a long name inside its column instead of over its neighbours
      axisLabel: { interval: 0, width: 84, overflow: 'break', lineHeight: 14, formatter: stageShort },
    },
    yAxis: { type: 'category', data: matrix.groups.map((g) => g.label), inverse: true, axisTick: { show: false }, triggerEvent: true, axisLabel: { interval: 0 } },
    visualMap: [
      {
        type: 'piecewise',
        seriesIndex: 0,
        // the level (a visual map reads the last dimension, the cell index, unless told)
        dimension: 2,
        // a vertical list reads as the scale, strongest first: pieces are drawn by value, high on top
        orient: 'vertical',
        left: 8,
        bottom: 0,
        itemGap: 6,
        itemWidth: 18,
        itemHeight: 14,
        pieces: LEVELS.map((level) => ({ value: levelRank[level], label: legendLabel(level, labels), color: levelColors[level] })),
      },
      // ECharts draws a heatmap only through a visual map: the outlines' keeps them unfilled
      { type: 'piecewise', seriesIndex: 1, dimension: 2, show: false, pieces: [{ min: 1 }], inRange: { color: uncertainOutline.color } },
    ],
    series: [
      {
        type: 'heatmap',
        name: labels.levels.weak,
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          formatter: (p: unknown) => {
            const cell = cellAt(p);
            if (!cell) return '';
            if (cell.answers) return String(cell.answers);
            return cell.uncertain ? '' : labels.noAnswer;
          },
        },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
      doubtedHeatmapSeries(labels.uncertain, doubted),
    ],
  };
}
