/**
 * An ingest thread: it takes files from the shared counter until none is left, reads and
 * parses each and writes them a batch at a time on a connection of its own, taking the shared
 * write lock for the write, and hands back each file's result. Reading is CPU-bound; a
 * document handed back to one writing thread cost that thread the copy of it and made it the
 * bottleneck of the load.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createDb } from '../client';
import { useWriter } from '../migrate';
import type { DatabaseAddress } from './ingest-pool';
import { ingestQueue, lockOwner } from './ingest-pool';
import type { Found } from './walk';
import { WriteLock } from './write-lock';

export interface IngestWorkerData extends DatabaseAddress {
  maxBytes: number;
  /** the write lock's memory (write-lock.ts) */
  lock: SharedArrayBuffer;
  /** the index of the next file to take */
  next: SharedArrayBuffer;
  found: Found[];
}

const { url, authToken, maxBytes, lock, next, found } = workerData as IngestWorkerData;
const db = createDb(url, authToken);
try {
  await useWriter(db);
  await ingestQueue(db, found, next, maxBytes, new WriteLock(lock).oneAtATime(lockOwner(threadId)), (index, result) => parentPort!.postMessage({ index, result }));
} finally {
  db.close();
}
