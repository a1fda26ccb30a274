import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { createDbFromEnv, databaseFromEnv } from '../client';
import { migrateDb } from '../migrate';
import { ingestPaths, type IngestResult } from './ingest';
import { progressReporter } from './progress';

/**
 * npm run ingest [-- <files or folders>]: defaults to seeds/ into DATABASE_URL. Documents are
 * read and written on PIA_INGEST_WORKERS threads (default one per core: this one and workers);
 * each report is printed (REPORTS=errors prints only the failures), then a summary.
 */
// each reading thread's heap grows to at most twice what a collection left live rather than
// V8's up to four times, set before the worker threads start so that they take it too: a thread's
// live heap is a document's worth, and two heaps swelling fourfold at once took the load past
// 500 MB (peak RSS about 520 MB; 400 MB so, at no measurable cost in CPU time)
setFlagsFromString('--heap-growing-percent=100');
// The optimizing compiler (TurboFan, on V8's background threads) took a third of the load's CPU
// time: each thread compiles the readers for itself, and a large reader that meets a new object
// shape is thrown away and compiled again, inlined callees and all (readGradedAnswers: 9 times
// a thread, 0.3–0.8 s each). Inlining less and optimizing only functions that stay hot longer
// took the compiler's time from about 35 s to 20 s of the national load's CPU, the readers' own
// from 83 s to 80 s (a smaller budget made neither faster)
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
setFlagsFromString('--interrupt-budget=200000');
const paths = process.argv.slice(2);
const workers = Number(process.env.PIA_INGEST_WORKERS ?? availableParallelism());
const quiet = process.env.REPORTS === 'errors';
const db = createDbFromEnv();
const progress = progressReporter();
let results: IngestResult[];
try {
  await migrateDb(db);
  results = await ingestPaths(db, paths.length ? paths : ['seeds'], {
    workers: Number.isFinite(workers) ? workers : 0,
    database: databaseFromEnv(),
    onProgress: (done, total, last) => progress.update(done, total, last.ok),
  });
} catch (e) {
  // the database itself failed (unreachable, refused an answer): what each document's own
  // transaction committed stays; one line, no stack
  console.error(`error: ${process.env.DATABASE_URL || 'the database'}: ${messageOf(e)}`);
  db.close();
  process.exit(1);
}
for (const r of results) {
  if (!r.ok) console.error(`error: ${r.error}`);
  else if (!quiet) console.log(r.reportText + noteOf(r));
}
const count = (s: string) => results.filter((r) => r.ok && r.status === s).length;
const failed = results.filter((r) => !r.ok).length;
console.log(
  `\n${results.length - failed} of ${results.length} documents loaded (${count('new')} new, ${count('replaced')} replaced, ` +
    `${count('unchanged')} unchanged, ${count('duplicate')} duplicates)${failed ? `, ${failed} failed` : ''}`,
);
db.close();
process.exitCode = failed ? 1 : 0;

function noteOf(r: Extract<IngestResult, { ok: true }>): string {
  if (r.status === 'duplicate') return `\n  (the same document as the one loaded from ${r.sameAs})`;
  if (r.status === 'unchanged') return '\n  (unchanged since the last ingest)';
  return '';
}

/** An error's message with its causes' (a query error wraps the driver's, which says what went wrong). */
function messageOf(e: unknown): string {
  const messages: string[] = [];
  for (let cause = e; cause instanceof Error && messages.length < 4; cause = cause.cause) {
    const first = cause.message.split('\n')[0]!;
    messages.push(first.startsWith('Failed query:') ? 'a query failed' : first.slice(0, 200));
  }
  return messages.join(': ') || String(e);
}
