import { axisScroll } from '../axis-scroll';
import { escapeHtml } from '../escape-html';
import type { ChartOption } from '../types';

/** A row of /api/contracts/subcontract-shares. */
export interface ShareRow {
  key: string;
  label: string;
  contracts: number;
  subcontract: number;
  no_subcontract: number;
  uncertain: number;
  unread: number;
  counted: number;
  share: number | null;
  status: 'counted' | 'none_read' | 'part_absent';
}

export interface ShareLabels {
  /** the value axis */
  axis: string;
  /** 「要確認」: answers the reader doubts, never in the share */
  uncertain: string;
  /** 「読み取れず」: answers (or contracts) not read */
  unread: string;
  /** 「該当部分なし」: the documents lack part Ⅱ */
  partAbsent: string;
}

/** A share as a percentage with one decimal. */
export const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Rows shown at once; more scroll. */
export const VISIBLE_ROWS = 40;

export function shareHeight(rows: readonly unknown[]): number {
  return Math.max(200, 26 * Math.min(rows.length, VISIBLE_ROWS) + 70);
}

/** 「3/5 +2 要確認」: the certain answers behind the share, the doubted ones beside. */
function countLabel(r: ShareRow, labels: ShareLabels) {
  return `${r.subcontract}/${r.counted}${r.uncertain ? ` +${r.uncertain} ${labels.uncertain}` : ''}`;
}

/**
 * Why a group has no bar, in its own words: its documents lack part Ⅱ (「該当部分なし」), or no
 * contract or no 再委託 answer was read (「読み取れず」), or the answers read are all in doubt
 * (「要確認」). Never 「委託なし」: only a document's own 「委託しない」 could say that.
 */
export function noShareReason(r: ShareRow, labels: ShareLabels): string | null {
  if (r.counted > 0) return null;
  if (r.status === 'part_absent') return labels.partAbsent;
  if (r.status === 'none_read') return labels.unread;
  return r.uncertain > 0 ? labels.uncertain : labels.unread;
}

/** Per group, the share of 再委託する over the answers read with certainty, as the API counts it. */
export function buildSubcontractShareOption(rows: ShareRow[], labels: ShareLabels): ChartOption {
  const scrolls = rows.length > VISIBLE_ROWS;
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const r = rows[(p as { dataIndex: number }).dataIndex];
        if (!r) return '';
        const why = noShareReason(r, labels);
        const lines = [escapeHtml(r.label), why ? escapeHtml(why) : `${r.subcontract} / ${r.counted} (${percent(r.share)}%)`];
        if (r.uncertain) lines.push(`${escapeHtml(labels.uncertain)}: ${r.uncertain}`);
        if (r.unread) lines.push(`${escapeHtml(labels.unread)}: ${r.unread}`);
        return lines.join('<br>');
      },
    },
    grid: { left: 8, right: scrolls ? 110 : 90, top: 28, bottom: 8 },
    ...(scrolls
      ? { dataZoom: axisScroll('y', { visible: VISIBLE_ROWS, right: 8, width: 16 }) }
      : {}),
    xAxis: { type: 'value', name: labels.axis, nameLocation: 'middle', nameGap: 0, position: 'top', min: 0, max: 100 },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: rows.map((r) => r.label),
      axisLabel: {
        interval: 0,
        formatter: (label: string, i: number) => {
          const why = rows[i] ? noShareReason(rows[i], labels) : null;
          return why ? `${label} (${why})` : label;
        },
      },
    },
    series: [
      {
        type: 'bar',
        name: labels.axis,
        data: rows.map((r) => (r.share === null ? null : percent(r.share))),
        label: {
          show: true,
          position: 'right',
          formatter: (p: unknown) => {
            const r = rows[(p as { dataIndex: number }).dataIndex];
            return r && r.counted ? countLabel(r, labels) : '';
          },
        },
      },
    ],
  };
}

