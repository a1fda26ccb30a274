/**
 * Search across every document. In a real Chromium against the real server on the five seeds plus
 * the markup fixture; expectations are read from the API, not copied here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { expectCsvMatchesTable } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

describe('search', () => {
  test('a Japanese query lists the hits; the CSV holds them', async () => {
    const page = session.page();
    await open('/search');
    await page.locator('[data-search-input]').fill('ワクチン接種記録システム');
    await page.locator('form[role="search"] button').click();
    await expect.poll(() => params().get('q')).toBe('ワクチン接種記録システム');
    await page.waitForSelector('[data-table="search"] tbody tr');
    const { rows } = await apiGet<{ rows: { hit: string }[] }>(`/api/search?q=${encodeURIComponent('ワクチン接種記録システム')}&limit=50`);
    expect(await page.locator('[data-table="search"] tbody tr').count()).toBe(rows.length);
    await expectCsvMatchesTable(page, 'search');
    await page.locator('[data-table="search"] tbody tr').first().locator('td[data-key="snippet"] a').click();
    await page.waitForSelector('[data-span]');
    expect((await page.locator('[data-span]').textContent())!.normalize('NFKC')).toBe(rows[0]!.hit.normalize('NFKC'));
  });

  test('more hits than a page: the pager walks through the API’s pages; the CSV holds every hit', async () => {
    const page = session.page();
    const q = 'ワクチン接種記録';
    const first = await apiGet<{ rows: { assessment_id: number; src_from: number }[]; total: number }>(`/api/search?q=${encodeURIComponent(q)}&limit=50`);
    expect(first.total, 'the seeds hold more hits than one page').toBeGreaterThan(50);
    await open(`/search?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('[data-table="search"] tbody tr');
    expect(await page.locator('[data-table="search"] tbody tr').count()).toBe(50);
    expect(await page.locator('[data-table="search"] [data-row-count]').textContent()).toContain(`全 ${first.total} 件中 1–50 件`);
    await page.locator('[data-table="search"] [data-pager-next]').click();
    await expect.poll(() => params().get('search.page')).toBe('2');
    const second = await apiGet<{ rows: unknown[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=50&offset=50`);
    await expect.poll(() => page.locator('[data-table="search"] tbody tr').count()).toBe(second.rows.length);
    const { records, offset } = await expectCsvMatchesTable(page, 'search');
    expect([offset, records.length]).toEqual([50, first.total]);
    expect(await page.locator('[data-table="search"] td[data-key="kind"]').first().textContent()).not.toBe('source');
  });
});
