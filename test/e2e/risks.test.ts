/**
 * Risk measures: the heatmap and the distribution of graded answers from the API's counts per
 * level, the drill-down to a prefecture's bodies, and one body's answers with their measures.
 * In a real Chromium against the real server on the five seeds plus the markup fixture;
 * expectations are read from the API, not copied here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { callFormatter, chartData, clickChart, expectCsvMatchesTable, valueOf } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

interface Cell {
  group: string;
  stage: string;
  answers: number;
  strong: number;
  adequate: number;
  weak: number;
  ungraded: number;
  min_score: number | null;
  uncertain: number;
  unread: number;
}
interface Matrix {
  groups: { key: string; label: string }[];
  stages: string[];
  cells: Cell[];
}

/** The colour rank a cell must be drawn with, from the API's own counts. */
const rankOf = (c: Cell) =>
  c.min_score !== null ? Math.min(3, Math.max(1, c.min_score)) : c.ungraded ? 0 : c.uncertain ? -2 : -1;

async function drawn(page: ReturnType<typeof session.page>) {
  const chart = await chartData(page, 'risk-heatmap');
  const [stages] = chart.xAxis as string[][];
  const [groups] = chart.yAxis as string[][];
  const cells = (i: number) => Object.fromEntries(chart.series[i]!.data.map(valueOf).map(([x, y, n]) => [`${groups![y as number]}|${stages![x as number]}`, n]));
  return { stages: stages!, groups: groups!, levels: cells(0), doubted: cells(1), data: chart.series[0]!.data };
}

function expected(m: Matrix) {
  const label = new Map(m.groups.map((g) => [g.key, g.label]));
  const key = (c: Cell) => `${label.get(c.group)}|${c.stage}`;
  return {
    levels: Object.fromEntries(m.cells.map((c) => [key(c), rankOf(c)])),
    doubted: Object.fromEntries(m.cells.filter((c) => c.uncertain > 0).map((c) => [key(c), c.uncertain])),
  };
}

describe('risk measures', () => {
  test('the heatmap draws the API’s levels per prefecture, doubted answers apart; a prefecture opens its bodies, a body’s cell its measures', async () => {
    const page = session.page();
    await open('/risks');
    const nation = await apiGet<Matrix>('/api/ratings/matrix');
    const chart = await drawn(page);
    expect(chart.groups).toEqual(nation.groups.map((g) => g.label));
    expect(chart.stages).toEqual(nation.stages);
    expect(chart.levels).toEqual(expected(nation).levels);
    expect(chart.doubted).toEqual(expected(nation).doubted);
    // a cell's number is its certain answers, never with the doubted ones
    const label = await Promise.all(chart.data.map((d) => callFormatter(page, 'risk-heatmap', 'series.0.label.formatter', { value: valueOf(d) })));
    const cells = chart.data.map((d) => nation.cells[valueOf(d)[3] as number]!);
    cells.forEach((c, i) => expect(label[i]).toBe(c.answers ? String(c.answers) : c.uncertain ? '' : '回答なし'));

    // 東京都 holds two bodies: a click on its row opens them
    const tokyo = cells.findIndex((c) => c.group === '13');
    const [tx, ty] = valueOf(chart.data[tokyo]) as number[];
    await clickChart(page, 'risk-heatmap', [tx!, ty!]);
    await expect.poll(() => params().get('pref')).toBe('東京都');
    const bodies = await apiGet<Matrix>(`/api/ratings/matrix?prefecture=${encodeURIComponent('東京都')}`);
    await expect.poll(async () => (await drawn(page)).groups).toEqual(bodies.groups.map((g) => g.label));
    expect((await drawn(page)).levels).toEqual(expected(bodies).levels);

    // a body's cell lists that body's answers at that stage, under their risks, with the measures
    const byBody = await drawn(page);
    const [x, y] = valueOf(byBody.data[0]) as number[];
    await clickChart(page, 'risk-heatmap', [x!, y!]);
    await expect.poll(() => params().get('stage')).toBe(byBody.stages[x!]);
    const body = bodies.groups[y!]!;
    expect(params().get('city')).toBe(body.key);
    type Rating = { answer: string | null; measure: string | null };
    const { rows } = await apiGet<{ rows: Rating[] }>(`/api/ratings?municipality=${body.key}&stage=${encodeURIComponent(byBody.stages[x!]!)}&limit=50`);
    await page.waitForSelector('[data-measure]');
    const sorted = (texts: string[]) => [...texts].sort();
    expect(sorted(await page.locator('[data-answer]').allTextContents())).toEqual(sorted(rows.map((r) => r.answer ?? '回答なし')));
    expect(sorted(await page.locator('[data-measure-text]').allTextContents())).toEqual(sorted(rows.flatMap((r) => (r.measure ? [r.measure] : []))));
    const outlined = (await chartData(page, 'risk-heatmap')).series[0]!.data.filter((d) => !Array.isArray(d));
    expect(outlined.map(valueOf).map(([cx, cy]) => [cx, cy])).toEqual([[x, y]]);
    await expectCsvMatchesTable(page, 'ratings');
  });

  test('the legend keeps its words, quoting the form’s scales; a stage without answers says so, not 0', async () => {
    const page = session.page();
    await open('/risks');
    const legend = () =>
      page.evaluate(() => {
        const o = window.__piaCharts!['risk-heatmap']!.getOption() as { visualMap: { pieces: { value: number; label: string }[] }[] };
        return o.visualMap[0]!.pieces;
      });
    expect((await legend()).map((p) => p.label)).toEqual([
      'すべて「特に力を入れて」: 特に力を入れている / 特に力を入れて行っている / 特に力を入れて整備している / 特に力を入れて周知している …',
      '最も弱い回答が「十分」: 十分である / 十分に行っている / 定めている / 行っている …',
      '最も弱い回答が選択肢の最下位: 課題が残されている / 十分に行っていない / 定めていない / 行っていない …',
      '等級のない回答のみ: 再委託していない / 政府機関ではない / 保管している / 保管していない',
      '要確認の回答のみ',
      '回答なし (設問のみ)',
    ]);
    expect(await page.locator('[data-heatmap-key]').textContent()).toContain('最も弱いもの');

    // the seeds hold a stage whose questions went unanswered: by body it reads 「回答なし」 in its own colour
    const nation = await apiGet<Matrix>('/api/ratings/matrix');
    let found: { pref: string; group: string; stage: string } | undefined;
    for (const g of nation.groups) {
      const bodies = await apiGet<Matrix>(`/api/ratings/matrix?prefecture=${g.key}`);
      const blank = bodies.cells.find((c) => c.answers === 0 && c.uncertain === 0);
      if (blank) found = { pref: g.label, group: bodies.groups.find((b) => b.key === blank.group)!.label, stage: blank.stage };
    }
    expect(found, 'the seeds hold a stage without answers').toBeDefined();
    await open(`/risks?pref=${encodeURIComponent(found!.pref)}`);
    const chart = await drawn(page);
    expect(chart.levels[`${found!.group}|${found!.stage}`]).toBe(-1);
    const i = chart.data.findIndex((d) => {
      const [x, y] = valueOf(d) as number[];
      return chart.groups[y!] === found!.group && chart.stages[x!] === found!.stage;
    });
    expect(await callFormatter(page, 'risk-heatmap', 'series.0.label.formatter', { value: valueOf(chart.data[i]) })).toBe('回答なし');

    // in English too
    await page.locator('[data-lang-switch]').click();
    await expect.poll(async () => (await legend()).find((p) => p.value === 1)!.label).toMatch(/^Weakest answer is the lowest option: 課題が残されている/);
    expect(await callFormatter(page, 'risk-heatmap', 'series.0.label.formatter', { value: valueOf(chart.data[i]) })).toBe('No answer');
    await page.locator('[data-lang-switch]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('リスク対策');
  });

  test('the distribution adds the API’s counts per level over the stages; the heatmap saves as PNG', async () => {
    const page = session.page();
    await open('/risks');
    const nation = await apiGet<Matrix>('/api/ratings/matrix');
    const chart = await chartData(page, 'answer-distribution');
    expect(chart.yAxis[0]).toEqual(nation.groups.map((g) => g.label));
    const keys = ['strong', 'adequate', 'weak', 'ungraded', 'uncertain', 'unread'] as const;
    const sum = (group: string, key: (typeof keys)[number]) => nation.cells.filter((c) => c.group === group).reduce((n, c) => n + c[key], 0);
    expect(chart.series.map((s) => s.data)).toEqual(keys.map((k) => nation.groups.map((g) => sum(g.key, k))));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="risk-heatmap"] button.png').click()]);
    expect(download.suggestedFilename()).toBe('risk-heatmap.png');
    expect(readFileSync(await download.path()).subarray(1, 4).toString()).toBe('PNG');
  });
});
