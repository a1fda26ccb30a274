import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createDbFromEnv, type Db } from '../db/client';
import { ingestPaths } from '../db/ingest/ingest';
import { migrateDb } from '../db/migrate';
import { assessments } from '../db/schema';
import { createApp } from './app';
import { mountDashboard } from './dashboard';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const DASHBOARD = fileURLToPath(new URL('../dist/web', import.meta.url));

/** An empty database gets the seed documents, so a fresh clone shows something. */
async function seedIfEmpty(db: Db) {
  if ((await db.$count(assessments)) > 0) return;
  console.log(`Empty database: loading the documents in ${SEEDS}`);
  for (const result of await ingestPaths(db, [SEEDS])) {
    if (result.ok) console.log(result.reportText);
    else console.error(result.error);
  }
}

async function main() {
  const db = createDbFromEnv();
  await migrateDb(db);
  await seedIfEmpty(db);
  const app = createApp(db);
  const dashboard = mountDashboard(app, DASHBOARD);
  const port = Number(process.env.PORT) || 3000;
  const server = serve({ fetch: app.fetch, port }, (info) => {
    console.log(`API on http://localhost:${info.port}/api/openapi.json`);
    console.log(dashboard ? `Dashboard on http://localhost:${info.port}/` : 'No dashboard build in dist/web (API only)');
  });
  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    server.close(() => {
      db.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 5000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
