import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { assessments, extractionReports } from '../schema';
import { decodeDocument, NotADocumentError } from './decode';
import { detectLayout } from './detect-layout';
import { inferKind } from './form/infer-kind';
import type { DocumentFacts } from './facts';
import { readExtraction } from './extraction';
import { loadDocument } from './load';
import { refreshFlags } from '../queries/outliers/refresh';
import { buildReport } from './report';
import { resolveDocumentBody } from './resolve-body';
import { SourceText } from './source-text';
import { documentRows } from './to-rows';

export type IngestResult =
  | { file: string; ok: true; assessmentId: number; reportText: string; unchanged: boolean }
  | { file: string; ok: false; error: string };

const INGEST_DIR = fileURLToPath(new URL('.', import.meta.url));

/** A digest of the extractor's own source: a changed parser re-reads every document. */
export const EXTRACTOR_VERSION = (() => {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path));
    }
  };
  walk(INGEST_DIR);
  return hash.digest('hex').slice(0, 16);
})();

/** The documents a path names: the file itself, or the text files in a folder (sorted). */
export function documentPaths(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .flatMap((n) => documentPaths(join(path, n)));
}

/** Text → facts, pure: exported for tests and for the report without a database. */
export function readDocument(bytes: Uint8Array) {
  const { text, encoding } = decodeDocument(bytes);
  const layout = detectLayout(text);
  const source = new SourceText(text);
  const facts: DocumentFacts = readExtraction(layout, source);
  inferKind(facts, source);
  if (!facts.partsPresent.length && !facts.header.number && !facts.changes.length)
    throw new NotADocumentError('no part of the assessment form could be read');
  const body = resolveDocumentBody(facts, text);
  const rows = documentRows(facts, source, body);
  return { text, encoding, layout, source, facts, body, rows };
}

/**
 * Reads, parses and stores each document (files or folders). Each document is written in
 * its own transaction: a bad file is reported and leaves the database as it was.
 */
export async function ingestPaths(db: Db, paths: string[]): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      results.push({ file: path, ok: false, error: `${path}: no such file or folder` });
      continue;
    }
    for (const file of documentPaths(path)) results.push(await ingestFile(db, file));
  }
  // the oversight flags are computed from every stored row: once per load, not per request
  await refreshFlags(db);
  return results;
}

export async function ingestFile(db: Db, file: string): Promise<IngestResult> {
  const sourceFile = basename(file);
  try {
    const bytes = readFileSync(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [existing] = await db
      .select({ id: assessments.id, sha: assessments.sourceSha256, version: assessments.extractorVersion })
      .from(assessments)
      .where(eq(assessments.sourceFile, sourceFile));
    // the same bytes read by the same extractor: nothing to do but show the stored report
    if (existing && existing.sha === sha256 && existing.version === EXTRACTOR_VERSION) {
      const [stored] = await db.select({ text: extractionReports.text }).from(extractionReports).where(eq(extractionReports.assessmentId, existing.id));
      return { file, ok: true, assessmentId: existing.id, reportText: stored?.text ?? '', unchanged: true };
    }
    const doc = readDocument(bytes);
    const { report, text: reportText } = buildReport({ sourceFile, layout: doc.layout, encoding: doc.encoding, facts: doc.facts, rows: doc.rows, source: doc.source, body: doc.body });
    const assessmentId = await loadDocument(db, {
      sourceFile,
      sha256,
      encoding: doc.encoding,
      layout: doc.layout,
      extractorVersion: EXTRACTOR_VERSION,
      source: doc.source,
      rows: doc.rows,
      body: doc.body,
      report,
      reportText,
    });
    return { file, ok: true, assessmentId, reportText, unchanged: false };
  } catch (e) {
    const reason = e instanceof NotADocumentError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { file, ok: false, error: `${file}: ${reason}` };
  }
}
