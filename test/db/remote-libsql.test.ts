import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client';
import { watchDataVersion } from '../../db/data-version';
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

  it('keeps answers until the ingest counts a change, then answers afresh', async () => {
    const dataVersion = watchDataVersion(server.url)!;
    const app = createApp(db, { caching: { dataVersion } });
    try {
      const stats = async () => {
        const res = await app.request('/api/stats');
        return { etag: res.headers.get('etag'), assessments: ((await res.json()) as { assessments: number }).assessments };
      };
      const first = await stats();
      expect(first.assessments).toBe(5);
      expect(await stats()).toEqual(first);
      // one more document: a seed with a line added, from another folder
      const dir = mkdtempSync(join(tmpdir(), 'pia-remote-'));
      const seed = readdirSync(SEEDS_DIR).sort()[0]!;
      writeFileSync(join(dir, seed), `${readFileSync(join(SEEDS_DIR, seed), 'utf8')}\n`);
      expect((await ingestPaths(db, [dir])).map((r) => r.ok && r.status)).toEqual(['new']);
      rmSync(dir, { recursive: true, force: true });
      const after = await stats();
      expect(after.assessments).toBe(6);
      expect(after.etag).not.toBe(first.etag);
    } finally {
      dataVersion.close();
    }
  }, 60_000);
});
