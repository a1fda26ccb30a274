import type { Client, InStatement } from '@libsql/client';
import { createDb } from '../../db/client';
import { quantile } from './stats';

export interface RawSqlFigures {
  statements: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

/**
 * A request's statements run straight through @libsql/client, one after another, by
 * `concurrency` loops at once for `seconds` (as the server meets its connections): the time of
 * each whole sequence.
 */
export async function timeStatements(client: Client, statements: InStatement[], concurrency: number, seconds: number): Promise<RawSqlFigures> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      for (const s of statements) await client.execute(s);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - started) / 1000;
  return { statements: statements.length, p50Ms: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99), perSecond: latencies.length / elapsed };
}

/** The client the server itself would open on the database (read-only for a file). */
export function rawClient(databaseUrl: string, authToken?: string) {
  const db = createDb(databaseUrl, authToken, { readOnly: true });
  return { client: db.$client, close: () => db.close() };
}
