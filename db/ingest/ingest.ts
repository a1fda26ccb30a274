import type { Db } from '../client';
import { refreshDerived } from '../queries/refresh-derived';
import type { IngestResult } from './ingest-document';
import { ingestOnThreads, type DatabaseAddress } from './ingest-pool';
import { deleteOrphans } from './load';
import { findDocuments } from './walk';

export { readDocument } from './read-document';
export { EXTRACTOR_VERSION } from './extractor-version';
export type { IngestResult, IngestStatus } from './ingest-document';

export interface IngestOptions {
  /**
   * threads that read, parse and write the documents: this one and worker threads, each on
   * its own connection to `database` (the address of `db`); 1, 0 or no address reads them on
   * this thread alone (the default: tests and small loads)
   */
  workers?: number;
  database?: DatabaseAddress;
  /** documents larger than this are refused (default: PIA_MAX_DOCUMENT_MB or 20 MB) */
  maxBytes?: number;
  /** called after each file, for a progress display */
  onProgress?: (done: number, total: number, last: IngestResult) => void;
}

export const DEFAULT_MAX_DOCUMENT_MB = 20;

export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.PIA_MAX_DOCUMENT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_DOCUMENT_MB) * 1024 * 1024;
}

/**
 * Reads, parses and stores each document under the given files or folders. Reading runs on
 * several threads when asked; each thread writes its documents a few at a time, in one short
 * transaction with a savepoint per document (one thread's write at a time), so a server
 * reading the same database never waits long and a bad file leaves it as it was.
 * The oversight flags and the kept whole-country aggregates are recomputed once at the end.
 */
export async function ingestPaths(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestResult[]> {
  const found = paths.flatMap((p) => findDocuments(p));
  const maxBytes = options.maxBytes ?? maxDocumentBytes();
  const results: IngestResult[] = new Array(found.length);
  let done = 0;
  const record = (i: number, result: IngestResult) => {
    results[i] = result;
    options.onProgress?.(++done, found.length, result);
  };
  const database = options.database && sharedBetweenConnections(options.database.url) ? options.database : null;
  await ingestOnThreads(db, found, database ? Math.max(1, options.workers ?? 1) : 1, database, maxBytes, record);
  await deleteOrphans(db);
  await refreshDerived(db);
  return results;
}

/** One file, through ingestPaths: a load of its own. */
export async function ingestFile(db: Db, file: string): Promise<IngestResult> {
  return (await ingestPaths(db, [file]))[0]!;
}

/** An in-memory database is its connection's own: another thread's connection would be another database. */
const sharedBetweenConnections = (url: string) => !/^(file:)?:memory:/.test(url) && !url.includes('mode=memory');

