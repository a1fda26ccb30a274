import type { Context } from 'hono';
import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createGzip } from 'node:zlib';

/** Whether the request's Accept-Encoding takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(c: Context): boolean {
  return /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?\b)/i.test(c.req.header('Accept-Encoding') ?? '');
}

/**
 * `body` gzipped by a zlib stream that takes the next chunk only as the client takes the
 * last: Node 20's CompressionStream (hono's compress) does not wait for the client, because
 * its writable side counts queued chunks, not bytes (up to 16,384 of them), so a download
 * made faster than deflate runs was held in memory ahead of it (40 MB and more of a CSV).
 */
export function gzipStream(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const gzip = createGzip();
  // an error on either side ends the other; the client then sees the answer cut short
  pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), gzip, () => {});
  return Readable.toWeb(gzip) as ReadableStream<Uint8Array>;
}
