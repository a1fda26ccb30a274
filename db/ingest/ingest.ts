import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { refreshFlags } from '../queries/outliers/refresh';
import { assessments, extractionReports } from '../schema';
import { EXTRACTOR_VERSION } from './extractor-version';
import { describeFailure } from './failure';
import { deleteOrphans, loadDocument } from './load';
import { inlineParser, workerParser, type Parser } from './parse-pool';
import { findDocuments, type Found } from './walk';

export { readDocument } from './read-document';
export { EXTRACTOR_VERSION } from './extractor-version';

/**
 * What became of a file: `new` and `replaced` (new bytes at a path loaded before) were read
 * and stored; `unchanged` (the same bytes at the same path) and `duplicate` (bytes already
 * loaded from elsewhere: `sameAs`) were not read again.
 */
export type IngestStatus = 'new' | 'replaced' | 'unchanged' | 'duplicate';

export type IngestResult =
  | { file: string; ok: true; status: IngestStatus; assessmentId: number; reportText: string; sameAs?: string }
  | { file: string; ok: false; error: string };

export interface IngestOptions {
  /** parsing threads; 0 parses on this thread (the default: tests and small loads) */
  workers?: number;
  /** documents larger than this are refused (default: PIA_MAX_DOCUMENT_MB or 20 MB) */
  maxBytes?: number;
  /** called after each file, for a progress display */
  onProgress?: (done: number, total: number, last: IngestResult) => void;
}

export const DEFAULT_MAX_DOCUMENT_MB = 20;

export function maxDocumentBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.PIA_MAX_DOCUMENT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_DOCUMENT_MB) * 1024 * 1024;
}

/**
 * Reads, parses and stores each document under the given files or folders. Parsing runs on
 * worker threads when asked; writing is one short transaction per document, one at a time, so
 * a server reading the same database never waits long and a bad file leaves it as it was.
 * The oversight flags are recomputed once at the end.
 */
export async function ingestPaths(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestResult[]> {
  const found = paths.flatMap((p) => findDocuments(p));
  const parser: Parser = options.workers ? workerParser(options.workers) : inlineParser();
  const maxBytes = options.maxBytes ?? maxDocumentBytes();
  const results: IngestResult[] = new Array(found.length);
  let done = 0;
  let writes: Promise<unknown> = Promise.resolve();
  /** one writer at a time: each document's transaction after the one before */
  const serially = <T>(write: () => Promise<T>): Promise<T> => {
    const run = writes.then(write, write);
    writes = run.catch(() => undefined);
    return run;
  };
  try {
    await eachWithin(found, Math.max(1, (options.workers ?? 0) * 2), async (f, i) => {
      results[i] = await ingestOne(db, f, parser, maxBytes, serially);
      options.onProgress?.(++done, found.length, results[i]!);
    });
  } finally {
    await parser.close();
  }
  await deleteOrphans(db);
  // the oversight flags are computed from every stored row: once per load, not per request
  await refreshFlags(db);
  return results;
}

/** One file, through ingestPaths: a load of its own. */
export async function ingestFile(db: Db, file: string): Promise<IngestResult> {
  return (await ingestPaths(db, [file]))[0]!;
}

async function ingestOne(db: Db, f: Found, parser: Parser, maxBytes: number, serially: <T>(w: () => Promise<T>) => Promise<T>): Promise<IngestResult> {
  const file = f.path;
  if ('error' in f) return { file, ok: false, error: `${file}: ${f.error}` };
  if (f.size > maxBytes)
    return { file, ok: false, error: `${file}: ${mb(f.size)} MB, over the limit of ${mb(maxBytes)} MB for one document (PIA_MAX_DOCUMENT_MB)` };
  try {
    const bytes = await readFile(file);
    if (bytes.length > maxBytes) return { file, ok: false, error: `${file}: over the limit of ${mb(maxBytes)} MB for one document (PIA_MAX_DOCUMENT_MB)` };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = resolve(file);
    const same = await storedWith(db, eq(assessments.sourceSha256, sha256));
    // the same bytes read by the same extractor: nothing to do but show the stored report
    if (same && same.version === EXTRACTOR_VERSION) {
      const status = same.path === path ? 'unchanged' : 'duplicate';
      return { file, ok: true, status, assessmentId: same.id, reportText: await storedReport(db, same.id), ...(status === 'duplicate' ? { sameAs: same.path } : {}) };
    }
    const atPath = same ?? (await storedWith(db, eq(assessments.sourcePath, path)));
    const parsed = await parser.parse(bytes, basename(file));
    if (!parsed.ok) return { file, ok: false, error: `${file}: ${parsed.error}` };
    return await serially(async (): Promise<IngestResult> => {
      // the same bytes may have come from another path while this one was parsed
      const loaded = same ? null : await storedWith(db, eq(assessments.sourceSha256, sha256));
      if (loaded) return { file, ok: true, status: 'duplicate', assessmentId: loaded.id, reportText: await storedReport(db, loaded.id), sameAs: loaded.path };
      const assessmentId = await loadDocument(db, { doc: parsed.doc, sourcePath: same?.path ?? path, sha256, extractorVersion: EXTRACTOR_VERSION, replaces: atPath?.id ?? null });
      return { file, ok: true, status: atPath ? 'replaced' : 'new', assessmentId, reportText: parsed.doc.reportText };
    });
  } catch (e) {
    return { file, ok: false, error: `${file}: ${describeFailure(e)}` };
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function storedWith(db: Db, where: ReturnType<typeof eq>) {
  const [row] = await db
    .select({ id: assessments.id, path: assessments.sourcePath, version: assessments.extractorVersion })
    .from(assessments)
    .where(where)
    .limit(1);
  return row;
}

async function storedReport(db: Db, id: number) {
  const [stored] = await db.select({ text: extractionReports.text }).from(extractionReports).where(eq(extractionReports.assessmentId, id));
  return stored?.text ?? '';
}

/** Runs `work` over the items with at most `limit` at a time, in order of start. */
async function eachWithin<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
