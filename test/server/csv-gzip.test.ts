/**
 * CSV downloads gzipped by the server itself when the client accepts it: the same bytes once
 * unzipped, and read from the database only as fast as the client takes them (hono's compress
 * middleware, on Node 20's CompressionStream, read a whole list ahead of a slow client).
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvPages } from '../../server/csv';
import { gzipStream } from '../../server/gzip';
import { getJson, useSeedApp } from '../helpers/api';
import { parseCsv } from '../helpers/parse-csv';

const seeds = useSeedApp();

describe('gzipped CSV', () => {
  it('a client that accepts gzip gets the whole list gzipped: the same bytes unzipped', async () => {
    const plain = await seeds.app.request('/api/ratings?format=csv');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const zipped = await seeds.app.request('/api/ratings?format=csv', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept, Accept-Encoding');
    const text = Buffer.from(await plain.arrayBuffer());
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).equals(text)).toBe(true);
    // the five seeds' 128 graded answers, in the JSON list's order
    const all = await getJson<{ rows: { id: number }[] }>(seeds.app, '/api/ratings?limit=1000');
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(text).slice(1));
    expect(rows).toHaveLength(128);
    expect(rows.map((r) => Number(r[header!.indexOf('id')]))).toEqual(all.rows.map((r) => r.id));
  });

  it('a client refusing gzip (q=0) gets the CSV as it is', async () => {
    const res = await seeds.app.request('/api/changes?format=csv', { headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())).toMatch(/^\uFEFFid,/);
  });

  it('reads the next page only as the client takes the gzipped text', async () => {
    // 400 pages of 20 rows of 1 kB that deflate cannot shrink much (hex of chained hashes)
    const cell = (n: number) => Array.from({ length: 16 }, (_, i) => createHash('sha256').update(`${n}:${i}`).digest('hex')).join('');
    const calls: number[] = [];
    const rows = async (limit: number, offset: number) => {
      calls.push(offset);
      return Array.from({ length: Math.max(0, Math.min(limit, 8000 - offset)) }, (_, i) => ({ n: offset + i, text: cell(offset + i) }));
    };
    const reader = gzipStream(csvPages(['n', 'text'], rows, { pageRows: 20 })).getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value!);
    await new Promise((r) => setTimeout(r, 300));
    // a few pages ahead of the client at most (zlib's and the streams' buffers), not the 400
    expect(calls.length).toBeLessThan(20);
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(calls).toHaveLength(401);
    const lines = gunzipSync(Buffer.concat(chunks)).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFn,text');
    expect(lines[8000]).toBe(`7999,${cell(7999)}`);
    expect(lines).toHaveLength(8002);
  });

  it('a page the database fails to read ends the gzipped answer with that error, not a clean end', async () => {
    const rows = async (limit: number, offset: number) => {
      if (offset > 0) throw new Error('database is locked');
      return Array.from({ length: limit }, (_, i) => ({ n: offset + i }));
    };
    const reader = gzipStream(csvPages(['n'], rows, { pageRows: 2 })).getReader();
    const read = async () => {
      for (let r = await reader.read(); !r.done; r = await reader.read());
    };
    await expect(read()).rejects.toThrow('database is locked');
  });
});
