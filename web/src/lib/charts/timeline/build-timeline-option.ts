import { axisScroll } from '../axis-scroll';
import { escapeHtml } from '../escape-html';
import { timingColors } from '../palette';
import type { ChartOption } from '../types';

/** /api/changes/timeline: changes per group per period and 提出時期. */
export interface Timeline {
  groups: { key: string; label: string; changes: number; uncertain: number; undated: number }[];
  periods: string[];
  cells: { group: string; period: string; timing: '事前' | '事後' | null; changes: number; uncertain: number }[];
  undated: number;
}

export interface TimelineLabels {
  /** 「要確認」: changes whose date is in doubt */
  uncertain: string;
  /** a timing not read */
  unknownTiming: string;
  /** 「件」 after a count */
  count: string;
}

export const TIMINGS = ['事前', '事後', null] as const;

/** Points beyond which ECharts draws a series in its large mode. */
const LARGE = 2000;

export function timelineHeight(t: Pick<Timeline, 'groups'>): number {
  return Math.max(220, Math.min(t.groups.length, 60) * (t.groups.length > 15 ? 22 : 40) + 130);
}

/**
 * x: period, y: group; a dot per group, period and 提出時期 sized by its changes, coloured by the
 * timing; the changes whose date the reader doubts as a dashed ring of their own (never added to
 * the dot). Each data item is [period index, group index, count, cell index].
 */
export function buildTimelineOption(t: Timeline, labels: TimelineLabels): ChartOption {
  const x = new Map(t.periods.map((p, i) => [p, i]));
  const y = new Map(t.groups.map((g, i) => [g.key, i]));
  const cells = t.cells.filter((c) => x.has(c.period) && y.has(c.group));
  const name = (timing: string | null) => timing ?? labels.unknownTiming;
  const point = (n: number, i: number) => [x.get(cells[i]!.period)!, y.get(cells[i]!.group)!, n, i];
  const size = (value: unknown) => 6 + 3 * Math.sqrt((value as number[])[2] ?? 1);
  // ECharts' large mode draws every point alike: one size for all
  const sized = (points: number) => (points > LARGE ? { large: true, symbolSize: 6 } : { large: false, symbolSize: size });
  const series = TIMINGS.flatMap((timing) => {
    const certain = cells.flatMap((c, i) => (c.timing === timing && c.changes > 0 ? [point(c.changes, i)] : []));
    const doubted = cells.flatMap((c, i) => (c.timing === timing && c.uncertain > 0 ? [point(c.uncertain, i)] : []));
    const color = timingColors[name(timing)] ?? timingColors['不明']!;
    return [
      ...(certain.length
        ? [{ type: 'scatter' as const, name: name(timing), itemStyle: { color, opacity: 0.8 }, ...sized(certain.length), data: certain }]
        : []),
      ...(doubted.length
        ? [
            {
              type: 'scatter' as const,
              name: `${name(timing)} (${labels.uncertain})`,
              itemStyle: { color: 'rgba(0, 0, 0, 0)', borderColor: color, borderWidth: 1.5, borderType: 'dashed' as const },
              ...sized(doubted.length),
              data: doubted,
            },
          ]
        : []),
    ];
  });
  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const c = cells[((p as { value: number[] }).value ?? [])[3] ?? -1];
        if (!c) return '';
        const group = t.groups[y.get(c.group)!]!.label;
        const doubt = c.uncertain ? ` (+${c.uncertain} ${escapeHtml(labels.uncertain)})` : '';
        return `${escapeHtml(group)}<br>${escapeHtml(c.period)} ${escapeHtml(name(c.timing))}: ${c.changes}${escapeHtml(labels.count)}${doubt}`;
      },
    },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 8, right: 32, top: 40, bottom: 56 },
    // the whole span at first (a group's first change may be years before its last); zoom to read a month
    dataZoom: axisScroll('x', { bottom: 8, height: 20 }),
    xAxis: { type: 'category', data: t.periods, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: t.groups.map((g) => g.label),
      inverse: true,
      triggerEvent: true,
      splitLine: { show: true },
      axisLabel: {
        interval: 0,
        formatter: (label: string, i: number) => {
          const g = t.groups[i];
          return g ? `${label} (${g.changes}${g.uncertain ? ` +${g.uncertain}` : ''})` : label;
        },
      },
    },
    series,
  };
}

/** What a click on the timeline picked: a group and, on a dot, its period. */
export function timelinePick(t: Pick<Timeline, 'groups' | 'periods'>, event: { componentType?: string; value?: unknown }) {
  if (event.componentType === 'yAxis') {
    const group = t.groups.find((g) => g.label === event.value);
    return group ? { group: group.key } : null;
  }
  if (!Array.isArray(event.value)) return null;
  const [px, gy] = event.value as number[];
  const group = t.groups[gy ?? -1];
  const period = t.periods[px ?? -1];
  return group && period ? { group: group.key, period } : null;
}
