/**
 * A city’s profile and the provenance view of its values. In a real Chromium against the real
 * server on the five seeds plus the markup fixture; expectations are read from the API, not copied
 * here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { expectCsvMatchesTable } from './helpers/page';
import { MARKUP, useBrowser } from './helpers/session';

const session = useBrowser();
const { open } = session;

describe('city profile and provenance', () => {
  test('every table links to its source passage, shown with the span highlighted', async () => {
    const page = session.page();
    await open('/cities/132039');
    await page.waitForSelector('[data-assessment]');
    await expect.poll(() => page.locator('[data-city-name]').textContent()).toBe('武蔵野市');
    expect(await page.getByText(MARKUP, { exact: true }).count()).toBeGreaterThan(0);
    await expectCsvMatchesTable(page, 'contracts');
    // the parts without a page of their own have their own list resources, so their own CSV
    for (const table of ['files', 'provisions', 'audits', 'procedures']) {
      const { records } = await expectCsvMatchesTable(page, table);
      expect(records.length, table).toBeGreaterThan(0);
      expect(new Set(records.map((r) => r.municipality)), table).toEqual(new Set(['武蔵野市']));
    }

    const link = page.locator('[data-table="contracts"] tbody tr').first().locator('td[data-key="source"] a');
    const href = new URL((await link.getAttribute('href'))!, session.base);
    await link.click();
    await page.waitForSelector('[data-span]');
    const id = href.pathname.split('/').pop();
    const source = await apiGet<{ text: string }>(`/api/sources/${id}?from=${href.searchParams.get('from')}&to=${href.searchParams.get('to')}`);
    expect(await page.locator('[data-span]').textContent()).toBe(source.text);
    expect(source.text).toContain('onerror');
  });

  test('an uncertain value is marked on its passage', async () => {
    const page = session.page();
    await open('/sources/1?from=0&to=10&uncertain=two readings');
    await page.waitForSelector('[data-uncertain-note]');
    expect(await page.locator('[data-uncertain-note]').textContent()).toContain('two readings');
    expect(await page.locator('mark.uncertain').count()).toBe(1);
  });
});
