/**
 * Change timelines and the character-level diff of one change. In a real Chromium against the real
 * server on the five seeds plus the markup fixture; expectations are read from the API, not copied
 * here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet, countBy } from './helpers/api';
import { chartData, clickChart, expectCsvMatchesTable } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

describe('change timelines', () => {
  test('the timeline holds each city’s change count; a click shows the character diff', async () => {
    const page = session.page();
    await open('/changes');
    const { rows: changes } = await apiGet<{ rows: { id: number; municipality: string; changed_on: string | null; item: string | null; before: string | null; after: string | null }[] }>('/api/changes');
    const expected = countBy(changes.filter((c) => c.changed_on), (c) => c.municipality);
    const chart = await chartData(page, 'change-timeline');
    const drawn: Record<string, number> = {};
    for (const s of chart.series) for (const [, , count, city] of s.data as [string, number, number, string][]) drawn[city] = (drawn[city] ?? 0) + count;
    expect(drawn).toEqual(expected);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['札幌市', '小金井市']));

    const [date, y] = chart.series[0]!.data[0] as [string, number];
    await clickChart(page, 'change-timeline', [date as unknown as number, y]);
    await expect.poll(() => params().get('change')).not.toBeNull();
    const picked = changes.find((c) => c.id === Number(params().get('change')))!;
    expect(picked.changed_on).toBe(params().get('date'));
    await page.waitForSelector('[data-diff]');
    const before = await page.locator('[data-side="before"] p').textContent();
    const after = await page.locator('[data-side="after"] p').textContent();
    const blank = (s: string | null) => (s === null || s.trim() === '-' ? '' : s);
    expect(before).toBe(blank(picked.before));
    expect(after).toBe(blank(picked.after));
    if (blank(picked.before) !== blank(picked.after)) {
      expect(await page.locator('[data-diff] del, [data-diff] ins').count()).toBeGreaterThan(0);
    }
    await expectCsvMatchesTable(page, 'changes');
  });

  test('a timing filter lives in the URL and narrows the timeline', async () => {
    const page = session.page();
    await open('/changes');
    await page.locator('select[data-filter="timing"]').selectOption('事後');
    await expect.poll(() => params().get('timing')).toBe('事後');
    const { rows } = await apiGet<{ rows: { municipality: string; changed_on: string | null }[] }>(`/api/changes?timing=${encodeURIComponent('事後')}`);
    await expect
      .poll(async () => (await chartData(page, 'change-timeline')).series.map((s) => s.name))
      .toEqual(rows.length ? ['事後'] : []);
    const total = (await chartData(page, 'change-timeline')).series.flatMap((s) => s.data as number[][]).reduce((n, p) => n + p[2]!, 0);
    expect(total).toBe(rows.filter((r) => r.changed_on).length);
  });
});
