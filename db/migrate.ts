import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Db } from './client';
import { inRepo } from './repo-root';

const migrationsFolder = inRepo('db', 'migrations');

/**
 * An embedded file in write-ahead-log mode: readers (the server) and the one writer (an
 * ingest) no longer lock each other out; in the default rollback journal a reader's shared
 * lock made the ingest's commit fail with SQLITE_BUSY. The mode is stored in the file, so
 * setting it once, before anyone else opens it, is enough. libSQL servers manage their own.
 */
export async function useWriteAheadLog(db: Db) {
  if (db.$client.protocol !== 'file') return;
  await db.run('PRAGMA journal_mode = WAL');
  // in WAL mode NORMAL keeps the file consistent through a crash (a last commit may be lost,
  // never half-kept) without a sync at every commit: ingestion commits once per document
  await db.run('PRAGMA synchronous = NORMAL');
}

/**
 * SQLite's page cache of a writing connection, in KiB. Each document adds an entry to the search
 * index's pages of every passage it holds, hundreds of pages spread over the index: SQLite's
 * default 2 MB held too few of them, and each write read them back from the file (a 16 MB cache:
 * about 15% less CPU to store a document's search entries).
 */
export const WRITER_CACHE_KIB = 16 * 1024;

/**
 * A writing connection to a database migrateDb has set up (an ingest thread's): the sync mode,
 * the foreign-key checks and the page cache are the connection's settings, not the file's.
 */
export async function useWriter(db: Db) {
  const file = db.$client.protocol === 'file';
  if (file) await db.run('PRAGMA synchronous = NORMAL');
  await db.run('PRAGMA foreign_keys = ON');
  if (file) await db.run(sql.raw(`PRAGMA cache_size = -${WRITER_CACHE_KIB}`));
}

/** Brings the database up to the committed migrations; safe to run on every start. */
export async function migrateDb(db: Db) {
  await useWriteAheadLog(db);
  await migrate(db, { migrationsFolder });
  await useWriter(db);
}

/**
 * How many committed migrations the database lacks (all of them when it was never set up):
 * the server, which opens it read-only, refuses to start on an outdated schema.
 */
export async function pendingMigrations(db: Db): Promise<number> {
  const committed = readMigrationFiles({ migrationsFolder });
  const tables = await db.all<{ name: string }>(sql`select name from sqlite_master where name = '__drizzle_migrations'`);
  if (tables.length === 0) return committed.length;
  const [last] = await db.all<{ created_at: number }>(sql`select created_at from __drizzle_migrations order by created_at desc limit 1`);
  return committed.filter((m) => m.folderMillis > Number(last?.created_at ?? 0)).length;
}
