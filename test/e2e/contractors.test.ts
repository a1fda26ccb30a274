/**
 * Contractors: the matrix, the ranking, the 再委託 share and a contractor’s profile. In a real
 * Chromium against the real server on the five seeds plus the markup fixture; expectations are
 * read from the API, not copied here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { chartData, clickChart, expectCsvMatchesTable, tableRows } from './helpers/page';
import { MARKUP, useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

type Row = Record<string, unknown>;

describe('contractors', () => {
  test('the matrix holds a cell per contractor and city; a click narrows the contracts', async () => {
    const page = session.page();
    await open('/contractors');
    const { rows: contracts } = await apiGet<{ rows: (Row & { contractors: string[]; municipality: string })[] }>('/api/contracts');
    const pairs = new Set(contracts.flatMap((c) => c.contractors.map((name) => `${name}|${c.municipality}`)));
    const chart = await chartData(page, 'contractor-matrix');
    const [columns] = chart.xAxis as string[][];
    const [rows] = chart.yAxis as string[][];
    const cells = (chart.series[0]!.data as number[][]).map(([x, y]) => `${rows![y!]}|${columns![x!]}`);
    expect(new Set(cells)).toEqual(pairs);

    const markupName = rows!.find((r) => r.includes('onerror'))!;
    const x = columns!.indexOf('武蔵野市');
    await clickChart(page, 'contractor-matrix', [x, rows!.indexOf(markupName)]);
    await expect.poll(() => params().get('contractor')).toBe(markupName);
    expect(params().get('city')).toBe('武蔵野市');
    // the table narrows once the filtered list has loaded
    await expect.poll(async () => (await tableRows(page, 'contracts')).map((r) => r.contractor_raw)).toEqual([MARKUP]);
    await expectCsvMatchesTable(page, 'contracts');
  });

  test('the ranking and the 再委託 share draw the API’s numbers', async () => {
    const page = session.page();
    await open('/contractors');
    const { rows: ranked } = await apiGet<{ rows: { name: string; municipality_count: number }[] }>('/api/contractors');
    const ranking = await chartData(page, 'contractor-ranking');
    expect([...ranking.yAxis[0]!].sort()).toEqual(ranked.map((r) => r.name).sort());
    const served = Object.fromEntries(ranking.yAxis[0]!.map((name, i) => [name, ranking.series[0]!.data[i]]));
    for (const r of ranked) expect(served[r.name]).toBe(r.municipality_count);

    const { rows: contracts } = await apiGet<{ rows: { municipality: string; subcontract: boolean | null }[] }>('/api/contracts');
    const share = await chartData(page, 'subcontract-share');
    share.xAxis[0]!.forEach((city, i) => {
      const own = contracts.filter((c) => c.municipality === city && c.subcontract !== null);
      const expected = own.length ? Math.round((own.filter((c) => c.subcontract).length / own.length) * 1000) / 10 : null;
      expect(share.series[0]!.data[i] ?? null).toBe(expected);
    });
    await expectCsvMatchesTable(page, 'contractors');
  });

  test('a contractor profile lists its contracts with the raw spellings, as text', async () => {
    const page = session.page();
    await open('/contractors?city=武蔵野市');
    await page.locator('[data-table="contractors"] a', { hasText: 'onerror' }).click();
    await page.waitForSelector('[data-aliases] li');
    expect(new URL(page.url()).pathname).toMatch(/^\/contractors\/\d+$/);
    expect(await page.locator('[data-aliases] li').allTextContents()).toContain(MARKUP);
    expect(await page.locator('img').count()).toBe(0);
    await expectCsvMatchesTable(page, 'contractor-contracts');
  });
});
