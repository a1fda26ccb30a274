import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../db/client';
import { migrateDb } from '../../db/migrate';

export interface TempDb {
  db: Db;
  /** closes the database and removes its folder */
  dispose: () => void;
}

/**
 * A migrated database in a fresh temp folder. A file, not `:memory:`: libSQL drops an
 * in-memory database after `transaction()`.
 */
export async function createTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), 'pia-test-'));
  const db = createDb(`file:${join(dir, 'test.db')}`);
  await migrateDb(db);
  return {
    db,
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
