/**
 * Contractors: the matrix by prefecture and its drill-down to a prefecture's bodies, the paged
 * ranking, the 再委託 shares and a contractor’s profile. In a real Chromium against the real
 * server on the five seeds plus the markup fixture; expectations are read from the API, not
 * copied here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { callFormatter, chartData, clickChart, expectCsvMatchesTable, tableRows, valueOf } from './helpers/page';
import { MARKUP, useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

interface Matrix {
  groups: { key: string; label: string }[];
  contractors: { id: number; name: string }[];
  others: boolean;
  cells: { contractor_id: number | null; group: string; contracts: number; bodies: number; uncertain_contracts: number }[];
}

/** The matrix drawn: certain cells and outlined doubted cells as 「row|column」 → count. */
async function drawnMatrix(page: ReturnType<typeof session.page>) {
  const chart = await chartData(page, 'contractor-matrix');
  const [columns] = chart.xAxis as string[][];
  const [rows] = chart.yAxis as string[][];
  const cells = (i: number) => Object.fromEntries(chart.series[i]!.data.map(valueOf).map(([x, y, n]) => [`${rows![y as number]}|${columns![x as number]}`, n]));
  return { columns: columns!, rows: rows!, certain: cells(0), doubted: cells(1) };
}

/** The API's matrix as 「row|column」 → count, certain and doubted apart. */
function expected(m: Matrix) {
  const name = new Map(m.contractors.map((c) => [c.id, c.name]));
  const label = new Map(m.groups.map((g) => [g.key, g.label]));
  const key = (c: Matrix['cells'][number]) => `${c.contractor_id === null ? 'その他' : name.get(c.contractor_id)}|${label.get(c.group)}`;
  return {
    certain: Object.fromEntries(m.cells.filter((c) => c.contracts > 0).map((c) => [key(c), c.contracts])),
    doubted: Object.fromEntries(m.cells.filter((c) => c.uncertain_contracts > 0).map((c) => [key(c), c.uncertain_contracts])),
  };
}

describe('contractors', () => {
  test('the matrix draws the API’s counts per prefecture, doubted contracts apart; a prefecture opens its bodies', async () => {
    const page = session.page();
    await open('/contractors');
    const nation = await apiGet<Matrix>('/api/contractors/matrix');
    const drawn = await drawnMatrix(page);
    expect(drawn.columns).toEqual(nation.groups.map((g) => g.label));
    expect(drawn.rows).toEqual([...nation.contractors.map((c) => c.name), ...(nation.others ? ['その他'] : [])]);
    const want = expected(nation);
    expect(drawn.certain).toEqual(want.certain);
    expect(drawn.doubted).toEqual(want.doubted);
    // the seeds hold contracts whose ③委託先名 the reader doubts: they are drawn, never summed in
    expect(Object.keys(want.doubted).length).toBeGreaterThan(0);

    // a click on 東京都 opens its bodies: 武蔵野市 (the markup fixture, 132039) and 小金井市 (132101)
    const x = drawn.columns.indexOf('東京都');
    const y = (nation.cells.find((c) => c.group === '13' && c.contracts > 0) ?? nation.cells.find((c) => c.group === '13'))!;
    await clickChart(page, 'contractor-matrix', [x, drawn.rows.indexOf(y.contractor_id === null ? 'その他' : nation.contractors.find((c) => c.id === y.contractor_id)!.name)]);
    await expect.poll(() => params().get('pref')).toBe('東京都');
    const tokyo = await apiGet<Matrix>(`/api/contractors/matrix?prefecture=${encodeURIComponent('東京都')}`);
    await expect.poll(async () => (await drawnMatrix(page)).columns).toEqual(tokyo.groups.map((g) => g.label));
    expect(tokyo.groups.map((g) => g.label)).toEqual(['武蔵野市', '小金井市']);
    expect((await drawnMatrix(page)).certain).toEqual(expected(tokyo).certain);
    expect(await page.locator('[data-drill]').getAttribute('data-drill')).toBe('東京都');

    // by body a cell narrows the contracts to the body and the contractor
    const body = await drawnMatrix(page);
    const markup = body.rows.find((r) => r.includes('onerror'))!;
    await clickChart(page, 'contractor-matrix', [body.columns.indexOf('武蔵野市'), body.rows.indexOf(markup)]);
    await expect.poll(() => params().get('city')).toBe('132039');
    expect(params().get('contractor')).toBe(String(tokyo.contractors.find((c) => c.name === markup)!.id));
    await expect.poll(async () => (await tableRows(page, 'contracts')).map((r) => r.contractor_raw)).toEqual([MARKUP]);
    await expectCsvMatchesTable(page, 'contracts');

    // and the way back
    await page.locator('[data-drill-up]').click();
    await expect.poll(() => params().get('pref')).toBeNull();
    await expect.poll(async () => (await drawnMatrix(page)).columns).toEqual(nation.groups.map((g) => g.label));
  });

  test('the ranking draws a page of the API’s ranking, certain and doubted counts apart', async () => {
    const page = session.page();
    await open('/contractors');
    type Ranked = { id: number; name: string; municipality_count: number; uncertain_municipality_count: number; contract_count: number; uncertain_contract_count: number };
    const { rows: ranked, total } = await apiGet<{ rows: Ranked[]; total: number }>('/api/contractors?limit=20');
    const ranking = await chartData(page, 'contractor-ranking');
    expect(ranking.yAxis[0]).toEqual(ranked.map((r) => r.name));
    expect(ranking.series.map((s) => s.data)).toEqual([
      ranked.map((r) => r.municipality_count),
      ranked.map((r) => r.uncertain_municipality_count),
      ranked.map((r) => r.contract_count),
      ranked.map((r) => r.uncertain_contract_count),
    ]);
    expect(ranking.series.map((s) => s.name)).toEqual(['団体数', '団体数 (要確認)', '委託数', '委託数 (要確認)']);
    const { records } = await expectCsvMatchesTable(page, 'contractors');
    expect(records).toHaveLength(total);
  });

  test('the 再委託 shares are the API’s; a group without them says why, never 「委託なし」', async () => {
    const page = session.page();
    await open('/contractors');
    type Share = { label: string; share: number | null; subcontract: number; counted: number; uncertain: number; status: string };
    const { rows } = await apiGet<{ rows: Share[] }>('/api/contracts/subcontract-shares');
    const share = await chartData(page, 'subcontract-share');
    expect(share.yAxis[0]).toEqual(rows.map((r) => r.label));
    expect(share.series[0]!.data).toEqual(rows.map((r) => (r.share === null ? null : Math.round(r.share * 1000) / 10)));
    const axis = await Promise.all(rows.map((r, i) => callFormatter(page, 'subcontract-share', 'yAxis.0.axisLabel.formatter', r.label, i)));
    rows.forEach((r, i) => {
      if (r.status === 'part_absent') expect(axis[i]).toBe(`${r.label} (該当部分なし)`);
      else if (r.status === 'none_read') expect(axis[i]).toBe(`${r.label} (読み取れず)`);
      else if (r.counted === 0) expect(axis[i]).toBe(`${r.label} (${r.uncertain ? '要確認' : '読み取れず'})`);
      else expect(axis[i]).toBe(r.label);
    });
    const labels = await Promise.all(rows.map((_, i) => callFormatter(page, 'subcontract-share', 'series.0.label.formatter', { dataIndex: i })));
    rows.forEach((r, i) => expect(labels[i]).toBe(r.counted ? `${r.subcontract}/${r.counted}${r.uncertain ? ` +${r.uncertain} 要確認` : ''}` : ''));
    expect(await page.locator('main').textContent()).not.toContain('委託なし');
  });

  test('a contractor profile counts its bodies per prefecture, each a link; its contracts are paged, as text', async () => {
    const page = session.page();
    await open('/contractors?city=132039');
    await page.locator('[data-table="contractors"] a', { hasText: 'onerror' }).click();
    await page.waitForSelector('[data-aliases] li');
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    const profile = await apiGet<{ prefectures: { key: string; prefecture: string; municipality_count: number }[] }>(`/api/contractors/${id}`);
    expect(await page.locator('[data-aliases] li').allTextContents()).toContain(MARKUP);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[data-prefectures] li').evaluateAll((lis) => lis.map((li) => li.querySelector('[data-count]')!.textContent))).toEqual(
      profile.prefectures.map((p) => `${p.municipality_count} 団体`),
    );
    await expectCsvMatchesTable(page, 'contractor-contracts');
    await page.locator('[data-prefectures] a', { hasText: '東京都' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/contractors');
    expect(params().get('pref')).toBe('東京都');
    expect(params().get('contractor')).toBe(String(id));
    await expect.poll(async () => (await tableRows(page, 'contracts')).map((r) => r.contractor_raw)).toEqual([MARKUP]);
  });
});
