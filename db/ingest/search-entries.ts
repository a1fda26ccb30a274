import { hash } from 'node:crypto';
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
