import type { Context, MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { DataVersion } from '../db/data-version';
import { AnswerCache, type KeptAnswer } from './answer-cache';
import { acceptsGzip } from './gzip';
import { wantsCsv } from './respond';

/** Smaller answers go out as they are: gzip's header and the round trip cost more than it saves. */
const GZIP_FROM_BYTES = 1024;

export interface ApiCachingOptions {
  /** the database's version, when it has one a client can see (an embedded file): answers are then kept */
  dataVersion?: DataVersion;
  /** bytes of answers kept (default 32 MB; 0 keeps none) */
  maxBytes?: number;
  maxAgeMs?: number;
}

function matchesEtag(c: Context, etag: string) {
  const asked = c.req.header('If-None-Match');
  if (!asked) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return asked === '*' || asked.split(',').some((tag) => bare(tag) === bare(etag));
}

function send(c: Context, answer: Omit<KeptAnswer, 'keptAt'>) {
  const headers = new Headers(answer.headers);
  headers.set('ETag', answer.etag);
  headers.set('Cache-Control', 'no-cache');
  headers.set('Vary', 'Accept-Encoding');
  if (matchesEtag(c, answer.etag)) return new Response(null, { status: 304, headers });
  if (answer.gzip && acceptsGzip(c)) {
    headers.set('Content-Encoding', 'gzip');
    headers.set('Content-Length', String(answer.gzip.length));
    return new Response(answer.gzip as Uint8Array<ArrayBuffer>, { status: 200, headers });
  }
  headers.set('Content-Length', String(answer.body.length));
  return new Response(answer.body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/** The route's JSON answer in bytes, with its ETag and gzip twin. */
async function bufferAnswer(res: Response): Promise<Omit<KeptAnswer, 'keptAt'>> {
  const body = Buffer.from(await res.arrayBuffer());
  const headers = [...res.headers].filter(([name]) => !/^(content-length|etag|cache-control|vary)$/i.test(name));
  return {
    body,
    gzip: body.length >= GZIP_FROM_BYTES ? gzipSync(body) : undefined,
    // weak: the same data may come out in other bytes (another encoding, another key order)
    etag: `W/"${createHash('sha1').update(body).digest('hex')}"`,
    headers,
  };
}

/**
 * JSON answers of the API, revalidated on every use (the database changes as documents are
 * loaded) but cheaply: each carries an ETag and a request naming it gets 304 without a body;
 * it is compressed in one zlib call (a page is at most about 1 MB) rather than through a
 * stream. Over an embedded database, answers are kept by URL until the database changes (the
 * data version moves when the ingest commits), so the dashboard's repeated aggregates cost no
 * SQL. CSV downloads stream and pass untouched (an ETag would need the whole body first).
 */
export function apiCaching({ dataVersion, maxBytes = 32e6, maxAgeMs = 60_000 }: ApiCachingOptions = {}): MiddlewareHandler {
  const cache = dataVersion && maxBytes > 0 ? new AnswerCache({ maxBytes, maxAgeMs }) : undefined;
  return async function apiCaching(c, next) {
    if (c.req.method !== 'GET' || wantsCsv(c)) {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
      return;
    }
    const version = cache ? await dataVersion!.read() : 0;
    cache?.useVersion(version);
    const key = c.req.url;
    const kept = cache?.get(key);
    if (kept) return send(c, kept);
    await next();
    if (c.res.status !== 200 || !/^application\/json\b/i.test(c.res.headers.get('Content-Type') ?? '')) {
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
      return;
    }
    const answer = await bufferAnswer(c.res);
    cache?.set(key, version, answer);
    c.res = undefined; // hono keeps the route's headers otherwise
    c.res = send(c, answer);
  };
}
