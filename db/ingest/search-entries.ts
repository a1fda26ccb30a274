import { hash } from 'node:crypto';
import type { Statement } from './bulk-insert';
import { hasGlyphs } from './normalize/glyphs';
import type { SourceText } from './source-text';

/** A passage of a document for full-text search, with the digest that makes equal texts one. */
export interface SearchEntry {
  body: string;
  digest: string;
  kind: string;
  refId: number | null;
  srcFrom: number;
  srcTo: number;
}

/** An HTML tag of the table export, dropped from a passage's text. */
const TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi;

/**
 * The passages of a document for full-text search: each paragraph (lines between blank
 * lines, or one table row) with its offsets, so a hit leads back to its place in the text.
 */
export function searchEntriesFor(source: SourceText): SearchEntry[] {
  const entries: SearchEntry[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const span = source.spanOfLines(start, end);
    const raw = source.text.slice(span.from, span.to);
    // most passages hold no tag: the pattern is run only where one may stand
    const body = (raw.includes('<') ? raw.replace(TAG, ' ') : raw).normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (body) entries.push({ body, digest: digestOf(body), kind: 'source', refId: null, srcFrom: span.from, srcTo: span.to });
    start = -1;
  };
  source.lines.forEach((l, i) => {
    const blank = !hasGlyphs(l);
    if (blank || l.includes('\t')) flush(i - 1);
    if (!blank && start < 0) start = i;
    if (l.includes('\t')) flush(i);
  });
  flush(source.lines.length - 1);
  return entries;
}

// the one-shot digest: a hash object per passage (hundreds a document) cost more than the hashing
export const digestOf = (body: string) => hash('sha1', body, 'base64');

/**
 * The statements that index a document's passages: each distinct text stored (and, by the
 * migration's trigger, indexed) once however many documents hold it, then where it occurs.
 */
export function searchStatements(assessmentId: number, entries: SearchEntry[]): Statement[] {
  const statements: Statement[] = [];
  const distinct = [...new Map(entries.map((e) => [e.digest, e.body])).entries()];
  for (let i = 0; i < distinct.length; i += 400) {
    const chunk = distinct.slice(i, i + 400);
    statements.push({
      sql: `insert into search_passages (body, digest) values ${chunk.map(() => '(?, ?)').join(', ')} on conflict (digest) do nothing`,
      args: chunk.flatMap(([digest, body]) => [body, digest]),
    });
  }
  for (let i = 0; i < entries.length; i += 400) {
    const chunk = entries.slice(i, i + 400);
    statements.push({
      sql:
        'insert into search_occurrences (passage_id, assessment_id, kind, ref_id, src_from, src_to) ' +
        `select p.id, ?, v.column2, v.column3, v.column4, v.column5 from (values ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}) v ` +
        'join search_passages p on p.digest = v.column1',
      args: [assessmentId, ...chunk.flatMap((e) => [e.digest, e.kind, e.refId, e.srcFrom, e.srcTo])],
    });
  }
  return statements;
}

/** Passages no document holds any more (replaced or removed documents'): gone from the index too. */
export const DROP_ORPHAN_PASSAGES = 'delete from search_passages where not exists (select 1 from search_occurrences o where o.passage_id = search_passages.id)';
