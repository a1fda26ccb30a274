import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { createDbFromEnv, DEFAULT_DATABASE_URL, filePathOf } from '../db/client';
import { watchDataVersion } from '../db/data-version';
import { pendingMigrations } from '../db/migrate';
import { inRepo } from '../db/repo-root';
import { createApp } from './app';
import { mountDashboard } from './dashboard';
import { gracefulShutdown } from './shutdown';

// the heap grows to at most twice what a collection left live rather than V8's up to four
// times: a CSV download keeps each page alive across the database's awaits, so page after page
// is promoted and the old generation swelled to 130 MB before it was collected (the search CSV
// peaked at 200 MB RSS; 165 MB so)
setFlagsFromString('--heap-growing-percent=100');

const DASHBOARD = inRepo('dist', 'web');

/** How long in-flight responses may take to finish after SIGTERM/SIGINT. */
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS) || 10_000;

/** The database is not ready to serve: said in one line, without a stack. */
class NotSetUp extends Error {}

/** The API only reads: it opens an embedded file read-only, set up beforehand by `npm run setup`. */
async function openDatabase() {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const path = filePathOf(url);
  if (path && !existsSync(path)) throw new NotSetUp(`${url}: no database there yet; run \`npm run setup\` first (\`npm start\` does)`);
  const db = createDbFromEnv(process.env, { readOnly: true });
  const pending = await pendingMigrations(db);
  if (pending) {
    db.close();
    throw new NotSetUp(`${url}: ${pending} migration(s) not applied; run \`npm run setup\` first (\`npm start\` does)`);
  }
  return db;
}

async function main() {
  const db = await openDatabase();
  const dataVersion = watchDataVersion(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, process.env.DATABASE_AUTH_TOKEN || undefined);
  const cacheMb = process.env.PIA_API_CACHE_MB;
  const app = createApp(db, { caching: { dataVersion, maxBytes: cacheMb === undefined ? undefined : Number(cacheMb) * 1e6 } });
  const dashboard = mountDashboard(app, DASHBOARD);
  const port = Number(process.env.PORT) || 3000;
  const server = serve({ fetch: app.fetch, port }, (info) => {
    console.log(`API on http://localhost:${info.port}/api/openapi.json`);
    console.log(dashboard ? `Dashboard on http://localhost:${info.port}/` : 'No dashboard build in dist/web (API only)');
  }) as Server;
  const shutdown = gracefulShutdown(server);

  const onSignal = async (signal: NodeJS.Signals) => {
    console.log(`${signal}: finishing ${shutdown.inFlight} response(s) in flight (at most ${SHUTDOWN_GRACE_MS} ms)`);
    const { cut } = await shutdown.stop(SHUTDOWN_GRACE_MS);
    db.close();
    dataVersion?.close();
    if (cut) console.error(`${signal}: cut ${cut} response(s) still running after ${SHUTDOWN_GRACE_MS} ms`);
    process.exit(cut ? 1 : 0);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

main().catch((e) => {
  console.error(e instanceof NotSetUp ? `error: ${e.message}` : e);
  process.exit(1);
});
