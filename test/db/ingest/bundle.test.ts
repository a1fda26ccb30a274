import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../db/client';
import { EXTRACTOR_VERSION } from '../../../db/ingest/ingest';
import { inRepo } from '../../../db/repo-root';
import { SEEDS_DIR } from '../../helpers/seed-db';

/**
 * `npm run ingest` runs the ingest bundled (vite.ingest.config.ts): its worker threads must
 * find their bundled entry, and it must stamp documents with the same extractor version as
 * the sources, or a load by one would re-read everything the other loaded.
 */
const OUT_DIR = inRepo('dist', 'ingest-test');
let dir: string;

beforeAll(async () => {
  const { build } = await import('vite');
  await build({ configFile: inRepo('vite.ingest.config.ts'), logLevel: 'warn', build: { outDir: OUT_DIR } });
  dir = mkdtempSync(join(tmpdir(), 'pia-bundle-'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (command: string[], url: string) =>
  spawnSync(process.execPath, command, { cwd: inRepo(), env: { ...process.env, DATABASE_URL: url, PIA_INGEST_WORKERS: '2', REPORTS: 'errors' }, encoding: 'utf8' });

describe('the bundled ingest', () => {
  it('loads the seeds on two threads, stamped with the sources\' extractor version', async () => {
    const url = `file:${join(dir, 'bundle.db')}`;
    const bundled = run([join(OUT_DIR, 'ingest.js'), SEEDS_DIR], url);
    expect(bundled.stderr).not.toMatch(/^error:/m);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toContain('5 of 5 documents loaded (5 new, 0 replaced, 0 unchanged, 0 duplicates)');
    const db = createDb(url, undefined, { readOnly: true });
    try {
      const { rows } = await db.$client.execute('select extractor_version as v, count(*) as n from assessments group by 1');
      expect(rows.map((r) => [r.v, r.n])).toEqual([[EXTRACTOR_VERSION, 5]]);
    } finally {
      db.close();
    }
    // the sources find every document as the bundle stored it
    const sources = run(['--import', 'tsx', 'db/ingest/cli.ts', SEEDS_DIR], url);
    expect(sources.status).toBe(0);
    expect(sources.stdout).toContain('5 of 5 documents loaded (0 new, 0 replaced, 5 unchanged, 0 duplicates)');
  }, 120_000);
});
