/**
 * The overview: counts, outlier flags and the newest changes. In a real Chromium against the real
 * server on the five seeds plus the markup fixture; expectations are read from the API, not copied
 * here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { expectCsvMatchesTable } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open } = session;

describe('overview', () => {
  test('counts agree with the API and the tables’ CSV hold their rows', async () => {
    const page = session.page();
    await open('/');
    const totals = {
      cities: (await apiGet('/api/municipalities')).total,
      assessments: (await apiGet('/api/assessments')).total,
      contracts: (await apiGet('/api/contracts')).total,
      contractors: (await apiGet('/api/contractors')).total,
      changes: (await apiGet('/api/changes')).total,
    };
    for (const [key, total] of Object.entries(totals)) {
      await expect.poll(() => page.locator(`[data-count="${key}"] .n`).textContent()).toBe(String(total));
    }
    expect(totals.cities).toBeGreaterThanOrEqual(3);
    await expectCsvMatchesTable(page, 'latest-changes');
    if ((await apiGet('/api/outliers')).total > 0) await expectCsvMatchesTable(page, 'outliers');
  });

  test('the tables are paged: a page of 20 from the API, the next one a click away, the CSV whole', async () => {
    const page = session.page();
    await open('/');
    const keys = (table: string) => page.locator(`[data-table="${table}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    const flags = await apiGet<{ rows: { id: string }[] }>('/api/outliers?limit=20');
    await expect.poll(() => keys('outliers')).toEqual(flags.rows.map((r) => r.id));

    // the newest changes: those within a year of the newest 変更日
    const { newest_change } = await apiGet<{ newest_change: string }>('/api/stats');
    const from = `${Number(newest_change.slice(0, 4)) - 1}${newest_change.slice(4)}`;
    const first = await apiGet<{ rows: { id: number }[]; total: number }>(`/api/changes?from=${from}&limit=20`);
    expect(first.total, 'the seeds hold more than a page of recent changes').toBeGreaterThan(20);
    await expect.poll(() => keys('latest-changes')).toEqual(first.rows.map((r) => String(r.id)));
    await page.locator('[data-table="latest-changes"] [data-pager-next]').click();
    const second = await apiGet<{ rows: { id: number }[] }>(`/api/changes?from=${from}&limit=20&offset=20`);
    await expect.poll(() => keys('latest-changes')).toEqual(second.rows.map((r) => String(r.id)));
    expect(new URL(page.url()).searchParams.get('latest.page')).toBe('2');
    const { records, offset } = await expectCsvMatchesTable(page, 'latest-changes');
    expect([offset, records.length]).toEqual([20, first.total]);
  });

  test('a flag resting on many rows shows a short summary; the full list waits behind a disclosure', async () => {
    const page = session.page();
    await open('/');
    type Evidence = { table: string; label: string; src_from: number | null };
    // the flags of the table's first page
    const { rows } = await apiGet<{ rows: { id: string; kind: string; evidence: Evidence[] }[] }>('/api/outliers?limit=20');
    const many = rows.find((r) => r.kind === 'uncertain_extraction' && r.evidence.length > 3);
    expect(many, 'the seeds have an uncertain extraction flag with many reasons').toBeDefined();
    const cell = page.locator(`[data-table="outliers"] tr[data-key="${many!.id}"] [data-evidence]`);

    const tables = [...new Set(many!.evidence.map((e) => e.table))];
    const summary = (await cell.locator('[data-evidence-summary]').textContent())!;
    expect(summary).toContain(String(many!.evidence.length));
    expect(summary.split('、')).toHaveLength(tables.length);
    // collapsed: the summary and the first few reasons take a few lines, not a wall
    expect(await cell.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const collapsed = (await cell.boundingBox())!.height;
    const line = await cell.evaluate((el) => {
      const style = getComputedStyle(el);
      return Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
    });
    expect(collapsed / line).toBeLessThan(16);

    // the whole list is there as text, every reason linked to its own passage
    const all = cell.locator('[data-evidence-all] li');
    expect(await all.count()).toBe(many!.evidence.length);
    const texts = await all.allTextContents();
    many!.evidence.forEach((e, i) => expect(texts[i]).toContain(e.label));
    expect(await cell.locator('[data-evidence-all] li a').count()).toBe(many!.evidence.filter((e) => e.src_from !== null).length);
    const tags = await cell.locator('[data-evidence-all] li *').evaluateAll((els) => els.map((e) => e.tagName));
    expect(tags.filter((tag) => tag !== 'A' && tag !== 'SPAN')).toEqual([]);

    await cell.locator('summary').click();
    expect(await cell.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // open, the whole list (in a box of its own that scrolls) makes the cell taller
    await expect.poll(async () => (await cell.boundingBox())!.height).toBeGreaterThan(collapsed + 10 * line);

    // one reason: no summary, no disclosure
    const single = rows.find((r) => r.evidence.length === 1)!;
    const one = page.locator(`[data-table="outliers"] tr[data-key="${single.id}"] [data-evidence]`);
    expect(await one.locator('details, [data-evidence-summary]').count()).toBe(0);
    expect(await one.locator('li').textContent()).toContain(single.evidence[0]!.label);
  });
});
