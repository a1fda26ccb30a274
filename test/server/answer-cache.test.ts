/**
 * The API keeps its JSON answers until the database changes: the same request asked again runs
 * no SQL, and a document loaded beside the server (another connection's commit) is in the very
 * next answer. The cache itself: bounded in bytes, least recently used out first, emptied by a
 * new data version, an answer older than its age asked again.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client';
import { watchDataVersion, type DataVersion } from '../../db/data-version';
import { ingestPaths } from '../../db/ingest/ingest';
import { AnswerCache } from '../../server/answer-cache';
import { testApp } from '../helpers/api';
import { SEEDS_DIR } from '../helpers/seed-db';
import { createTempDb, type TempDb } from '../helpers/temp-db';

const SEEDS = readdirSync(SEEDS_DIR)
  .sort()
  .map((name) => join(SEEDS_DIR, name));

describe('answers kept until the database changes', () => {
  let temp: TempDb;
  let served: Db;
  let dataVersion: DataVersion;
  let app: ReturnType<typeof testApp>;
  const statements: string[] = [];

  beforeAll(async () => {
    temp = await createTempDb();
    expect((await ingestPaths(temp.db, SEEDS.slice(0, 4))).every((r) => r.ok)).toBe(true);
    // the server's own connection, read-only, every statement it runs counted
    served = createDb(temp.url, undefined, { readOnly: true, logger: { logQuery: (sql) => void statements.push(sql) } });
    dataVersion = watchDataVersion(temp.url)!;
    app = testApp(served, { caching: { dataVersion } });
  }, 60_000);

  afterAll(() => {
    dataVersion?.close();
    served?.close();
    temp?.dispose();
  });

  const stats = async (init?: RequestInit) => {
    const res = await app.request('/api/stats', init);
    expect(res.status).toBe(200);
    return { res, body: (await res.json()) as { assessments: number; municipalities: number } };
  };

  it('answers a repeated request without SQL, with the same ETag', async () => {
    const before = statements.length;
    const first = await stats();
    expect(first.body.assessments).toBe(4);
    const ran = statements.length - before;
    expect(ran).toBeGreaterThan(0);
    const again = await stats();
    expect(again.body).toEqual(first.body);
    expect(again.res.headers.get('etag')).toBe(first.res.headers.get('etag'));
    expect(statements.length - before).toBe(ran);
  });

  it('shows a document committed by another connection in the next answer', async () => {
    expect((await stats()).body.assessments).toBe(4);
    const etag = (await stats()).res.headers.get('etag')!;
    expect((await ingestPaths(temp.db, [SEEDS[4]!])).every((r) => r.ok)).toBe(true);
    const before = statements.length;
    const after = await stats({ headers: { 'if-none-match': etag } });
    expect(after.res.status).toBe(200);
    expect(after.body.assessments).toBe(5);
    expect(after.res.headers.get('etag')).not.toBe(etag);
    expect(statements.length).toBeGreaterThan(before);
  });

  it('reads the data version once for the requests waiting on it together, and afresh after', async () => {
    const first = dataVersion.read();
    expect(dataVersion.read()).toBe(first);
    const together = await Promise.all([first, dataVersion.read()]);
    expect(together[1]).toBe(together[0]);
    const own = createDb(temp.url);
    await own.$client.execute('create table if not exists scratch_write (n integer)');
    await own.$client.execute('insert into scratch_write values (1)');
    own.close();
    expect(await dataVersion.read()).toBeGreaterThan(together[0]!);
  });

  it('gzips a kept answer for a client that accepts it, the same bytes as the plain one', async () => {
    const plain = await app.request('/api/contracts?limit=5');
    const gz = await app.request('/api/contracts?limit=5', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toContain('Accept-Encoding');
    const text = await plain.text();
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);
    expect((JSON.parse(text) as { rows: unknown[]; total: number }).rows).toHaveLength(5);
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });

  it('keeps no error', async () => {
    const before = statements.length;
    expect((await app.request('/api/assessments/999999')).status).toBe(404);
    const ran = statements.length - before;
    expect(ran).toBeGreaterThan(0);
    expect((await app.request('/api/assessments/999999')).status).toBe(404);
    expect(statements.length - before).toBe(2 * ran);
  });
});

describe('the answer cache', () => {
  const answer = (text: string) => ({ body: Buffer.from(text), etag: `W/"${text}"`, headers: [] as [string, string][] });

  it('drops the least recently used answer past its byte budget', () => {
    const cache = new AnswerCache({ maxBytes: 40, maxAgeMs: 60_000 });
    cache.useVersion(1);
    for (const key of 'abcd') cache.set(`/${key}`, 1, answer(key.repeat(10)));
    expect(cache.get('/a')?.etag).toBe(`W/"${'a'.repeat(10)}"`); // /b is now the least recent
    cache.set('/e', 1, answer('e'.repeat(10)));
    cache.set('/f', 1, answer('f'.repeat(10)));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/c')).toBeUndefined();
    expect(['/a', '/d', '/e', '/f'].map((key) => cache.get(key)?.body.toString()[0])).toEqual(['a', 'd', 'e', 'f']);
    expect(cache.bytes).toBe(40);
  });

  it('empties on a new data version, and keeps nothing computed under an old one', () => {
    const cache = new AnswerCache({ maxBytes: 1000, maxAgeMs: 60_000 });
    cache.useVersion(1);
    cache.set('/a', 1, answer('one'));
    cache.useVersion(2);
    expect(cache.get('/a')).toBeUndefined();
    cache.set('/a', 1, answer('stale'));
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('asks again for an answer older than its age, and keeps none too large for a quarter of the budget', () => {
    let now = 0;
    const cache = new AnswerCache({ maxBytes: 100, maxAgeMs: 1000, now: () => now });
    cache.useVersion(1);
    cache.set('/a', 1, answer('a'));
    now = 999;
    expect(cache.get('/a')).toBeDefined();
    now = 1001;
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
    cache.set('/big', 1, answer('x'.repeat(26)));
    expect(cache.get('/big')).toBeUndefined();
  });
});
