import { afterEach, expect, test } from 'vitest';
import { buildTimelineOption, timelinePick, type Timeline } from '../../../web/src/lib/charts/timeline/build-timeline-option';
import { renderSvg, svgTexts, tooltipOf } from '../helpers/render-svg';

/** /api/changes/timeline as it answers, by prefecture and month */
const timeline: Timeline = {
  groups: [
    { key: '13', label: '東京都', changes: 3, uncertain: 0, undated: 0 },
    { key: '35', label: '山口県', changes: 1, uncertain: 2, undated: 1 },
  ],
  periods: ['2024-01', '2024-02', '2024-03'],
  cells: [
    { group: '13', period: '2024-01', timing: '事後', changes: 2, uncertain: 0 },
    { group: '13', period: '2024-03', timing: '事前', changes: 1, uncertain: 0 },
    { group: '35', period: '2024-02', timing: '事後', changes: 1, uncertain: 2 },
    { group: '35', period: '2024-03', timing: null, changes: 0, uncertain: 0 },
  ],
  undated: 1,
};
const labels = { uncertain: '要確認', unknownTiming: '不明', count: ' 件' };

let dispose = () => {};
afterEach(() => dispose());

test('a series per timing of certain dates, another of doubted dates as dashed rings; no empty dots', () => {
  const option = buildTimelineOption(timeline, labels);
  const series = option.series as { name: string; data: unknown[]; itemStyle: { borderType?: string } }[];
  // [period, group, count, cell index]
  expect(series.map((s) => [s.name, s.data])).toEqual([
    ['事前', [[2, 0, 1, 1]]],
    ['事後', [[0, 0, 2, 0], [1, 1, 1, 2]]],
    ['事後 (要確認)', [[1, 1, 2, 2]]],
  ]);
  expect(series[2]!.itemStyle.borderType).toBe('dashed');
  expect((option.legend as { data: string[] }).data).toEqual(['事前', '事後', '事後 (要確認)']);
  expect((option.xAxis as { data: string[] }).data).toEqual(timeline.periods);
});

test('the axis names each group with its certain count and the doubted beside; the tooltip too', () => {
  const option = buildTimelineOption(timeline, labels);
  const formatter = (option.yAxis as { axisLabel: { formatter: (v: string, i: number) => string } }).axisLabel.formatter;
  expect([formatter('東京都', 0), formatter('山口県', 1)]).toEqual(['東京都 (3)', '山口県 (1 +2)']);
  expect(tooltipOf(option, { value: [1, 1, 1, 2] })).toBe('山口県<br>2024-02 事後: 1 件 (+2 要確認)');
  const r = renderSvg(option);
  dispose = r.dispose;
  for (const t of ['東京都 (3)', '山口県 (1 +2)', '2024-01', '事前', '事後', '事後 (要確認)']) expect(svgTexts(r.svg)).toContain(t);
});

test('long timelines open whole with a slider to zoom; huge series draw in large mode', () => {
  const periods = Array.from({ length: 120 }, (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const groups = Array.from({ length: 47 }, (_, i) => ({ key: String(i + 1).padStart(2, '0'), label: `県${i}`, changes: 120, uncertain: 0, undated: 0 }));
  const cells = groups.flatMap((g) => periods.map((period) => ({ group: g.key, period, timing: '事後' as const, changes: 1, uncertain: 0 })));
  const option = buildTimelineOption({ groups, periods, cells, undated: 0 }, labels);
  expect(option.dataZoom).toEqual([
    { type: 'slider', xAxisIndex: 0, bottom: 8, height: 20 },
    { type: 'inside', xAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: false },
  ]);
  expect((option.series as { large: boolean; symbolSize: unknown; data: unknown[] }[]).map((s) => [s.large, s.symbolSize, s.data.length])).toEqual([[true, 6, 47 * 120]]);
  const r = renderSvg(option, 1200, 1200);
  dispose = r.dispose;
  expect(svgTexts(r.svg)).toContain('県46 (120)');
});

test('a click picks a group and its period, or a group by its name', () => {
  expect(timelinePick(timeline, { componentType: 'series', value: [1, 1, 1, 2] })).toEqual({ group: '35', period: '2024-02' });
  expect(timelinePick(timeline, { componentType: 'yAxis', value: '東京都' })).toEqual({ group: '13' });
  expect(timelinePick(timeline, { componentType: 'series', value: [7, 7, 1, 0] })).toBeNull();
});
