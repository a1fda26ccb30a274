import type { Layout } from '../schema/assessments';
import type { ExtractionReport } from '../form/report';
import { decodeDocument, NotADocumentError, type TextEncoding } from './decode';
import { detectLayout } from './detect-layout';
import { readExtraction } from './extraction';
import type { DocumentFacts } from './facts';
import { inferKind } from './form/infer-kind';
import { buildReport } from './report';
import { resolveDocumentBody, type BodyResolution } from './resolve-body';
import { searchEntriesFor, type SearchEntry } from './search-entries';
import { SourceText } from './source-text';
import { documentRows, type DocumentRows } from './to-rows';

/** Bytes → facts, pure: what a document says, before any database. */
export function readDocument(bytes: Uint8Array) {
  const { text, encoding, removed } = decodeDocument(bytes);
  const layout = detectLayout(text);
  const source = new SourceText(text);
  const facts: DocumentFacts = readExtraction(layout, source);
  inferKind(facts, source);
  if (!facts.partsPresent.length && !facts.header.number && !facts.changes.length)
    throw new NotADocumentError('no part of the assessment form could be read');
  const body = resolveDocumentBody(facts, text);
  const rows = documentRows(facts, source, body);
  return { text, encoding, removed, layout, source, facts, body, rows };
}

/**
 * Everything ingestion stores of a document, as plain data (it crosses from a parsing worker
 * to the thread that writes): the text, the rows, the body, the report and the search passages.
 */
export interface ParsedDocument {
  sourceFile: string;
  text: string;
  encoding: TextEncoding;
  layout: Layout;
  rows: DocumentRows;
  body: BodyResolution;
  report: ExtractionReport;
  reportText: string;
  searchEntries: SearchEntry[];
}

export function parseDocument(bytes: Uint8Array, sourceFile: string): ParsedDocument {
  const doc = readDocument(bytes);
  const { report, text: reportText } = buildReport({
    sourceFile,
    layout: doc.layout,
    encoding: doc.encoding,
    removed: doc.removed,
    facts: doc.facts,
    rows: doc.rows,
    source: doc.source,
    body: doc.body,
  });
  return {
    sourceFile,
    text: doc.text,
    encoding: doc.encoding,
    layout: doc.layout,
    rows: doc.rows,
    body: doc.body,
    report,
    reportText,
    searchEntries: searchEntriesFor(doc.source),
  };
}
