import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/helpers/browser';
import { ensureChromium } from '../e2e/helpers/ensure-chromium';
import { FIRST_CHART_SCRIPT, type FirstChart } from './first-chart';

export interface ViewFigures {
  /** the path visited */
  view: string;
  /** navigation start → the first chart drawn; null when the view drew none */
  firstChartMs: number | null;
  firstChart: string | null;
  /** the ECharts figures on the view once it settled */
  charts: number;
  /** JavaScript as sent over the wire (compressed), on a load with the cache off */
  jsBytes: number;
  jsFiles: number;
  jsEncodings: string[];
  /** every /api request the view made while loading, as path and query */
  apiRequests: string[];
}

/** A list view, and the link on it that leads to one of its profiles. */
const PROFILE_LINKS: Record<string, string> = {
  '/cities': 'main a[href^="/cities/"]',
  '/contractors': 'main a[href^="/contractors/"]',
};

function viewsOf(searchTerm: string) {
  return ['/', '/contractors', '/risks', '/systems', '/changes', '/cities', `/search?q=${encodeURIComponent(searchTerm)}`];
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  // the dashboard marks data still loading with aria-busy / a status line
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"], main [role="status"]'), null, { timeout: 120_000 });
  await page
    .waitForFunction(() => (window as { __benchFirstChart?: unknown }).__benchFirstChart || !document.querySelector('[data-chart]'), null, { timeout: 60_000 })
    .catch(() => undefined);
}

async function visit(context: BrowserContext, base: string, path: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(FIRST_CHART_SCRIPT);
  const apiRequests: string[] = [];
  const scripts: Promise<{ bytes: number; encoding: string }>[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === base && url.pathname.startsWith('/api/')) apiRequests.push(url.pathname + url.search);
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.finished().then(async () => ({
        bytes: (await response.request().sizes()).responseBodySize,
        encoding: (await response.headerValue('content-encoding')) ?? 'identity',
      })),
    );
  });
  await page.goto(base + path, { waitUntil: 'load', timeout: 120_000 });
  await settle(page);
  const firstChart = (await page.evaluate(() => (window as { __benchFirstChart?: unknown }).__benchFirstChart ?? null)) as FirstChart | null;
  const charts = await page.locator('[data-chart]').count();
  const js = await Promise.all(scripts);
  return { page, firstChart, charts, js, apiRequests };
}

/**
 * Loads each view of the dashboard in headless Chromium with the cache off: the time to its
 * first chart, the JavaScript it fetched, and every API request it made. The profiles visited
 * are the first ones their list view links to, so the views follow the dashboard.
 */
export async function measureViews(base: string, searchTerm: string): Promise<ViewFigures[]> {
  const browser = await launchBrowser(ensureChromium());
  const figures: ViewFigures[] = [];
  try {
    const queue = viewsOf(searchTerm);
    for (let i = 0; i < queue.length; i++) {
      const path = queue[i]!;
      const { page, firstChart, charts, js, apiRequests } = await visit(browser.context, base, path);
      const link = PROFILE_LINKS[path];
      if (link) {
        const href = await page.locator(link).first().getAttribute('href', { timeout: 5_000 }).catch(() => null);
        if (href) queue.push(href);
        else console.error(`[bench] ${path}: no link to a profile (${link}) found`);
      }
      await page.close();
      figures.push({
        view: path,
        firstChartMs: firstChart ? Math.round(firstChart.ms) : null,
        firstChart: firstChart?.name ?? null,
        charts,
        jsBytes: js.reduce((sum, s) => sum + s.bytes, 0),
        jsFiles: js.length,
        jsEncodings: [...new Set(js.map((s) => s.encoding))],
        apiRequests,
      });
      console.error(`[bench] view ${path}: first chart ${firstChart ? `${Math.round(firstChart.ms)} ms` : 'none'}, ${apiRequests.length} API requests`);
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** The distinct API requests of all views, in the order first made. */
export function apiRequestsOf(views: ViewFigures[]): string[] {
  return [...new Set(views.flatMap((v) => v.apiRequests))];
}
