import { Worker } from 'node:worker_threads';
import { describeFailure } from './failure';
import type { IngestResult } from './ingest-document';
import type { IngestRequest, IngestWorkerData } from './ingest-worker';
import type { Found } from './walk';
import { WriteLock } from './write-lock';

/** Where the threads connect: the database the load writes to. */
export interface DatabaseAddress {
  url: string;
  authToken?: string;
}

/**
 * Ingests the files on `size` worker threads, each taking the next file as it finishes the
 * last and writing it on its own connection (ingest-worker.ts), one write at a time across
 * them. The workers run the TypeScript sources through tsx (ingest-thread.mjs), as the main
 * thread does. Results come back in the files' order; `done` is told of each as it comes.
 */
export async function ingestOnThreads(
  found: Found[],
  size: number,
  database: DatabaseAddress,
  maxBytes: number,
  done: (index: number, result: IngestResult) => void,
): Promise<void> {
  const lock = new WriteLock();
  const data: IngestWorkerData = { ...database, maxBytes, lock: lock.memory };
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, found.length) }, () => {
      const worker = new Worker(new URL('./ingest-thread.mjs', import.meta.url), { workerData: data });
      // worker.threadId reads -1 once the thread has ended
      const threadId = worker.threadId;
      let current = -1;
      const send = () => {
        if (next < found.length) worker.postMessage({ index: (current = next++), found: found[current]! } satisfies IngestRequest);
        else worker.postMessage({ close: true } satisfies IngestRequest);
      };
      return new Promise<void>((resolve) => {
        worker.on('online', send);
        worker.on('message', ({ index, result }: { index: number; result: IngestResult }) => {
          current = -1;
          done(index, result);
          send();
        });
        // a worker that dies fails its document and frees the lock if it held it; the others carry on
        worker.on('error', (e) => {
          if (current >= 0) done(current, { file: found[current]!.path, ok: false, error: `${found[current]!.path}: ${describeFailure(e)}` });
          current = -1;
        });
        worker.on('exit', () => {
          lock.release(threadId);
          resolve();
        });
      });
    }),
  );
  // every worker gone before the files were all taken: the rest cannot be read
  for (; next < found.length; next++) done(next, { file: found[next]!.path, ok: false, error: `${found[next]!.path}: no ingest thread left to read it` });
}
