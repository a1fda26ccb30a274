import { threadId, Worker } from 'node:worker_threads';
import type { Db } from '../client';
import { describeFailure } from './failure';
import { prepareDocument, writeDocuments, type IngestResult, type PreparedDocument, type WriteOneAtATime } from './ingest-document';
import type { IngestWorkerData } from './ingest-worker';
import type { Found } from './walk';
import { PassageIds } from './store-search';
import { WriteLock } from './write-lock';

/**
 * A worker thread's entry: bundled (vite.ingest.config.ts), the worker's module beside this
 * one; from the sources, the entry that loads them through tsx (ingest-thread.mjs).
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? new URL('./ingest-thread.mjs', import.meta.url) : new URL('./ingest-worker.js', import.meta.url);

/** Where the threads connect: the database the load writes to. */
export interface DatabaseAddress {
  url: string;
  authToken?: string;
}

/** Takes a file's result, by the file's index. */
export type RecordResult = (index: number, result: IngestResult) => void;

/**
 * Ingests the files on `threads` threads: this one and `threads - 1` workers (none without a
 * database address to give them), each taking the next file from a shared counter as it
 * finishes the last and writing its documents on its own connection (ingest-worker.ts), one
 * write at a time across them. This thread works too rather than wait for the others: a thread
 * of its own would cost another JavaScript heap's memory for little work. The workers run the
 * same code as this thread: bundled, or the sources through tsx.
 */
export async function ingestOnThreads(db: Db, found: Found[], threads: number, database: DatabaseAddress | null, maxBytes: number, record: RecordResult): Promise<void> {
  const lock = new WriteLock();
  const next = new SharedArrayBuffer(4);
  const workers = database ? Math.max(0, Math.min(threads, found.length) - 1) : 0;
  const data = { ...database, maxBytes, lock: lock.memory, next, found } as IngestWorkerData;
  const recorded = new Uint8Array(found.length);
  const once: RecordResult = (index, result) => {
    recorded[index] = 1;
    record(index, result);
  };
  let died = '';
  const exits = Array.from({ length: workers }, () => {
    const worker = new Worker(WORKER_ENTRY, { workerData: data });
    // worker.threadId reads -1 once the thread has ended
    const owner = lockOwner(worker.threadId);
    worker.on('message', ({ index, result }: { index: number; result: IngestResult }) => once(index, result));
    worker.on('error', (e) => (died = describeFailure(e)));
    // a worker that dies frees the lock if it held it; the others carry on
    return new Promise<void>((resolve) => worker.on('exit', () => (lock.release(owner), resolve())));
  });
  await ingestQueue(db, found, next, maxBytes, lock.oneAtATime(lockOwner(threadId)), once);
  await Promise.all(exits);
  // the file a dead worker was reading has no result: it failed with the worker
  for (const [i, f] of found.entries()) if (!recorded[i]) once(i, { file: f.path, ok: false, error: `${f.path}: ${died || 'the thread reading it stopped'}` });
}

/** The write lock's owner id of a thread: never 0, which is the main thread's id and means a free lock. */
export const lockOwner = (thread: number) => thread + 1;

/**
 * How many read documents a thread holds before it writes them, by count and by their bytes:
 * documents written together share a commit, and the pages they all touch (the search
 * index's) are written out once for them all; more would cost memory for little.
 */
export const WRITE_BATCH = { documents: 16, bytes: 8 * 1024 * 1024 };

/**
 * Ingests the files this thread takes from the shared counter `next`, until none is left: it
 * reads them one by one and writes them a batch at a time (WRITE_BATCH).
 */
export async function ingestQueue(db: Db, found: Found[], next: SharedArrayBuffer, maxBytes: number, oneAtATime: WriteOneAtATime, record: RecordResult) {
  const counter = new Int32Array(next);
  let batch: (PreparedDocument & { index: number })[] = [];
  let bytes = 0;
  const passages = new PassageIds();
  const write = async () => {
    const results = await writeDocuments(db, batch, oneAtATime, passages);
    for (const [i, d] of batch.entries()) record(d.index, results[i]!);
    batch = [];
    bytes = 0;
  };
  for (let i = Atomics.add(counter, 0, 1); i < found.length; i = Atomics.add(counter, 0, 1)) {
    const read = await prepareDocument(db, found[i]!, maxBytes);
    if ('ok' in read) {
      record(i, read);
      continue;
    }
    batch.push({ ...read, index: i });
    bytes += read.size;
    if (batch.length >= WRITE_BATCH.documents || bytes >= WRITE_BATCH.bytes) await write();
  }
  await write();
}
