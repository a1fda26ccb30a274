import { createDbFromEnv } from '../client';
import { migrateDb } from '../migrate';
import { ingestPaths } from './ingest';

/** npm run ingest [-- <files or folders>]: defaults to seeds/ into DATABASE_URL. */
const paths = process.argv.slice(2);
const db = createDbFromEnv();
await migrateDb(db);
const results = await ingestPaths(db, paths.length ? paths : ['seeds']);
for (const r of results) {
  if (r.ok) console.log(r.reportText + (r.unchanged ? '\n  (unchanged since the last ingest)' : ''));
  else console.error(`error: ${r.error}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} of ${results.length} documents loaded${failed ? `, ${failed} failed` : ''}`);
db.close();
process.exitCode = failed ? 1 : 0;
