import { createDb, filePathOf } from './client';

/** Tells whether the database changed: a number that moves whenever another connection commits. */
export interface DataVersion {
  read(): Promise<number>;
  close(): void;
}

/**
 * SQLite's `data_version` of an embedded file database, read on a read-only connection held for
 * this alone: the pragma counts commits by other connections (the ingest, `npm run setup`) and is
 * only comparable on one connection, so it must not share a pool that may open new ones. A
 * libSQL server has no such counter a client can see: undefined there (answers are not kept).
 */
export function watchDataVersion(url: string, authToken?: string): DataVersion | undefined {
  if (!filePathOf(url)) return undefined;
  const db = createDb(url, authToken, { readOnly: true });
  return {
    read: async () => Number((await db.$client.execute('pragma data_version')).rows[0]![0]),
    close: () => db.close(),
  };
}
