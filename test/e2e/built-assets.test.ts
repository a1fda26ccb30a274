/**
 * The real build as the real server sends it: the dashboard's script and style sheet go out
 * brotli- or gzip-compressed (copies the build wrote), cached for a year under their hashed
 * names, while index.html is revalidated. Prints the sizes.
 */
import { request } from 'node:http';
import { describe, expect, inject, test } from 'vitest';

/** GET without decoding, to see the bytes and headers as sent. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }));
    })
      .on('error', reject)
      .end();
  });
}

describe('built assets', () => {
  const base = inject('baseUrl');

  test('the script and style sheet are compressed and cached for a year; index.html is revalidated', async () => {
    const index = await fetch(`${base}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      expect(asset).toMatch(/-[\w-]{8}\.(js|css)$/);
      const plain = await rawGet(`${base}${asset}`);
      const br = await rawGet(`${base}${asset}`, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await rawGet(`${base}${asset}`, { 'accept-encoding': 'gzip' });
      expect([plain.status, br.status, gzip.status]).toEqual([200, 200, 200]);
      expect([plain.headers['content-encoding'], br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([undefined, 'br', 'gzip']);
      for (const res of [plain, br, gzip]) expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.bytes).toBeLessThan(gzip.bytes);
      expect(gzip.bytes).toBeLessThan(plain.bytes);
      console.log(`[built assets] ${asset}: ${plain.bytes} bytes, gzip ${gzip.bytes}, brotli ${br.bytes}`);
    }
  });
});
