/**
 * A parsing thread: bytes in, a ParsedDocument (or the one-line reason it is none) out. Reading
 * is pure and CPU-bound, so ingestion runs it on worker threads and writes on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { describeFailure } from './failure';
import { parseDocument } from './read-document';

export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  sourceFile: string;
}

parentPort!.on('message', ({ id, bytes, sourceFile }: ParseRequest) => {
  try {
    parentPort!.postMessage({ id, ok: true, doc: parseDocument(bytes, sourceFile) });
  } catch (e) {
    parentPort!.postMessage({ id, ok: false, error: describeFailure(e) });
  }
});
