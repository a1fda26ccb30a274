import { escapeHtml } from '../escape-html';
import { sequential } from '../palette';
import type { ChartOption } from '../types';

export interface MatrixCell {
  row: string;
  column: string;
  value: number;
}

export interface MatrixInput {
  /** y axis, top to bottom */
  rows: string[];
  /** x axis, left to right */
  columns: string[];
  cells: MatrixCell[];
  /** what a cell's number counts, for the tooltip */
  valueLabel: string;
}

/** A count matrix (contractor × city, system × city) as a heatmap; empty cells stay blank. */
export function buildMatrixOption({ rows, columns, cells, valueLabel }: MatrixInput): ChartOption {
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const data = cells
    .filter((c) => c.value > 0 && rowIndex.has(c.row) && columnIndex.has(c.column))
    .map((c) => [columnIndex.get(c.column)!, rowIndex.get(c.row)!, c.value]);
  const max = Math.max(1, ...data.map((d) => d[2]!));
  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const [x, y, v] = (p as { value: number[] }).value;
        return `${escapeHtml(rows[y!])}<br>${escapeHtml(columns[x!])}: ${escapeHtml(valueLabel)} ${v}`;
      },
    },
    grid: { left: 8, right: 16, top: 8, bottom: 64 },
    xAxis: { type: 'category', data: columns, splitArea: { show: true }, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: {
      type: 'category',
      data: rows,
      inverse: true,
      splitArea: { show: true },
      axisLabel: { interval: 0, width: 220, overflow: 'truncate' },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      show: false,
      inRange: { color: sequential },
    },
    series: [
      {
        type: 'heatmap',
        name: valueLabel,
        data,
        label: { show: true },
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
    ],
  };
}

/** The row and column a clicked heatmap cell stands for. */
export function matrixCellAt(input: Pick<MatrixInput, 'rows' | 'columns'>, value: unknown) {
  if (!Array.isArray(value)) return null;
  const [x, y] = value as number[];
  const row = input.rows[y ?? -1];
  const column = input.columns[x ?? -1];
  return row !== undefined && column !== undefined ? { row, column } : null;
}
