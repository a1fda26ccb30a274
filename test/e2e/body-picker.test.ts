/**
 * The body picker: a body found by its reading, name, code or prefecture from the API's own
 * search (/api/municipalities?q=), picked with the mouse or the keyboard, kept in the URL. In a
 * real Chromium against the real server on the five seeds plus the markup fixture.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { tableRows } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

const options = (page: ReturnType<typeof session.page>) => page.locator('[data-picker-options] [role="option"]');

describe('body picker', () => {
  test('「こがねい」 finds 小金井市; picking it narrows the view to the body', async () => {
    const page = session.page();
    await open('/contractors');
    await page.locator('[data-picker-input]').fill('こがねい');
    await expect.poll(() => options(page).allTextContents()).toEqual([expect.stringContaining('小金井市 (東京都)')]);
    expect(await options(page).first().getAttribute('data-code')).toBe('132101');
    await options(page).first().click();
    await expect.poll(() => params().get('city')).toBe('132101');
    await expect.poll(() => page.locator('[data-picked]').textContent()).toBe('小金井市 (東京都)');
    const { rows } = await apiGet<{ rows: { id: number }[] }>('/api/contracts?municipality=132101&limit=25');
    await expect.poll(async () => (await tableRows(page, 'contracts')).length).toBe(rows.length);
    expect(new Set((await tableRows(page, 'contracts')).map((r) => r.municipality))).toEqual(new Set(['小金井市']));
  });

  test('katakana, a code, a prefecture; the keyboard picks; × clears', async () => {
    const page = session.page();
    await open('/changes');
    const input = page.locator('[data-picker-input]');
    await input.fill('コガネイ');
    await expect.poll(() => options(page).count()).toBe(1);
    await input.fill('13');
    // every body whose code contains 13: 武蔵野市 (132039), 小金井市 (132101), 横浜市 (141003)
    const { rows } = await apiGet<{ rows: { name: string }[] }>('/api/municipalities?q=13&limit=12');
    await expect.poll(async () => (await options(page).allTextContents()).map((t) => t.split(' (')[0])).toEqual(rows.map((r) => r.name));
    await input.fill('山口県');
    await expect.poll(() => options(page).allTextContents()).toEqual([expect.stringContaining('防府市')]);
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect.poll(() => params().get('city')).toBe('352063');
    await page.locator('[data-picker-clear]').click();
    await expect.poll(() => params().get('city')).toBeNull();
    await input.fill('存在しない団体');
    await expect.poll(() => page.locator('[data-picker-options]').textContent()).toContain('該当する団体はありません。');
  });
});
