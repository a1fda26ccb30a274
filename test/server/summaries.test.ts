/**
 * The whole-country aggregates kept by ingestion (db/queries/summaries): stored once per load
 * for the filters the dashboard opens with, served while the data is at the generation they
 * were computed at, and computed on the request otherwise.
 */
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../db/ingest/ingest';
import { SUMMARIZED } from '../../db/queries/summaries/refresh';
import { summaryKey } from '../../db/queries/summaries/summarized';
import { BUMP_DATA_GENERATION, dataGeneration, summaries } from '../../db/schema';
import { getJson, testApp } from '../helpers/api';
import { SEEDS_DIR } from '../helpers/seed-db';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const HOFU = join(SEEDS_DIR, '000_6b35c62c03d5d5e8.txt');
const OTHER_SEEDS = ['001_0f1031b6666322d1.txt', '002_395353e375fa5b93.txt', '003_672174ab35a34b47.txt', '004_63d90351889fe90b.txt'].map((f) => join(SEEDS_DIR, f));

type Share = { key: string; label: string };
type Matrix = { groups: { key: string; label: string }[]; cells: { group: string; stage: string; answers: number }[] };

let temp: TempDb;
const uncached = () => testApp(temp.db, { caching: { maxBytes: 0 } });
const stored = async (key: string) => (await temp.db.select().from(summaries).where(eq(summaries.key, key)))[0];
const generation = async () => (await temp.db.select({ n: dataGeneration.n }).from(dataGeneration))[0]!.n;

beforeAll(async () => {
  temp = await createTempDb();
  // four seeds first: 防府市 (山口県) comes in a second load
  await ingestPaths(temp.db, OTHER_SEEDS);
}, 120_000);
afterAll(() => temp?.dispose());

describe('kept aggregates', () => {
  it('ingestion stores every kept answer at the current generation, equal to computing it', async () => {
    const now = await generation();
    for (const query of SUMMARIZED) {
      for (const filter of query.kept) {
        const row = await stored(summaryKey(query.summary, filter));
        expect(row, summaryKey(query.summary, filter)).toBeDefined();
        expect(row!.generation).toBe(now);
        expect(JSON.parse(row!.value)).toEqual(JSON.parse(JSON.stringify(await query.compute(temp.db, filter))));
      }
    }
    expect(await temp.db.$count(summaries)).toBe(SUMMARIZED.reduce((n, q) => n + q.kept.length, 0));
  });

  it('the national 再委託 shares list the four seeds’ prefectures, then 山口県 once 防府市 is loaded', async () => {
    const key = summaryKey('subcontract-shares', { by: 'prefecture' });
    const before = JSON.parse((await stored(key))!.value) as Share[];
    expect(before.map((r) => [r.key, r.label])).toEqual([
      ['01', '北海道'],
      ['13', '東京都'],
      ['14', '神奈川県'],
      ['40', '福岡県'],
    ]);
    await ingestPaths(temp.db, [HOFU]);
    const after = JSON.parse((await stored(key))!.value) as Share[];
    expect(after.map((r) => r.label)).toEqual(['北海道', '東京都', '神奈川県', '山口県', '福岡県']);
    expect((await stored(key))!.generation).toBe(await generation());
    expect((await getJson(uncached(), '/api/contracts/subcontract-shares')).rows).toEqual(after);
  });

  it('the API answers the stored answer for a kept filter, and computes any other', async () => {
    const key = summaryKey('rating-matrix', { by: 'prefecture' });
    const marker = { by: 'prefecture', groups: [{ key: '99', label: 'stored' }], stages: [], cells: [] };
    await temp.db.update(summaries).set({ value: JSON.stringify(marker) }).where(eq(summaries.key, key));
    expect(await getJson(uncached(), '/api/ratings/matrix')).toEqual(marker);
    expect(await getJson(uncached(), '/api/ratings/matrix?by=prefecture')).toEqual(marker);
    const yokohama = await getJson<Matrix>(uncached(), '/api/ratings/matrix?prefecture=14');
    expect(yokohama.groups).toEqual([{ key: '141003', label: '横浜市' }]);
  });

  it('a write that did not refresh them leaves them unused, not wrong', async () => {
    await temp.db.run(sql.raw(BUMP_DATA_GENERATION));
    // 札幌市's document grades no risk: 北海道 has no column
    const live = await getJson<Matrix>(uncached(), '/api/ratings/matrix');
    expect(live.groups.map((g) => g.label)).toEqual(['東京都', '神奈川県', '山口県', '福岡県']);
  });
});
