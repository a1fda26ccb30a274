import type { InStatement } from '@libsql/client';
import { createDb } from '../../db/client';
import { createApp } from '../../server/app';

/**
 * The SQL statements each request runs, with their parameters: the API app in process, on the
 * same database, with a drizzle logger. Each request is made twice and the second one's
 * statements kept, as the server runs them once warm.
 */
export async function captureStatements(databaseUrl: string, authToken: string | undefined, paths: string[]) {
  let current: InStatement[] | undefined;
  const logger = { logQuery: (sql: string, args: unknown[]) => current?.push({ sql, args: args as never }) };
  const db = createDb(databaseUrl, authToken, { readOnly: true, logger });
  const app = createApp(db);
  const statements = new Map<string, InStatement[]>();
  try {
    for (const path of paths) {
      await (await app.request(path)).arrayBuffer();
      current = [];
      await (await app.request(path)).arrayBuffer();
      statements.set(path, current);
      current = undefined;
    }
  } finally {
    db.close();
  }
  return statements;
}
