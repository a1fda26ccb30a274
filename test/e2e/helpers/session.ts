import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser';
import { startServer } from './server';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A database of the test file's own, served by a server of its own instead of the suite's (which holds the seeds). */
export interface OwnDatabase {
  /** fills the (empty) embedded database at this URL */
  load: (databaseUrl: string) => Promise<void> | void;
  /** how long loading may take */
  timeoutMs?: number;
}

export const MARKUP = '<img src=x onerror=alert(1)>';

/**
 * One Chromium page for the test file that calls this (at its top level), on the server the
 * global setup started, or on a server of its own over `own`'s database. After every test, no
 * dialog opened and no script error was thrown: markup from a document must never run,
 * whichever view shows it.
 */
export function useBrowser(own?: OwnDatabase) {
  let base = own ? '' : inject('baseUrl');
  let dir: string | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let current: Page | undefined;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (own) {
      dir = mkdtempSync(join(tmpdir(), 'pia-e2e-'));
      const databaseUrl = `file:${join(dir, 'pia.db')}`;
      await own.load(databaseUrl);
      server = await startServer(ROOT, { DATABASE_URL: databaseUrl });
      base = server.url;
    }
    browser = await launchBrowser(inject('chromium'));
    current = await browser.context.newPage();
    current.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    current.on('pageerror', (e) => pageErrors.push(e.message));
  }, own?.timeoutMs ?? 240_000);

  afterEach(() => {
    expect(dialogs, 'dialogs opened by the page').toEqual([]);
    expect(pageErrors, 'script errors on the page').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const page = () => {
    if (!current) throw new Error('the browser is not open yet (call page() inside a test)');
    return current;
  };

  return {
    get base() {
      return base;
    },
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
