import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../db/ingest/ingest';
import { SEEDS_DIR } from './seed-db';
import { createTempDb, type TempDb } from './temp-db';

/** The synthetic 基礎項目評価書 (test/fixtures/basic-form, see its README). */
export const BASIC_FORM_DIR = fileURLToPath(new URL('../fixtures/basic-form', import.meta.url));
export const BASIC_FORM = (name: string) => join(BASIC_FORM_DIR, name);
/** the documents, without the folder's README */
export const BASIC_FORM_FILES = readdirSync(BASIC_FORM_DIR).filter((n) => n.endsWith('.txt')).sort().map(BASIC_FORM);

/**
 * The six synthetic 基礎項目評価書 (ingested first, in file-name order: 栄村, 品川区, 栃木県) and
 * the five seeds after them, in a fresh temp database; throws if any fails to load.
 */
export async function createBasicFormDb(): Promise<TempDb> {
  const temp = await createTempDb();
  const failed = (await ingestPaths(temp.db, [...BASIC_FORM_FILES, SEEDS_DIR])).filter((r) => !r.ok);
  if (failed.length) {
    temp.dispose();
    throw new Error(`documents failed to load:\n${failed.map((r) => (r.ok ? '' : r.error)).join('\n')}`);
  }
  return temp;
}
