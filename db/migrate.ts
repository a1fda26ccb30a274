import { migrate } from 'drizzle-orm/libsql/migrator';
import { fileURLToPath } from 'node:url';
import type { Db } from './client';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Brings the database up to the committed migrations; safe to run on every start. */
export async function migrateDb(db: Db) {
  await migrate(db, { migrationsFolder });
  await db.run('PRAGMA foreign_keys = ON');
}
