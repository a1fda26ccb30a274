import { axisScroll } from '../axis-scroll';
import { escapeHtml } from '../escape-html';
import { hatch, levelColors, uncertainColor } from '../palette';
import type { RiskMatrix } from '../risk-heatmap/build-risk-heatmap-option';
import type { ChartOption } from '../types';

/** The counts a bar stacks, strongest first; answers in doubt and unread questions after. */
export const DISTRIBUTION_KEYS = ['strong', 'adequate', 'weak', 'ungraded', 'uncertain', 'unread'] as const;
export type DistributionKey = (typeof DISTRIBUTION_KEYS)[number];

/** Rows shown at once; more scroll. */
const VISIBLE_ROWS = 40;

export function distributionHeight(matrix: Pick<RiskMatrix, 'groups'>): number {
  return Math.max(220, 28 * Math.min(matrix.groups.length, VISIBLE_ROWS) + 80);
}

/** Per group, the API's counts per level added over the stages of Ⅲ: [key][group]. */
export function levelTotals(matrix: RiskMatrix): Record<DistributionKey, number[]> {
  const row = new Map(matrix.groups.map((g, i) => [g.key, i]));
  const totals = Object.fromEntries(DISTRIBUTION_KEYS.map((k) => [k, matrix.groups.map(() => 0)])) as Record<DistributionKey, number[]>;
  for (const cell of matrix.cells) {
    const i = row.get(cell.group);
    if (i !== undefined) for (const k of DISTRIBUTION_KEYS) totals[k][i]! += cell[k];
  }
  return totals;
}

const COLORS: Record<DistributionKey, string> = { ...levelColors, unread: levelColors.unanswered, uncertain: levelColors.uncertain };

/**
 * How each group's graded answers spread over the levels of their scales: stacked bars of the
 * certain answers per level, then, hatched and set apart, the answers in doubt, and the
 * questions whose answer was not read.
 */
export function buildAnswerDistributionOption(matrix: RiskMatrix, labels: Record<DistributionKey, string>): ChartOption {
  const totals = levelTotals(matrix);
  const scrolls = matrix.groups.length > VISIBLE_ROWS;
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const i = (p as { dataIndex: number }[])[0]?.dataIndex ?? -1;
        const group = matrix.groups[i];
        if (!group) return '';
        return [escapeHtml(group.label), ...DISTRIBUTION_KEYS.filter((k) => totals[k][i]).map((k) => `${escapeHtml(labels[k])}: ${totals[k][i]}`)].join('<br>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: scrolls ? 40 : 16, top: 32, bottom: 8 },
    ...(scrolls
      ? { dataZoom: axisScroll('y', { visible: VISIBLE_ROWS, right: 8, width: 16 }) }
      : {}),
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: matrix.groups.map((g) => g.label), inverse: true, axisLabel: { interval: 0 } },
    series: DISTRIBUTION_KEYS.map((key) => ({
      type: 'bar' as const,
      name: labels[key],
      stack: key === 'uncertain' || key === 'unread' ? 'apart' : 'answers',
      itemStyle:
        key === 'uncertain'
          ? { color: COLORS[key], borderColor: uncertainColor, borderType: 'dashed' as const, borderWidth: 1, decal: hatch }
          : { color: COLORS[key], borderColor: '#fff', borderWidth: 1 },
      data: totals[key],
    })),
  };
}
