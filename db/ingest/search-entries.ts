import type { SourceText } from './source-text';

/**
 * The passages of a document for full-text search: each paragraph (lines between blank
 * lines, or one table row) with its offsets, so a hit leads back to its place in the text.
 */
export function searchEntriesFor(assessmentId: number, source: SourceText) {
  const entries: { body: string; assessmentId: number; kind: string; refId: number | null; srcFrom: number; srcTo: number }[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const span = source.spanOfLines(start, end);
    const body = source.text.slice(span.from, span.to).replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, ' ').normalize('NFKC').replace(/\s+/g, ' ').trim();
    if (body) entries.push({ body, assessmentId, kind: 'source', refId: null, srcFrom: span.from, srcTo: span.to });
    start = -1;
  };
  source.lines.forEach((l, i) => {
    const blank = l.trim() === '';
    if (blank || l.includes('\t')) flush(i - 1);
    if (!blank && start < 0) start = i;
    if (l.includes('\t')) flush(i);
  });
  flush(source.lines.length - 1);
  return entries;
}
