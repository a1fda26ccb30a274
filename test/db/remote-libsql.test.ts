import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client';
import { ingestPaths } from '../../db/ingest/ingest';
import { migrateDb } from '../../db/migrate';
import { createApp } from '../../server/app';
import { SEEDS_DIR } from '../helpers/seed-db';
import { startSqld, type Sqld } from '../helpers/sqld';

/** The same code on a libSQL server reached by URL, as when users outgrow one machine. */
describe('a libSQL server by URL', () => {
  let server: Sqld;
  let db: Db;
  beforeAll(async () => {
    server = await startSqld();
    db = createDb(server.url);
    await migrateDb(db);
  }, 120_000);
  afterAll(() => {
    db?.close();
    server?.stop();
  });

  it('migrates, ingests the seeds in transactions and serves the API', async () => {
    const results = await ingestPaths(db, [SEEDS_DIR]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const app = createApp(db);
    const res = await app.request('/api/contracts?municipality=401005');
    const body = (await res.json()) as { rows: { item_no: number; contractor_raw: string }[] };
    expect(body.rows.map((r) => r.contractor_raw).sort()).toEqual(['日本コンピューター株式会社', '日立・NTTデータ企業連合', '株式会社RKKCS', '富士通Japan株式会社北九州支店'].sort());
    const again = await ingestPaths(db, [SEEDS_DIR]);
    expect(again.every((r) => r.ok && r.status === 'unchanged')).toBe(true);
  }, 60_000);
});
