/**
 * `npm run setup` (and the first step of `npm start`): bring the database to the committed
 * migrations, in WAL mode for a file, and load the seed documents into an empty one. The
 * server then opens the database read-only: only this step and `npm run ingest` write.
 */
import { createDbFromEnv } from './client';
import { ingestPaths } from './ingest/ingest';
import { migrateDb } from './migrate';
import { inRepo } from './repo-root';
import { assessments } from './schema';

const SEEDS = inRepo('seeds');

const db = createDbFromEnv();
try {
  await migrateDb(db);
  // an empty database gets the seed documents, so a fresh clone shows something
  if ((await db.$count(assessments)) === 0) {
    console.log(`Empty database: loading the documents in ${SEEDS}`);
    const results = await ingestPaths(db, [SEEDS]);
    for (const r of results) {
      if (r.ok) console.log(r.reportText);
      else console.error(`error: ${r.error}`);
    }
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  }
} finally {
  db.close();
}
