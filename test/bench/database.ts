import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './options';
import { startLibsqlServer } from './sqld';

export interface BenchDatabase {
  url: string;
  authToken: string | undefined;
  kind: 'file' | 'sqld';
  /** false for a database given with --database: bench it as it is */
  fresh: boolean;
  dispose(): void;
}

/** The database to ingest into and serve from: a new temp file, a new sqld, or the one given. */
export async function prepareDatabase(options: BenchOptions): Promise<BenchDatabase> {
  if (options.database) {
    const url = options.database;
    const kind = url.startsWith('file:') ? 'file' : 'sqld';
    return { url, authToken: process.env.DATABASE_AUTH_TOKEN || undefined, kind, fresh: false, dispose() {} };
  }
  if (options.sqld) {
    const sqld = await startLibsqlServer();
    return { url: sqld.url, authToken: undefined, kind: 'sqld', fresh: true, dispose: sqld.stop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pia-bench-db-'));
  return { url: `file:${join(dir, 'pia.db')}`, authToken: undefined, kind: 'file', fresh: true, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
