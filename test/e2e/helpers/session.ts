import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser';

export const MARKUP = '<img src=x onerror=alert(1)>';

/**
 * One Chromium page for the test file that calls this (at its top level), on the server the
 * global setup started. After every test, no dialog opened and no script error was thrown:
 * markup from a document must never run, whichever view shows it.
 */
export function useBrowser() {
  const base = inject('baseUrl');
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let current: Page | undefined;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser(inject('chromium'));
    current = await browser.context.newPage();
    current.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    current.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterEach(() => {
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
    expect(pageErrors, 'script errors on the page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const page = () => {
    if (!current) throw new Error('the browser is not open yet (call page() inside a test)');
    return current;
  };

  return {
    base,
    page,
    /** Goes to a path of the dashboard and waits until nothing on it is loading. */
    async open(path: string) {
      await page().goto(`${base}${path}`);
      await page().waitForFunction(() => document.querySelector('main [aria-busy="true"], main [role="status"]') === null);
    },
    /** The query string of the page now: filters and selection live in the URL. */
    params: () => new URL(page().url()).searchParams,
  };
}
