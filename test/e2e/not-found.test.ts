/**
 * The not-found view, reached by a path no view has or by a malformed one: `/cities/%zz` used
 * to throw a URIError in the client router and leave a blank page. In a real Chromium against
 * the real server; the session fails a test on any script error.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open } = session;

describe('not found', () => {
  test.each(['/cities/%zz', '/contractors/%E3%81', '/sources/%', '/cities/%E0%A4%A'])(
    '%s shows the not-found page inside the dashboard',
    async (path) => {
      const page = session.page();
      await open(path);
      expect(await page.locator('main[data-view="not-found"] h1').textContent()).toBe('このページはありません。');
      // the dashboard around it is whole: its navigation leads on
      expect(await page.locator('header nav a').count()).toBe(7);
      await page.locator('header nav a[href="/contractors"]').click();
      await expect.poll(() => page.locator('main h1').first().textContent()).toBe('委託先');
    },
  );

  test('a well-formed percent-encoded city still opens its profile', async () => {
    const page = session.page();
    await open(`/cities/${encodeURIComponent('武蔵野市')}`);
    expect(await page.locator('main').getAttribute('data-view')).toBe('city');
    await expect.poll(() => page.locator('[data-city-name]').textContent()).toBe('武蔵野市');
  });
});
