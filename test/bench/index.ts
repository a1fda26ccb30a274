/**
 * npm run bench [-- options]: ingest a corpus into a fresh database, serve it with the real
 * server, load each dashboard view in headless Chromium (which also names the API requests the
 * dashboard makes), hammer those requests, time their SQL raw, export every list as CSV and
 * run a load; then print one table of figures beside their targets and write them as JSON.
 * It prints figures; it asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { apiRequestsOf, measureViews } from './browser';
import { prepareCorpus } from './corpus';
import { benchCsv } from './csv';
import { prepareDatabase } from './database';
import { benchEndpoints } from './endpoints';
import { runIngest } from './ingest';
import { benchLoad } from './load';
import { describeMachine } from './machine';
import { parseOptions, UsageError, type BenchOptions } from './options';
import { watchMemory } from './proc-memory';
import { REPO } from './repo';
import type { BenchResults } from './results';
import { startServer } from './server';
import { table } from './table';

async function serve(options: BenchOptions, results: BenchResults, databaseUrl: string, authToken: string | undefined) {
  const { parts } = options;
  const needsViews = parts.has('browser') || parts.has('api') || parts.has('load');
  if (needsViews && options.build) {
    console.error('[bench] vite build');
    await build({ configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn' });
  }
  const server = await startServer(databaseUrl);
  const memory = watchMemory(server.pid);
  const overall = watchMemory(server.pid);
  try {
    const rssAfterStartBytes = memory.last();
    const views = needsViews ? await measureViews(server.url, options.search) : [];
    if (parts.has('browser')) results.views = views;
    const paths = apiRequestsOf(views);
    console.error(`[bench] the dashboard's views made ${paths.length} distinct API requests`);
    if (parts.has('api')) results.endpoints = await benchEndpoints({ base: server.url, databaseUrl, authToken, memory }, paths, options.endpointSeconds);
    if (parts.has('csv')) results.csv = await benchCsv(server.url, memory);
    if (parts.has('load')) results.load = await benchLoad(server.url, paths, options.loadSeconds, memory);
    results.server = { rssAfterStartBytes, peakRssBytes: overall.peak() };
  } finally {
    memory.stop();
    overall.stop();
    await server.stop();
  }
}

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
    if (['browser', 'api', 'csv', 'load'].some((p) => options.parts.has(p as never))) await serve(options, results, database.url, database.authToken);
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
