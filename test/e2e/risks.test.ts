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
    // grouped under their risks: every answer once, and the measure of each that has one
    const sorted = (texts: string[]) => [...texts].sort();
    expect(sorted(await page.locator('[data-answer]').allTextContents())).toEqual(sorted(expected.map((r) => r.answer ?? '回答なし')));
    expect(sorted(await page.locator('[data-measure-text]').allTextContents())).toEqual(
      sorted(expected.flatMap((r) => (r.measure ? [r.measure] : []))),
    );
    const outlined = (await chartData(page, 'risk-heatmap')).series[0]!.data.filter((d) => !Array.isArray(d));
    expect(outlined.map(valueOf).map(([cx, cy]) => [cx, cy])).toEqual([[x, y]]);
    await expectCsvMatchesTable(page, 'ratings');
  });

  test('the legend says what a colour means; a stage without answers says so, not 0', async () => {
    const page = session.page();
    await open('/risks');
    type Rating = { municipality: string; stage: string | null; answer: string | null };
    const { rows: ratings } = await apiGet<{ rows: Rating[] }>('/api/ratings');
    const chart = await chartData(page, 'risk-heatmap');
    const [stages] = chart.xAxis as string[][];
    const [cities] = chart.yAxis as string[][];
    const cellOf = (city: string, stage: string) =>
      chart.series[0]!.data.findIndex((d) => {
        const [x, y] = valueOf(d) as number[];
        return stages![x!] === stage && cities![y!] === city;
      });
    const legend = () =>
      page.evaluate(() => {
        const o = window.__piaCharts!['risk-heatmap']!.getOption() as { visualMap: { pieces: { value: number; label: string }[] }[] };
        return o.visualMap[0]!.pieces;
      });
    const cellLabel = (i: number) =>
      page.evaluate((dataIndex) => {
        const o = window.__piaCharts!['risk-heatmap']!.getOption() as { series: { label: { formatter: (p: unknown) => string } }[] };
        return o.series[0]!.label.formatter({ dataIndex });
      }, i);

    // the seeds hold a serious incident (発生あり): its cell is red, and the red key names it
    const incident = ratings.find((r) => r.answer === '発生あり' && r.stage)!;
    expect(incident).toBeDefined();
    expect(valueOf(chart.series[0]!.data[cellOf(incident.municipality, incident.stage!)])[2]).toBe(1);
    const weak = (await legend()).find((p) => p.value === 1)!;
    expect(weak.label).toMatch(/^最も弱い回答が選択肢の最下位: .*発生あり/);
    expect(await page.locator('[data-heatmap-key]').textContent()).toContain('最も弱いもの');

    // a stage whose questions all went unanswered reads 「回答なし」 in its own colour
    const byCell = new Map<string, Rating[]>();
    for (const r of ratings.filter((r) => r.stage)) {
      const key = `${r.municipality}|${r.stage}`;
      byCell.set(key, [...(byCell.get(key) ?? []), r]);
    }
    const blank = [...byCell].find(([, rs]) => rs.every((r) => r.answer === null));
    expect(blank, 'the seeds hold a stage without answers').toBeDefined();
    const [city, stage] = blank![0].split('|') as [string, string];
    const i = cellOf(city, stage);
    expect(valueOf(chart.series[0]!.data[i])[2]).toBe(-1);
    expect(await cellLabel(i)).toBe('回答なし');
    expect((await legend()).find((p) => p.value === -1)!.label).toBe('回答なし (設問のみ)');

    // a city with no answers at all is named rather than silently missing
    const { rows: all } = await apiGet<{ rows: { name: string }[] }>('/api/municipalities');
    const unrated = all.map((c) => c.name).filter((n) => !ratings.some((r) => r.municipality === n && r.stage));
    if (unrated.length) expect(await page.locator('[data-unrated]').textContent()).toContain(unrated.join('、'));

    // in English too
    await page.locator('[data-lang-switch]').click();
    await expect.poll(async () => (await legend()).find((p) => p.value === 1)!.label).toMatch(/^Weakest answer is the lowest option: .*発生あり/);
    expect(await cellLabel(i)).toBe('No answer');
    await page.locator('[data-lang-switch]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('リスク対策');
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
