import { download, hammer, type HttpFigures, type Run } from './http';
import type { MemoryWatch } from './proc-memory';
import { rawClient, timeStatements, type RawSqlFigures } from './raw-sql';
import { captureStatements } from './sql-capture';

export const ENDPOINT_CONNECTIONS = 16;

export interface EndpointFigures extends HttpFigures {
  path: string;
  status: number;
  bytes: number;
  sentBytes: number;
  encoding: string;
  /** the request's SQL run raw at the same concurrency; null when it ran none */
  rawSql: RawSqlFigures | null;
  /** HTTP p50 / raw SQL p50 */
  ratio: number | null;
  /** the server's peak RSS while this endpoint was hammered */
  serverPeakRssBytes: number;
}

interface Target {
  base: string;
  databaseUrl: string;
  authToken: string | undefined;
  memory: MemoryWatch;
}

/**
 * `seconds` of requests, unless one answer alone took so long that 16 at once would not all come
 * back within half of that: then one request per connection, however long they take.
 */
function runFor(oneRequestSeconds: number, seconds: number): Run {
  const round = oneRequestSeconds * ENDPOINT_CONNECTIONS;
  return round <= seconds / 2 ? { seconds } : { amount: ENDPOINT_CONNECTIONS, timeoutSeconds: Math.ceil(round * 4) };
}

/** Each path: its answer's size, then autocannon at 16 connections, then its SQL timed raw. */
export async function benchEndpoints(target: Target, paths: string[], seconds: number): Promise<EndpointFigures[]> {
  const statements = await captureStatements(target.databaseUrl, target.authToken, paths);
  const raw = rawClient(target.databaseUrl, target.authToken);
  const figures: EndpointFigures[] = [];
  try {
    for (const path of paths) {
      const answer = await download(target.base + path);
      // the run's length is judged by a second answer: the first also warms the server (and fills its cache)
      const warm = await download(target.base + path);
      target.memory.restart();
      const http = await hammer(target.base, [path], ENDPOINT_CONNECTIONS, runFor(warm.seconds, seconds));
      const serverPeakRssBytes = target.memory.peak();
      const sql = statements.get(path) ?? [];
      const rawSql = sql.length ? await timeStatements(raw.client, sql, ENDPOINT_CONNECTIONS, seconds) : null;
      figures.push({
        path,
        status: answer.status,
        bytes: answer.bytes,
        sentBytes: answer.sentBytes,
        encoding: answer.encoding,
        ...http,
        rawSql,
        ratio: rawSql && rawSql.p50Ms > 0 && http.requests > 0 ? http.p50Ms / rawSql.p50Ms : null,
        serverPeakRssBytes,
      });
      console.error(
        `[bench] ${path}: p50 ${http.p50Ms} ms, p99 ${http.p99Ms} ms, ${http.perSecond.toFixed(0)}/s; raw SQL p50 ${rawSql ? rawSql.p50Ms.toFixed(2) : '-'} ms`,
      );
    }
  } finally {
    raw.close();
  }
  return figures;
}
