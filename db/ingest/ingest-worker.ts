/**
 * An ingest thread: paths in, results out. It reads, parses and writes each document itself,
 * on a connection of its own, taking the shared write lock for the write: parsing is pure and
 * CPU-bound, and a document handed back to one writing thread cost that thread the copy of it
 * and made it the bottleneck of the load.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createDb } from '../client';
import { useWriter } from '../migrate';
import { ingestDocument } from './ingest-document';
import type { Found } from './walk';
import { WriteLock } from './write-lock';

export interface IngestWorkerData {
  url: string;
  authToken?: string;
  maxBytes: number;
  lock: SharedArrayBuffer;
}

export type IngestRequest = { index: number; found: Found } | { close: true };

const { url, authToken, maxBytes, lock } = workerData as IngestWorkerData;
const db = createDb(url, authToken);
const ready = useWriter(db);
const oneAtATime = new WriteLock(lock).oneAtATime(threadId);

parentPort!.on('message', async (request: IngestRequest) => {
  if ('close' in request) {
    db.close();
    parentPort!.close();
    return;
  }
  await ready;
  parentPort!.postMessage({ index: request.index, result: await ingestDocument(db, request.found, maxBytes, oneAtATime) });
});
