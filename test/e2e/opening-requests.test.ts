/**
 * A chart view asks for the aggregate it opens with while its charting code is still on the
 * way (routes.ts `opens`), and then uses that answer instead of asking again. Shown by holding
 * back the ECharts chunk: the request must go out while it is held, and only once.
 */
import type { Request } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const HOLD_MS = 1_500;

afterEach(async () => {
  await session.page().unrouteAll({ behavior: 'ignoreErrors' });
});

/** Opens `path` with every script that holds ECharts held back; the API requests made, and when the hold ended. */
async function openHoldingCharts(path: string) {
  const page = session.page();
  let released = Infinity;
  await page.route('**/assets/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('ec_inner')) {
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      released = Date.now();
    }
    await route.fulfill({ response, body });
  });
  const requests: { url: string; at: number }[] = [];
  const onRequest = (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) requests.push({ url: url.pathname + url.search, at: Date.now() });
  };
  page.on('request', onRequest);
  await session.open(path);
  await page.waitForSelector('[data-chart] canvas');
  page.off('request', onRequest);
  return { requests, released };
}

describe('a chart view’s opening aggregate', () => {
  test.each([
    ['/risks', '/api/ratings/matrix'],
    [`/risks?pref=${encodeURIComponent('神奈川県')}`, `/api/ratings/matrix?prefecture=${encodeURIComponent('神奈川県')}`],
    ['/systems', '/api/systems/matrix'],
    ['/changes?granularity=year&timing=%E4%BA%8B%E5%89%8D', '/api/changes/timeline?timing=%E4%BA%8B%E5%89%8D&granularity=year'],
    ['/contractors', '/api/contractors/matrix'],
  ])('%s asks for %s before its charting code arrives, and once', async (path, aggregate) => {
    const { requests, released } = await openHoldingCharts(path);
    const asked = requests.filter((r) => r.url === aggregate);
    expect(asked.map((r) => r.url), JSON.stringify(requests.map((r) => r.url))).toEqual([aggregate]);
    expect(asked[0]!.at).toBeLessThan(released);
  });
});
