import { escapeHtml } from '../escape-html';
import { ordered } from '../order';
import { timingColors } from '../palette';
import type { ChartOption } from '../types';

export interface ChangeLike {
  id?: number;
  municipality: string;
  changed_on: string | null;
  timing: string | null;
}

/** Changes of one city, one date and one timing: one dot on the timeline. */
export interface TimelinePoint {
  municipality: string;
  date: string;
  timing: string;
  count: number;
}

export interface Timeline {
  municipalities: string[];
  points: TimelinePoint[];
  /** changes per city that carry a date (the ones on the chart) */
  counts: Record<string, number>;
  undated: number;
}

export const TIMINGS = ['事前', '事後', '不明'];

/** `cities`: the order of the rows, and cities to show even without changes. */
export function timeline(changes: ChangeLike[], cities: readonly string[] = []): Timeline {
  const points = new Map<string, TimelinePoint>();
  const counts: Record<string, number> = Object.fromEntries(cities.map((c) => [c, 0]));
  let undated = 0;
  for (const c of changes) {
    if (!c.changed_on) {
      undated++;
      continue;
    }
    const timing = c.timing ?? '不明';
    const key = `${c.municipality}\u0000${c.changed_on}\u0000${timing}`;
    const point = points.get(key) ?? { municipality: c.municipality, date: c.changed_on, timing, count: 0 };
    point.count++;
    points.set(key, point);
    counts[c.municipality] = (counts[c.municipality] ?? 0) + 1;
  }
  const municipalities = ordered(Object.keys(counts), cities);
  return { municipalities, points: [...points.values()], counts, undated };
}

/** x: date, y: city; colour by 事前/事後; dot size by the number of changes that day. */
export function buildTimelineOption(t: Timeline): ChartOption {
  const y = new Map(t.municipalities.map((m, i) => [m, i]));
  const timings = TIMINGS.filter((timing) => t.points.some((p) => p.timing === timing));
  return {
    animation: false,
    tooltip: {
      formatter: (p: unknown) => {
        const [date, , count, municipality, timing] = (p as { value: [string, number, number, string, string] }).value;
        return `${escapeHtml(municipality)}<br>${escapeHtml(date)} ${escapeHtml(timing)}: ${count}`;
      },
    },
    legend: { top: 0, data: timings },
    grid: { left: 8, right: 32, top: 40, bottom: 48 },
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 8, height: 20 }],
    xAxis: { type: 'time' },
    yAxis: {
      type: 'category',
      data: t.municipalities,
      inverse: true,
      splitLine: { show: true },
      axisLabel: { formatter: (city: string) => `${city} (${t.counts[city] ?? 0})` },
    },
    series: timings.map((timing) => ({
      type: 'scatter' as const,
      name: timing,
      itemStyle: { color: timingColors[timing], opacity: 0.8 },
      symbolSize: (value: unknown) => 8 + 4 * Math.sqrt((value as number[])[2] ?? 1),
      data: t.points
        .filter((p) => p.timing === timing)
        .map((p) => [p.date, y.get(p.municipality)!, p.count, p.municipality, p.timing]),
    })),
  };
}
