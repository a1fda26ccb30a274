import type { ChartOption } from '../types';

export interface RankedContractor {
  name: string;
  municipality_count: number;
  contract_count: number;
}

export interface RankingLabels {
  cities: string;
  contracts: string;
}

/** Contractors ordered by cities served, then contracts: the most widespread first. */
export function rankContractors<T extends RankedContractor>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      b.municipality_count - a.municipality_count ||
      b.contract_count - a.contract_count ||
      a.name.localeCompare(b.name, 'ja'),
  );
}

export function buildRankingOption(items: RankedContractor[], labels: RankingLabels): ChartOption {
  const ranked = rankContractors(items);
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((c) => c.name),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      { type: 'bar', name: labels.cities, data: ranked.map((c) => c.municipality_count) },
      { type: 'bar', name: labels.contracts, data: ranked.map((c) => c.contract_count) },
    ],
  };
}
