/**
 * Error and empty states, and the language switch. In a real Chromium against the real server on
 * the five seeds plus the markup fixture; expectations are read from the API, not copied here.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open } = session;

describe('states', () => {
  test('an unknown contractor says what went wrong; a search without hits says so', async () => {
    const page = session.page();
    await open('/contractors/999999');
    const { error } = await (await fetch(`${session.base}/api/contractors/999999`)).json();
    await expect.poll(() => page.locator('[role="alert"] p').textContent()).toContain(error.message);
    await open('/search?q=存在しない言葉の並びです');
    await expect.poll(() => page.locator('[data-empty]').textContent()).toBe('該当するデータはありません。');
    await open('/no/such/view');
    expect(await page.locator('h1').textContent()).toBe('このページはありません。');
  });
});

describe('language', () => {
  test('English from the switch, kept across pages', async () => {
    const page = session.page();
    await open('/risks');
    await page.locator('[data-lang-switch]').click();
    await expect.poll(() => page.locator('nav a[href="/contractors"]').textContent()).toBe('Contractors');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await open('/contractors');
    expect(await page.locator('h1').textContent()).toBe('Contractors');
    await page.locator('[data-lang-switch]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('委託先');
  });
});
