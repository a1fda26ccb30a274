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
    const { rows } = await apiGet<{ rows: { hit: string }[] }>(`/api/search?q=${encodeURIComponent('ワクチン接種記録システム')}`);
    expect(await page.locator('[data-table="search"] tbody tr').count()).toBe(rows.length);
    await expectCsvMatchesTable(page, 'search');
    await page.locator('[data-table="search"] tbody tr').first().locator('td[data-key="snippet"] a').click();
    await page.waitForSelector('[data-span]');
    expect((await page.locator('[data-span]').textContent())!.normalize('NFKC')).toBe(rows[0]!.hit.normalize('NFKC'));
  });

  test('more hits than shown says so, and shows them all on request (the CSV follows)', async () => {
    const page = session.page();
    const q = 'ワクチン接種記録';
    const first = await apiGet<{ rows: unknown[]; total: number }>(`/api/search?q=${encodeURIComponent(q)}`);
    expect(first.total, 'the seeds hold more hits than one page').toBeGreaterThan(first.rows.length);
    await open(`/search?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('[data-table="search"] tbody tr');
    const note = page.locator('[data-search-more]');
    expect(await note.textContent()).toContain(`全 ${first.total} 件のうち ${first.rows.length} 件`);
    await note.locator('button').click();
    await expect.poll(() => params().get('limit')).toBe(String(first.total));
    await expect.poll(() => page.locator('[data-table="search"] tbody tr').count()).toBe(first.total);
    expect(await note.count()).toBe(0);
    const { records } = await expectCsvMatchesTable(page, 'search');
    expect(records).toHaveLength(first.total);
    expect(await page.locator('[data-table="search"] td[data-key="kind"]').first().textContent()).not.toBe('source');
  });
});
