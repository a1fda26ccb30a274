/**
 * npm run bench [-- options]: ingest a corpus into a fresh database, serve it with the real
 * server, load each dashboard view in headless Chromium (which also names the API requests the
 * dashboard makes), hammer those requests, time their SQL raw, export every list as CSV and
 * run a load; then print one table of figures beside their targets and write them as JSON.
 * It prints figures; it asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { prepareCorpus } from './corpus';
import { prepareDatabase } from './database';
import { runIngest } from './ingest';
import { describeMachine } from './machine';
import { parseOptions, UsageError, type BenchOptions } from './options';
import { runServerParts } from './phases';
import { REPO } from './repo';
import type { BenchResults } from './results';
import { table } from './table';

async function main(options: BenchOptions) {
  const machine = describeMachine();
  const corpus = prepareCorpus(options.corpus);
  const database = await prepareDatabase(options);
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine,
    corpus: { label: corpus.label, files: corpus.files, bytes: corpus.bytes },
    database: database.kind,
  };
  try {
    if (database.fresh) {
      results.ingest = await runIngest(corpus.dir, database.url);
      if (results.ingest.exitCode !== 0) console.error(`[bench] the ingest exited ${results.ingest.exitCode}: ${results.ingest.failed} failed`);
    }
    await runServerParts(options, { databaseUrl: database.url, authToken: database.authToken }, results);
  } finally {
    database.dispose();
    corpus.dispose();
  }
  const json = options.json ?? join(REPO, 'test/bench/results', `${corpus.label}${database.kind === 'sqld' ? '-sqld' : ''}.json`);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  console.log(`\n(figures as JSON: ${json})`);
}

try {
  await main(parseOptions(process.argv.slice(2)));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
  process.exitCode = 2;
}
