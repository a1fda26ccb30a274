import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';

export const DEFAULT_DATABASE_URL = 'file:data/pia.db';

export type Db = ReturnType<typeof createDb>;

/**
 * Opens the embedded file database (`file:…`, created on first use) or a libSQL server
 * (`libsql://…`, `http(s)://…`, `ws(s)://…`) with the same code.
 */
export function createDb(url: string = DEFAULT_DATABASE_URL, authToken?: string) {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient({ url, authToken });
  const db = drizzle({ client, schema, casing: 'snake_case' });
  return Object.assign(db, { close: () => client.close() });
}

/** The database selected by DATABASE_URL / DATABASE_AUTH_TOKEN. */
export function createDbFromEnv(env: NodeJS.ProcessEnv = process.env) {
  return createDb(env.DATABASE_URL || DEFAULT_DATABASE_URL, env.DATABASE_AUTH_TOKEN || undefined);
}
