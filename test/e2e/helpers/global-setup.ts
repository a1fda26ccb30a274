/**
 * Once per e2e run: make sure Chromium is there, build the dashboard, ingest the five seeds
 * plus the markup fixture into a temporary file database, and start the real server on it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { createDb } from '../../../db/client';
import { ingestPaths } from '../../../db/ingest/ingest';
import { migrateDb } from '../../../db/migrate';
import { ensureChromium } from './ensure-chromium';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = join(root, 'test/e2e/fixtures/musashino-markup.txt');

export default async function setup(project: TestProject) {
  const chromium = ensureChromium();
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

  const dir = mkdtempSync(join(tmpdir(), 'pia-e2e-'));
  const databaseUrl = `file:${join(dir, 'pia.db')}`;
  const db = createDb(databaseUrl);
  await migrateDb(db);
  const seeds = readdirSync(join(root, 'seeds')).map((f) => join(root, 'seeds', f));
  const results = await ingestPaths(db, [...seeds, FIXTURE]);
  db.close();
  // the dashboard is tested on all five cities and the markup fixture: every document must load
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`documents did not load for the e2e run:\n${failed.map((r) => JSON.stringify(r)).join('\n')}`);

  const server = await startServer(root, { DATABASE_URL: databaseUrl });
  project.provide('baseUrl', server.url);
  project.provide('chromium', chromium);

  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
