import { escapeHtml } from '../escape-html';
import type { ChartOption } from '../types';

export interface ContractLike {
  municipality: string;
  subcontract: boolean | null;
}

export interface CityShare {
  municipality: string;
  subcontracted: number;
  /** contracts whose 再委託 answer was read (yes or no) */
  known: number;
  total: number;
  /** subcontracted / known, in percent; null when no answer was read */
  percent: number | null;
}

/** 再委託 share per city, over the contracts whose answer is known. */
export function subcontractShares(contracts: ContractLike[], cities: string[] = []): CityShare[] {
  const byCity = new Map<string, CityShare>();
  const entry = (municipality: string) => {
    let share = byCity.get(municipality);
    if (!share) {
      share = { municipality, subcontracted: 0, known: 0, total: 0, percent: null };
      byCity.set(municipality, share);
    }
    return share;
  };
  for (const city of cities) entry(city);
  for (const c of contracts) {
    const share = entry(c.municipality);
    share.total++;
    if (c.subcontract !== null) share.known++;
    if (c.subcontract === true) share.subcontracted++;
  }
  for (const share of byCity.values()) {
    share.percent = share.known ? Math.round((share.subcontracted / share.known) * 1000) / 10 : null;
  }
  return [...byCity.values()];
}

export interface ShareLabels {
  /** the value axis */
  axis: string;
  /** under a city with no contract at all */
  none: string;
  /** under a city none of whose contracts says whether it is re-entrusted; before a count in the tooltip */
  unknown: string;
}

/** A city without a bar says why, so that no bar is not read as 0%. */
function cityLabel(s: CityShare, labels: ShareLabels) {
  if (s.known) return s.municipality;
  return `${s.municipality}\n(${s.total ? labels.unknown : labels.none})`;
}

export function buildSubcontractShareOption(shares: CityShare[], labels: ShareLabels): ChartOption {
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const s = shares[(p as { dataIndex: number }).dataIndex];
        if (!s) return '';
        const unknown = s.total - s.known;
        return (
          `${escapeHtml(s.municipality)}<br>${s.subcontracted} / ${s.known} (${s.percent ?? '-'}%)` +
          (unknown ? `<br>${escapeHtml(labels.unknown)}: ${unknown}` : '')
        );
      },
    },
    grid: { left: 8, right: 24, top: 24, bottom: 8 },
    xAxis: {
      type: 'category',
      data: shares.map((s) => s.municipality),
      axisLabel: { interval: 0, formatter: (_: string, i: number) => (shares[i] ? cityLabel(shares[i], labels) : '') },
    },
    yAxis: { type: 'value', name: labels.axis, min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: labels.axis,
        data: shares.map((s) => s.percent),
        label: {
          show: true,
          position: 'top',
          formatter: (p: unknown) => {
            const s = shares[(p as { dataIndex: number }).dataIndex];
            return s ? `${s.subcontracted}/${s.known}` : '';
          },
        },
      },
    ],
  };
}
