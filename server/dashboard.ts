import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Vite names what it builds into assets/ by content hash (a new build is a new name): kept for
 * a year. Anything else (index.html) is revalidated on every use.
 */
function cacheControl(root: string, file: string) {
  return relative(root, file).startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built dashboard from `dir`: its files as they are (the brotli or gzip copy the
 * build wrote beside each, when the client accepts it), and index.html for any other path
 * outside /api (the dashboard routes on the client). /api paths keep the API's own 404.
 */
export function mountDashboard(app: Hono<any, any, any>, dir: string) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const root = relative(process.cwd(), dir) || '.';
  // serveStatic reports the file it found only after building its response, too late for c.header
  const served = new WeakMap<Context, string>();
  const onFound = (file: string, c: Context) => void served.set(c, file);
  const outsideApi = (handler: MiddlewareHandler): MiddlewareHandler =>
    async function dashboard(c, next) {
      if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
      const res = await handler(c, next);
      const file = served.get(c);
      // the file's response is what the handler returns; when it passed on, the next one set c.res
      if (file) (res instanceof Response ? res : c.res).headers.set('Cache-Control', cacheControl(root, file));
      return res;
    };
  app.get('*', outsideApi(serveStatic({ root, precompressed: true, onFound })));
  app.get('*', outsideApi(serveStatic({ path: relative(process.cwd(), index), precompressed: true, onFound })));
  return true;
}
