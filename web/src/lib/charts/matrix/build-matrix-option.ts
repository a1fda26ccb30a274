import { axisScroll } from '../axis-scroll';
import { escapeHtml } from '../escape-html';
import { doubtedHeatmapSeries, sequential, uncertainOutline } from '../palette';
import type { ChartOption } from '../types';

/** A row or column of the matrix: its key in the API's answer and the words shown. */
export interface MatrixAxisItem {
  key: string;
  label: string;
}

export interface MatrixCell {
  row: string;
  column: string;
  /** what the cell counts from rows read with certainty */
  value: number;
  /** what it would add from rows the reader doubts: drawn apart, never in `value` */
  uncertain: number;
  /** more for the tooltip (e.g. the bodies behind the contracts) */
  detail?: string;
}

export interface MatrixLabels {
  /** what a cell's number counts */
  value: string;
  /** 「要確認」 */
  uncertain: string;
}

export interface MatrixInput {
  /** y axis, top to bottom */
  rows: MatrixAxisItem[];
  /** x axis, left to right */
  columns: MatrixAxisItem[];
  cells: MatrixCell[];
  labels: MatrixLabels;
  /** the cell the reader picked, outlined */
  selected?: { row: string; column: string };
}

/** Columns shown at once; a wider matrix (the bodies of a large prefecture) scrolls sideways. */
export const VISIBLE_COLUMNS = 40;

/** The chart's height: a row per matrix row, the column names below, the slider when it scrolls. */
export function matrixHeight(input: Pick<MatrixInput, 'rows' | 'columns'>): number {
  return Math.max(240, 28 * input.rows.length + 130 + (input.columns.length > VISIBLE_COLUMNS ? 30 : 0));
}

/**
 * A count matrix (contractor × prefecture, system × body …) as a heatmap of the API's counts:
 * the certain count in each cell, and over it, outlined in dashes with 「+n」, the cells that
 * doubted rows would add to — never summed into the certain count. Each data item is
 * [column, row, count, cell index].
 */
export function buildMatrixOption({ rows, columns, cells, labels, selected }: MatrixInput): ChartOption {
  const rowIndex = new Map(rows.map((r, i) => [r.key, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.key, i]));
  const known = cells.filter((c) => rowIndex.has(c.row) && columnIndex.has(c.column));
  const at = (c: MatrixCell, i: number, n: number) => [columnIndex.get(c.column)!, rowIndex.get(c.row)!, n, i];
  const certain = known.flatMap((c, i): (number[] | { value: number[]; itemStyle: object })[] => {
    if (c.value <= 0) return [];
    const value = at(c, i, c.value);
    return selected?.row === c.row && selected.column === c.column ? [{ value, itemStyle: { borderColor: '#111', borderWidth: 3 } }] : [value];
  });
  const doubted = known.flatMap((c, i) => (c.uncertain > 0 ? [at(c, i, c.uncertain)] : []));
  const max = Math.max(1, ...known.map((c) => c.value));
  const scrolls = columns.length > VISIBLE_COLUMNS;
  const cellOf = (p: unknown) => known[((p as { value: number[] }).value ?? [])[3] ?? -1];
  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const c = cellOf(p);
        if (!c) return '';
        const doubt = c.uncertain ? ` (+${c.uncertain} ${escapeHtml(labels.uncertain)})` : '';
        const detail = c.detail ? `<br>${escapeHtml(c.detail)}` : '';
        return `${escapeHtml(rows[rowIndex.get(c.row)!]!.label)}<br>${escapeHtml(columns[columnIndex.get(c.column)!]!.label)}: ${escapeHtml(labels.value)} ${c.value}${doubt}${detail}`;
      },
    },
    legend: doubted.length ? { top: 0, right: 8, data: [labels.uncertain] } : { show: false },
    grid: { left: 8, right: 16, top: 28, bottom: scrolls ? 100 : 72 },
    ...(scrolls
      ? {
          dataZoom: axisScroll('x', { visible: VISIBLE_COLUMNS, bottom: 8, height: 16 }),
        }
      : {}),
    xAxis: {
      type: 'category',
      data: columns.map((c) => c.label),
      splitArea: { show: true },
      // a column's name opens that column (a prefecture's bodies)
      triggerEvent: true,
      axisLabel: { interval: 0, rotate: 45, width: 90, overflow: 'truncate' },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      inverse: true,
      splitArea: { show: true },
      axisLabel: { interval: 0, width: 220, overflow: 'truncate' },
    },
    // dimension 2: the count (a visual map reads the last one, the cell index, unless told)
    visualMap: [
      { type: 'continuous', seriesIndex: 0, dimension: 2, min: 0, max, show: false, inRange: { color: sequential } },
      // ECharts draws a heatmap only through a visual map: the outlines' keeps them unfilled
      { type: 'piecewise', seriesIndex: 1, dimension: 2, show: false, pieces: [{ min: 1 }], inRange: { color: uncertainOutline.color } },
    ],
    series: [
      {
        type: 'heatmap',
        name: labels.value,
        data: certain,
        label: { show: true },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
      doubtedHeatmapSeries(labels.uncertain, doubted),
    ],
  };
}

/**
 * What a click on the matrix picked: a cell (its row and column keys) or, on a column's name,
 * the column alone. Null for anything else.
 */
export function matrixPick(
  input: Pick<MatrixInput, 'rows' | 'columns'>,
  event: { componentType?: string; value?: unknown },
): { row?: string; column: string } | null {
  if (event.componentType === 'xAxis') {
    const column = input.columns.find((c) => c.label === event.value);
    return column ? { column: column.key } : null;
  }
  if (!Array.isArray(event.value)) return null;
  const [x, y] = event.value as number[];
  const row = input.rows[y ?? -1];
  const column = input.columns[x ?? -1];
  return row && column ? { row: row.key, column: column.key } : null;
}
