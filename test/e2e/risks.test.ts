/**
 * Risk measures: the heatmap of graded answers, the answer distribution and the measures. In a
 * real Chromium against the real server on the five seeds plus the markup fixture; expectations
 * are read from the API, not copied here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apiGet, countBy } from './helpers/api';
import { chartData, clickChart, expectCsvMatchesTable, valueOf } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

describe('risk measures', () => {
  test('the heatmap holds a cell for each city and stage rated; a click shows the measures', async () => {
    const page = session.page();
    await open('/risks');
    const { rows: ratings } = await apiGet<{ rows: { municipality: string; stage: string | null; answer: string | null; measure: string | null }[] }>('/api/ratings');
    const rated = ratings.filter((r) => r.stage);
    const chart = await chartData(page, 'risk-heatmap');
    const [stages] = chart.xAxis as string[][];
    const [cities] = chart.yAxis as string[][];
    expect(new Set(cities)).toEqual(new Set(rated.map((r) => r.municipality)));
    const cells = chart.series[0]!.data.map(valueOf).map(([x, y]) => `${cities![y as number]}|${stages![x as number]}`);
    expect(new Set(cells)).toEqual(new Set(rated.map((r) => `${r.municipality}|${r.stage}`)));
    expect(cells.length).toBe(new Set(cells).size);

    const [x, y] = valueOf(chart.series[0]!.data[0]) as number[];
    await clickChart(page, 'risk-heatmap', [x!, y!]);
    await expect.poll(() => params().get('stage')).toBe(stages![x!]);
    expect(params().get('city')).toBe(cities![y!]);
    const expected = rated.filter((r) => r.municipality === cities![y!] && r.stage === stages![x!]);
    await page.waitForSelector('[data-measure]');
    expect(await page.locator('[data-answer]').allTextContents()).toEqual(expected.map((r) => r.answer ?? '—'));
    expect(await page.locator('[data-measure-text]').allTextContents()).toEqual(expected.map((r) => r.measure ?? '—'));
    const outlined = (await chartData(page, 'risk-heatmap')).series[0]!.data.filter((d) => !Array.isArray(d));
    expect(outlined.map(valueOf).map(([cx, cy]) => [cx, cy])).toEqual([[x, y]]);
    await expectCsvMatchesTable(page, 'ratings');
  });

  test('the distribution counts every answer per city; the heatmap saves as PNG', async () => {
    const page = session.page();
    await open('/risks');
    const { rows: ratings } = await apiGet<{ rows: { municipality: string; answer: string | null }[] }>('/api/ratings');
    const chart = await chartData(page, 'answer-distribution');
    const [cities] = chart.yAxis as string[][];
    for (const series of chart.series) {
      const counts = countBy(ratings.filter((r) => r.answer === series.name), (r) => r.municipality);
      expect(Object.fromEntries(cities!.map((c, i) => [c, series.data[i]])).valueOf()).toEqual(
        Object.fromEntries(cities!.map((c) => [c, counts[c] ?? 0])),
      );
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="risk-heatmap"] button.png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('risk-heatmap.png');
    expect(readFileSync(await download.path()).subarray(1, 4).toString()).toBe('PNG');
  });
});
