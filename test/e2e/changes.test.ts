/**
 * Change timelines from /api/changes/timeline, the drill-down to a prefecture's bodies, the
 * paged list and the character-level diff of one change. In a real Chromium against the real
 * server on the five seeds plus the markup fixture; expectations are read from the API, not
 * copied here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { chartData, clickChart, expectCsvMatchesTable, expectTableIds, tablePage } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

interface Timeline {
  groups: { key: string; label: string; changes: number; uncertain: number; undated: number }[];
  periods: string[];
  cells: { group: string; period: string; timing: string | null; changes: number; uncertain: number }[];
}
type Change = { id: number; changed_on: string | null; before: string | null; after: string | null };

/** What the chart draws: certain and doubted counts per 「group|period|series」. */
async function drawn(page: ReturnType<typeof session.page>) {
  const chart = await chartData(page, 'change-timeline');
  const [groups] = chart.yAxis as string[][];
  const [periods] = chart.xAxis as string[][];
  const points: Record<string, number> = {};
  for (const s of chart.series) for (const [x, y, n] of s.data as number[][]) points[`${groups![y!]}|${periods![x!]}|${s.name}`] = n!;
  return { groups: groups!, periods: periods!, points, series: chart.series };
}

function expected(t: Timeline) {
  const label = new Map(t.groups.map((g) => [g.key, g.label]));
  const points: Record<string, number> = {};
  for (const c of t.cells) {
    const timing = c.timing ?? '不明';
    if (c.changes) points[`${label.get(c.group)}|${c.period}|${timing}`] = c.changes;
    if (c.uncertain) points[`${label.get(c.group)}|${c.period}|${timing} (要確認)`] = c.uncertain;
  }
  return points;
}

describe('change timelines', () => {
  test('the timeline draws the API’s counts per prefecture and month, doubted dates apart; drilled down, a body’s dot narrows the list', async () => {
    const page = session.page();
    await open('/changes');
    const nation = await apiGet<Timeline>('/api/changes/timeline');
    const chart = await drawn(page);
    expect(chart.groups).toEqual(nation.groups.map((g) => g.label));
    expect(chart.periods).toEqual(nation.periods);
    expect(chart.points).toEqual(expected(nation));
    expect(nation.groups.some((g) => g.uncertain > 0)).toBe(true);

    // 東京都 opens its bodies
    const tokyo = chart.groups.indexOf('東京都');
    const [first] = Object.entries(chart.points).find(([k]) => k.startsWith('東京都|'))!;
    await clickChart(page, 'change-timeline', [chart.periods.indexOf(first.split('|')[1]!), tokyo]);
    await expect.poll(() => params().get('pref')).toBe('東京都');
    const bodies = await apiGet<Timeline>(`/api/changes/timeline?prefecture=${encodeURIComponent('東京都')}`);
    await expect.poll(async () => (await drawn(page)).groups).toEqual(bodies.groups.map((g) => g.label));
    expect((await drawn(page)).points).toEqual(expected(bodies));

    // a body's dot: the list holds that body's changes of that month
    const dot = bodies.cells.find((c) => c.changes > 0)!;
    await clickChart(page, 'change-timeline', [bodies.periods.indexOf(dot.period), bodies.groups.findIndex((g) => g.key === dot.group)]);
    await expect.poll(() => params().get('period')).toBe(dot.period);
    expect(params().get('city')).toBe(dot.group);
    const last = new Date(Date.UTC(Number(dot.period.slice(0, 4)), Number(dot.period.slice(5, 7)), 0)).getUTCDate();
    const { rows, total } = await apiGet<{ rows: Change[]; total: number }>(
      `/api/changes?prefecture=${encodeURIComponent('東京都')}&municipality=${dot.group}&from=${dot.period}-01&to=${dot.period}-${last}&limit=25`,
    );
    await expectTableIds(page, 'changes', rows.map((r) => r.id));
    expect((await tablePage(page, 'changes')).total).toBe(total);

    // a row shows its character diff
    await page.locator('[data-table="changes"] tbody tr').first().click();
    await expect.poll(() => params().get('change')).toBe(String(rows[0]!.id));
    await page.waitForSelector('[data-diff]');
    const blank = (s: string | null) => (s === null || s.trim() === '-' ? '' : s);
    expect(await page.locator('[data-side="before"] p').textContent()).toBe(blank(rows[0]!.before));
    expect(await page.locator('[data-side="after"] p').textContent()).toBe(blank(rows[0]!.after));
    await expectCsvMatchesTable(page, 'changes');
  });

  test('the list pages through the API’s rows; its CSV holds the whole filtered list', async () => {
    const page = session.page();
    await open('/changes');
    const first = await apiGet<{ rows: Change[]; total: number }>('/api/changes?limit=25');
    expect(first.total).toBeGreaterThan(50);
    await expectTableIds(page, 'changes', first.rows.map((r) => r.id));
    expect(await page.locator('[data-table="changes"] [data-pager]').getAttribute('data-pages')).toBe(String(Math.ceil(first.total / 25)));
    await page.locator('[data-table="changes"] [data-pager-next]').click();
    await expect.poll(() => params().get('changes.page')).toBe('2');
    const second = await apiGet<{ rows: Change[] }>('/api/changes?limit=25&offset=25');
    await expectTableIds(page, 'changes', second.rows.map((r) => r.id));
    const { records, offset } = await expectCsvMatchesTable(page, 'changes');
    expect(offset).toBe(25);
    expect(records).toHaveLength(first.total);
    // a filter starts the list at its first page again
    await page.locator('select[data-filter="timing"]').selectOption('事後');
    await expect.poll(() => params().get('changes.page')).toBeNull();
    const post = await apiGet<{ rows: Change[]; total: number }>(`/api/changes?timing=${encodeURIComponent('事後')}&limit=25`);
    await expectTableIds(page, 'changes', post.rows.map((r) => r.id));
    expect((await expectCsvMatchesTable(page, 'changes')).records).toHaveLength(post.total);
  });

  test('a timing filter lives in the URL and narrows the timeline; by year the periods are years', async () => {
    const page = session.page();
    await open('/changes');
    await page.locator('select[data-filter="timing"]').selectOption('事後');
    await expect.poll(() => params().get('timing')).toBe('事後');
    const post = await apiGet<Timeline>(`/api/changes/timeline?timing=${encodeURIComponent('事後')}`);
    await expect.poll(async () => (await drawn(page)).points).toEqual(expected(post));
    await page.locator('select[data-filter="granularity"]').selectOption('year');
    const years = await apiGet<Timeline>(`/api/changes/timeline?timing=${encodeURIComponent('事後')}&granularity=year`);
    await expect.poll(async () => (await drawn(page)).periods).toEqual(years.periods);
    expect((await drawn(page)).points).toEqual(expected(years));
  });
});
