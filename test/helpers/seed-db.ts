import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../db/ingest/ingest';
import { createTempDb, type TempDb } from './temp-db';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** The five seed documents ingested into a fresh temp database; throws if any fails to load. */
export async function createSeedDb(): Promise<TempDb> {
  const temp = await createTempDb();
  const failed = (await ingestPaths(temp.db, [SEEDS_DIR])).filter((r) => !r.ok);
  if (failed.length) {
    temp.dispose();
    throw new Error(`seeds failed to load:\n${failed.map((r) => (r.ok ? '' : r.error)).join('\n')}`);
  }
  return temp;
}
