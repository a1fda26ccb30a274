import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Serves the built dashboard from `dir`: its files as they are, and index.html for any other
 * path outside /api (the dashboard routes on the client). /api paths keep the API's own 404.
 */
export function mountDashboard(app: Hono<any, any, any>, dir: string) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const root = relative(process.cwd(), dir) || '.';
  const outsideApi = (handler: MiddlewareHandler): MiddlewareHandler =>
    async function dashboard(c, next) {
      if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
      return handler(c, next);
    };
  app.get('*', outsideApi(serveStatic({ root })));
  app.get('*', outsideApi(serveStatic({ path: relative(process.cwd(), index) })));
  return true;
}
