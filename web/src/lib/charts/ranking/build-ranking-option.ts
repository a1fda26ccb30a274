import { escapeHtml } from '../escape-html';
import { hatch } from '../palette';
import type { ChartOption } from '../types';

/** A row of /api/contractors: counts over certain ③委託先名, doubted ones beside. */
export interface RankedContractor {
  name: string;
  municipality_count: number;
  uncertain_municipality_count: number;
  contract_count: number;
  uncertain_contract_count: number;
}

export interface RankingLabels {
  bodies: string;
  contracts: string;
  /** 「要確認」 */
  uncertain: string;
}

const BODIES = '#2f6fb0';
const CONTRACTS = '#8cc084';

/** Bars per contractor in the API's order: the certain count solid, the doubted beside it hatched. */
export function buildRankingOption(items: RankedContractor[], labels: RankingLabels): ChartOption {
  const doubted = (label: string) => `${label} (${labels.uncertain})`;
  const line = (label: string, n: number, u: number) => `${escapeHtml(label)}: ${n}${u ? ` (+${u} ${escapeHtml(labels.uncertain)})` : ''}`;
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const c = items[(p as { dataIndex: number }[])[0]?.dataIndex ?? -1];
        if (!c) return '';
        return [
          escapeHtml(c.name),
          line(labels.bodies, c.municipality_count, c.uncertain_municipality_count),
          line(labels.contracts, c.contract_count, c.uncertain_contract_count),
        ].join('<br>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((c) => c.name),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: labels.bodies, stack: 'bodies', itemStyle: { color: BODIES }, data: items.map((c) => c.municipality_count) },
      {
        type: 'bar',
        name: doubted(labels.bodies),
        stack: 'bodies',
        itemStyle: { color: '#dbe7f4', borderColor: BODIES, borderType: 'dashed', decal: hatch },
        data: items.map((c) => c.uncertain_municipality_count),
      },
      { type: 'bar', name: labels.contracts, stack: 'contracts', itemStyle: { color: CONTRACTS }, data: items.map((c) => c.contract_count) },
      {
        type: 'bar',
        name: doubted(labels.contracts),
        stack: 'contracts',
        itemStyle: { color: '#e6f2e3', borderColor: CONTRACTS, borderType: 'dashed', decal: hatch },
        data: items.map((c) => c.uncertain_contract_count),
      },
    ],
  };
}
