import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/**
 * One row counting the commits that changed the data: every write of the ingest (a document's
 * transaction, the flags' refresh) adds one in the same transaction. A server over a libSQL
 * server, where SQLite's data_version is out of reach, compares it to know whether the
 * answers it keeps are still those of the data.
 */
export const dataGeneration = sqliteTable('data_generation', {
  id: integer().primaryKey(),
  n: integer().notNull(),
});

/** The statement that counts one more change, to run inside the writing transaction. */
export const BUMP_DATA_GENERATION = 'insert into data_generation (id, n) values (1, 1) on conflict (id) do update set n = n + 1';
