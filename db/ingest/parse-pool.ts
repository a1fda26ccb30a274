import { Worker } from 'node:worker_threads';
import { describeFailure } from './failure';
import type { ParseRequest } from './parse-worker';
import { parseDocument, type ParsedDocument } from './read-document';

export type ParseOutcome = { ok: true; doc: ParsedDocument } | { ok: false; error: string };

export interface Parser {
  parse(bytes: Uint8Array, sourceFile: string): Promise<ParseOutcome>;
  close(): Promise<void>;
}

/** Parsing on the calling thread: for a handful of documents, and where threads are not wanted. */
export function inlineParser(): Parser {
  return {
    parse: async (bytes, sourceFile) => {
      try {
        return { ok: true, doc: parseDocument(bytes, sourceFile) };
      } catch (e) {
        return { ok: false, error: describeFailure(e) };
      }
    },
    close: async () => {},
  };
}

/**
 * Parsing on `size` worker threads, each taking the next document as it finishes the last.
 * The workers run the TypeScript sources through tsx (parse-thread.mjs), as the main thread does.
 */
export function workerParser(size: number): Parser {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./parse-thread.mjs', import.meta.url)));
  const idle = [...workers];
  const queue: { request: ParseRequest; resolve: (o: ParseOutcome) => void }[] = [];
  const pending = new Map<number, { worker: Worker; resolve: (o: ParseOutcome) => void }>();
  let next = 0;
  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const { request, resolve } = queue.shift()!;
      pending.set(request.id, { worker, resolve });
      worker.postMessage(request);
    }
  };
  for (const worker of workers) {
    worker.on('message', (m: { id: number } & ParseOutcome) => {
      const p = pending.get(m.id)!;
      pending.delete(m.id);
      idle.push(p.worker);
      p.resolve(m.ok ? { ok: true, doc: m.doc } : { ok: false, error: m.error });
      dispatch();
    });
    worker.on('error', (e) => {
      // a worker that dies fails its document; the others carry on
      for (const [id, p] of pending) if (p.worker === worker) (pending.delete(id), p.resolve({ ok: false, error: describeFailure(e) }));
    });
  }
  return {
    parse: (bytes, sourceFile) =>
      new Promise((resolve) => {
        queue.push({ request: { id: next++, bytes, sourceFile }, resolve });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
