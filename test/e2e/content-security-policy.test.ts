/**
 * The dashboard under its Content-Security-Policy: every view loads, draws its charts and
 * shows their tooltips without one `securitypolicyviolation`. In a real Chromium against the
 * real server on the five seeds plus the markup fixture.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { useBrowser } from './helpers/session';

const session = useBrowser();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** ECharts' tooltip: a div it places above everything (z-index 9999999), shown while visible. */
const tooltipShown = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('div')].some((d) => d.style.zIndex === '9999999' && d.style.display !== 'none' && d.style.opacity !== '0' && d.innerHTML !== ''));

/** Moves the mouse over a grid of points of every chart on the page; at how many a tooltip showed. */
async function hoverCharts(page: Page) {
  let tooltips = 0;
  for (const chart of await page.locator('[data-chart] .canvas').all()) {
    const box = await chart.boundingBox();
    if (!box) continue;
    for (let x = 0.1; x < 1; x += 0.2) {
      for (let y = 0.1; y < 1; y += 0.2) {
        await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
        if (await tooltipShown(page)) tooltips++;
      }
    }
  }
  return tooltips;
}

describe('content security policy', () => {
  const consoleReports: string[] = [];

  beforeAll(async () => {
    const page = session.page();
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()),
      );
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleReports.push(m.text());
    });
  });

  test('every view loads under the policy with no violation', async () => {
    const page = session.page();
    const contractor = (await apiGet<{ rows: { id: number }[] }>('/api/contractors?limit=1')).rows[0]!.id;
    const assessment = (await apiGet<{ rows: { id: number }[] }>('/api/assessments?limit=1')).rows[0]!.id;
    const views = [
      '/',
      '/contractors',
      `/contractors?pref=${encodeURIComponent('東京都')}`,
      `/contractors/${contractor}`,
      '/risks',
      `/risks?pref=${encodeURIComponent('東京都')}&city=132101&stage=${encodeURIComponent('使用')}`,
      '/systems',
      `/systems?pref=${encodeURIComponent('東京都')}&city=132101`,
      '/changes',
      `/changes?pref=${encodeURIComponent('東京都')}`,
      '/cities',
      `/cities/${encodeURIComponent('小金井市')}`,
      `/sources/${assessment}?from=0&to=40`,
      `/search?q=${encodeURIComponent('ワクチン接種記録システム')}`,
      '/no/such/view',
    ];
    let tooltips = 0;
    for (const view of views) {
      const response = await page.goto(`${session.base}${view}`);
      expect(response!.headers()['content-security-policy'], view).toContain("script-src 'self'");
      await page.waitForFunction(() => document.querySelector('main [aria-busy="true"], main [role="status"]') === null);
      tooltips += await hoverCharts(page);
      const violations = await page.evaluate(() => window.__cspViolations ?? []);
      expect(violations, view).toEqual([]);
    }
    expect(consoleReports).toEqual([]);
    // the tooltips (HTML that ECharts writes) were shown under the policy too
    expect(tooltips).toBeGreaterThan(0);
  });

  test('the policy is enforced: an inline script is refused and reported', async () => {
    const page = session.page();
    await page.goto(`${session.base}/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => page.evaluate(() => window.__cspViolations ?? [])).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
    consoleReports.length = 0;
  });
});
