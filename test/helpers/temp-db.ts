import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../db/client';
import { migrateDb } from '../../db/migrate';

export interface TempDb {
  db: Db;
  /** the database's `file:` URL, for a second connection */
  url: string;
  /** closes the database and removes its folder */
  dispose: () => void;
}

/**
 * A migrated database in a fresh temp folder. A file, not `:memory:`: libSQL drops an
 * in-memory database after `transaction()`.
 */
export async function createTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), 'pia-test-'));
  const url = `file:${join(dir, 'test.db')}`;
  const db = createDb(url);
  await migrateDb(db);
  return {
    db,
    url,
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
