import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Db } from '../client';
import { EXTRACTOR_VERSION } from './extractor-version';
import { describeFailure } from './failure';
import { loadDocuments, type LoadInput, type Loaded } from './load';
import type { PassageIds } from './store-search';
import { parseDocument } from './read-document';
import type { Found } from './walk';

/**
 * What became of a file: `new` and `replaced` (new bytes at a path loaded before) were read
 * and stored; `unchanged` (the same bytes at the same path) and `duplicate` (bytes already
 * loaded from elsewhere: `sameAs`) were not read again.
 */
export type IngestStatus = 'new' | 'replaced' | 'unchanged' | 'duplicate';

export type IngestResult =
  | { file: string; ok: true; status: IngestStatus; assessmentId: number; reportText: string; sameAs?: string }
  | { file: string; ok: false; error: string };

/** Runs a write with no other thread's write at the same time (write-lock.ts). */
export type WriteOneAtATime = <T>(write: () => Promise<T>) => Promise<T>;

/** A file read and parsed, waiting for its write. */
export interface PreparedDocument {
  file: string;
  size: number;
  load: LoadInput;
}

/**
 * One file, from its path to what is to be stored: read, hashed, looked up (the same bytes
 * read by the same extractor are not read again) and parsed. Never throws: a file that cannot
 * be read, or is no assessment, gets its result here, in one line.
 */
export async function prepareDocument(db: Db, f: Found, maxBytes: number): Promise<PreparedDocument | IngestResult> {
  const file = f.path;
  if ('error' in f) return { file, ok: false, error: `${file}: ${f.error}` };
  if (f.size > maxBytes)
    return { file, ok: false, error: `${file}: ${mb(f.size)} MB, over the limit of ${mb(maxBytes)} MB for one document (PIA_MAX_DOCUMENT_MB)` };
  try {
    const bytes = await readFile(file);
    if (bytes.length > maxBytes) return { file, ok: false, error: `${file}: over the limit of ${mb(maxBytes)} MB for one document (PIA_MAX_DOCUMENT_MB)` };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = resolve(file);
    const same = await storedWithSha(db, sha256);
    // the same bytes read by the same extractor: nothing to do but show the stored report
    if (same && same.version === EXTRACTOR_VERSION) {
      const status = same.path === path ? 'unchanged' : 'duplicate';
      return { file, ok: true, status, assessmentId: same.id, reportText: await storedReport(db, same.id), ...(status === 'duplicate' ? { sameAs: same.path } : {}) };
    }
    // the same bytes read by an older extractor are read again where they were loaded from
    const replaced = same ?? (await storedAtPath(db, path));
    const doc = parseDocument(bytes, basename(file));
    return { file, size: bytes.length, load: { doc, sourcePath: same?.path ?? path, sha256, extractorVersion: EXTRACTOR_VERSION, replaces: replaced?.id ?? null } };
  } catch (e) {
    return { file, ok: false, error: `${file}: ${describeFailure(e)}` };
  }
}

/**
 * Writes documents prepareDocument read in one transaction, one savepoint each (load.ts), with
 * no other thread writing meanwhile. Never throws: each document's result says what it became.
 */
export async function writeDocuments(db: Db, docs: PreparedDocument[], oneAtATime: WriteOneAtATime, passages: PassageIds): Promise<IngestResult[]> {
  if (!docs.length) return [];
  let loaded: Loaded[];
  try {
    loaded = await oneAtATime(() => loadDocuments(db, docs.map((d) => d.load), passages));
  } catch (e) {
    // the transaction failed (its commit, or the database itself): none of them was stored
    return docs.map(({ file }) => ({ file, ok: false, error: `${file}: ${describeFailure(e)}` }));
  }
  return Promise.all(
    docs.map(async ({ file, load }, i): Promise<IngestResult> => {
      const l = loaded[i]!;
      if (l.status === 'failed') return { file, ok: false, error: `${file}: ${describeFailure(l.error)}` };
      // stored: a report that cannot be read back now is no reason to call the document failed
      if (l.status === 'duplicate') return { file, ok: true, status: 'duplicate', assessmentId: l.id, reportText: await storedReport(db, l.id).catch(() => ''), sameAs: l.path };
      return { file, ok: true, status: load.replaces === null ? 'new' : 'replaced', assessmentId: l.id, reportText: load.doc.reportText };
    }),
  );
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Stored {
  id: number;
  path: string;
  version: string | null;
}

// plain statements, not the query builder's: they run for every file of a load
const storedWithSha = (db: Db, sha256: string) => storedWith(db, 'source_sha256', sha256);
const storedAtPath = (db: Db, path: string) => storedWith(db, 'source_path', path);

async function storedWith(db: Db, column: 'source_sha256' | 'source_path', value: string): Promise<Stored | undefined> {
  const { rows } = await db.$client.execute({ sql: `select id, source_path, extractor_version from assessments where ${column} = ? limit 1`, args: [value] });
  const row = rows[0];
  return row ? { id: Number(row.id), path: String(row.source_path), version: row.extractor_version === null ? null : String(row.extractor_version) } : undefined;
}

async function storedReport(db: Db, id: number): Promise<string> {
  const { rows } = await db.$client.execute({ sql: 'select text from extraction_reports where assessment_id = ?', args: [id] });
  return rows[0] ? String(rows[0].text) : '';
}
