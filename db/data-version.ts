import { createDb, filePathOf } from './client';

/** Tells whether the database changed: a number that moves whenever the data does. */
export interface DataVersion {
  read(): Promise<number>;
  close(): void;
}

/**
 * For an embedded file, SQLite's `data_version`, read on a read-only connection held for this
 * alone: the pragma counts commits by other connections (the ingest, `npm run setup`) and is
 * only comparable on one connection, so it must not share a pool that may open new ones. A
 * libSQL server's data_version is its own connection's, out of a client's reach: there the
 * count of changes the ingest keeps in `data_generation` (one more in each writing transaction).
 */
export function watchDataVersion(url: string, authToken?: string): DataVersion | undefined {
  const local = filePathOf(url) !== undefined;
  // an in-memory database is another on every connection: nothing to watch it by
  if (!local && url.startsWith('file:')) return undefined;
  const db = createDb(url, authToken, { readOnly: true });
  const query = local ? 'pragma data_version' : 'select coalesce((select n from data_generation where id = 1), 0)';
  // requests that arrive while a read is on its way share it: over a libSQL server each read is a
  // round trip, and a request that comes a moment after a commit is one that came a moment before
  let reading: Promise<number> | undefined;
  return {
    read: () =>
      (reading ??= db.$client
        .execute(query)
        .then((result) => Number(result.rows[0]![0]))
        .finally(() => (reading = undefined))),
    close: () => db.close(),
  };
}
