import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { wantsCsv } from './respond';

/**
 * API answers are revalidated on every use (the database changes as documents are loaded),
 * cheaply: a JSON answer carries an ETag, and a request that names it gets 304 without a body.
 * Weak, because the compression outside may re-encode the bytes. CSV downloads stream and are
 * left alone (an ETag would need the whole body first).
 */
export function apiCaching(): MiddlewareHandler {
  const jsonEtag = etag({ weak: true });
  return async function apiCaching(c, next) {
    if (wantsCsv(c)) await next();
    else await jsonEtag(c, next);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
  };
}
