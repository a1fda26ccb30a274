/**
 * What every answer carries: security headers (pages, assets, API, errors), compression of the
 * dashboard's files (the build's brotli/gzip copies) and of API answers, a year's caching for
 * hashed assets and revalidation for the rest, and ETag + 304 on API JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountDashboard } from '../../server/dashboard';
import { expectError, testApp } from '../helpers/api';
import { createSeedDb } from '../helpers/seed-db';
import type { TempDb } from '../helpers/temp-db';

const SCRIPT = `console.log(${JSON.stringify('評価書'.repeat(400))});\n`;
const INDEX = '<!doctype html><title>pia</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>';

let temp: TempDb;
let dist: string;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  temp = await createSeedDb();
  // a build as vite and the compression plugin lay it out: hashed assets, each with .br and .gz
  dist = mkdtempSync(join(tmpdir(), 'pia-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(SCRIPT));
  app = testApp(temp.db);
  expect(mountDashboard(app, dist)).toBe(true);
}, 60_000);

afterAll(() => {
  temp?.dispose();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

describe('security headers', () => {
  it.each([
    ['the dashboard', '/', 200],
    ['a client-side route', '/cities/%E5%B0%8F%E9%87%91%E4%BA%95%E5%B8%82', 200],
    ['a malformed path', '/cities/%zz', 200],
    ['a hashed asset', '/assets/index-Ab12Cd34.js', 200],
    ['API JSON', '/api/stats', 200],
    ['API CSV', '/api/contracts?format=csv', 200],
    ['the OpenAPI document', '/api/openapi.json', 200],
    ['an API 404', '/api/nothing', 404],
    ['an API 400', '/api/contracts?limit=abc', 400],
  ])('on %s (%s)', async (_what, path, status) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')?.split('; ')).toEqual(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('on a 405 and a 500-free error path too', async () => {
    const res = await app.request('/api/contracts', { method: 'POST' });
    await expectError(res.clone(), 405, 'method_not_allowed');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('compression', () => {
  it('sends the brotli copy of an asset to a client that accepts br', async () => {
    const res = await app.request('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('vary')).toContain('Accept-Encoding');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy to a client that accepts only gzip, and the file itself to one that accepts neither', async () => {
    const gz = await app.request('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
    const plain = await app.request('/assets/index-Ab12Cd34.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('gzips API JSON for a client that accepts it', async () => {
    const res = await app.request('/api/contracts', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()) as { total: number };
    expect(body.total).toBe(16);
  });
});

describe('caching', () => {
  it('keeps hashed assets for a year, and revalidates index.html and client routes', async () => {
    expect((await app.request('/assets/index-Ab12Cd34.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await app.request('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'br' } })).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/index.html', '/risks', '/cities/%zz']) {
      const res = await app.request(path);
      expect(await res.text(), path).toBe(INDEX);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('answers a repeated API request that names the ETag with 304 and no body', async () => {
    const first = await app.request('/api/contracts?municipality=401005');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const body = (await first.json()) as { rows: { contractor_raw: string }[] };
    expect(body.rows.map((r) => r.contractor_raw).sort()).toEqual(['富士通Japan株式会社北九州支店', '日本コンピューター株式会社', '日立・NTTデータ企業連合', '株式会社RKKCS'].sort());

    const again = await app.request('/api/contracts?municipality=401005', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');

    // other rows, another ETag: a stale one gets the full answer
    const other = await app.request('/api/contracts?municipality=132101', { headers: { 'if-none-match': etag! } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('keeps the same ETag when the answer is gzipped', async () => {
    const plain = await app.request('/api/stats');
    const gz = await app.request('/api/stats', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('etag')).toBe(plain.headers.get('etag'));
    const revalidated = await app.request('/api/stats', { headers: { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
  });

  it('streams CSV without an ETag, and gives errors none', async () => {
    const csv = await app.request('/api/contracts?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('etag')).toBeNull();
    const error = await app.request('/api/assessments/999999');
    expect(error.status).toBe(404);
    expect(error.headers.get('etag')).toBeNull();
  });
});
