import { createClient } from '@libsql/client';
import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';

export const DEFAULT_DATABASE_URL = 'file:data/pia.db';

/**
 * How long a statement on an embedded file database waits for another connection's lock
 * (the ingest's write transaction, a WAL checkpoint) before failing with SQLITE_BUSY.
 * libSQL's default is not to wait at all.
 */
export const BUSY_TIMEOUT_MS = 30_000;

export interface DbOptions {
  /**
   * Open an embedded file read-only (SQLite refuses every write: SQLITE_READONLY). The file
   * must exist. A libSQL server URL is opened as it is: its writes are the server's to allow.
   */
  readOnly?: boolean;
  /** sees every SQL statement drizzle runs, with its parameters (the bench times them raw) */
  logger?: Logger;
}

export type Db = ReturnType<typeof createDb>;

/** The file path of a `file:` URL (`file:rel/x.db`, `file:/abs/x.db`, `file:///abs/x.db`), or undefined. */
export function filePathOf(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const path = decodeURIComponent(url.slice('file:'.length).replace(/[?#].*$/, '').replace(/^\/\/(?=\/)/, ''));
  return path && !path.startsWith(':memory:') ? path : undefined;
}

/**
 * A read-only connection URL for a file. libSQL's client accepts no SQLite options in a
 * `file:` URL (only tls and authToken) but hands its percent-decoded path to the driver,
 * which opens SQLite URI filenames: so the SQLite URI `file:<path>?mode=ro` goes in encoded.
 */
function readOnlyUrl(path: string) {
  const sqliteUri = `file:${path.replace(/[%?#]/g, (ch) => encodeURIComponent(ch))}?mode=ro`;
  return `file:${encodeURIComponent(sqliteUri)}`;
}

/**
 * Opens the embedded file database (`file:…`, created on first use unless read-only) or a
 * libSQL server (`libsql://…`, `http(s)://…`, `ws(s)://…`) with the same code.
 */
export function createDb(url: string = DEFAULT_DATABASE_URL, authToken?: string, { readOnly = false, logger }: DbOptions = {}) {
  const path = filePathOf(url);
  if (path && !readOnly) mkdirSync(dirname(path), { recursive: true });
  const client = createClient({
    url: path && readOnly ? readOnlyUrl(path) : url,
    authToken,
    // a writer keeps one connection, so that the pragmas migrateDb sets hold for every statement
    ...(path ? { timeout: BUSY_TIMEOUT_MS, ...(readOnly ? {} : { concurrency: 1 }) } : {}),
  });
  const db = drizzle({ client, schema, casing: 'snake_case', logger });
  return Object.assign(db, { close: () => client.close() });
}

/** The address of the database selected by DATABASE_URL / DATABASE_AUTH_TOKEN. */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): { url: string; authToken?: string } {
  return { url: env.DATABASE_URL || DEFAULT_DATABASE_URL, ...(env.DATABASE_AUTH_TOKEN ? { authToken: env.DATABASE_AUTH_TOKEN } : {}) };
}

/** The database selected by DATABASE_URL / DATABASE_AUTH_TOKEN. */
export function createDbFromEnv(env: NodeJS.ProcessEnv = process.env, options: DbOptions = {}) {
  const { url, authToken } = databaseFromEnv(env);
  return createDb(url, authToken, options);
}
