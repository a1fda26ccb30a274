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
});
