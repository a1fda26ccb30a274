import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { assessments, sourceTexts } from '../schema';
import { cityColumns, joinCity } from './filters';

/** The decoded text of a document with what identifies it; undefined for an unknown id. */
export async function getSourceText(db: Db, assessmentId: number) {
  const query = db
    .select({ assessment_id: assessments.id, ...cityColumns, source_file: assessments.sourceFile, text: sourceTexts.text })
    .from(sourceTexts)
    .$dynamic();
  const [row] = await joinCity(query, sourceTexts.assessmentId).where(eq(sourceTexts.assessmentId, assessmentId));
  return row;
}

/** 1-based line number of a UTF-16 offset. */
export function lineAt(text: string, offset: number) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** UTF-16 offsets of the start of line `from` and the end of line `to` (1-based, inclusive). */
export function offsetsOfLines(text: string, from: number, to: number) {
  let start = 0;
  for (let line = 1; line < from; line++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return undefined;
    start = nl + 1;
  }
  let end = start;
  for (let line = from; line <= to; line++) {
    const nl = text.indexOf('\n', end);
    end = nl === -1 ? text.length : nl + (line < to ? 1 : 0);
    if (nl === -1) break;
  }
  return { from: start, to: end };
}

/** A span [from, to) of the text with `context` characters either side. */
export function spanWithContext(text: string, from: number, to: number, context: number) {
  let contextFrom = Math.max(0, from - context);
  let contextTo = Math.min(text.length, to + context);
  // never cut a character outside the BMP (𠮷) in half at the edge of the context
  if (contextFrom < from && isLowSurrogate(text.charCodeAt(contextFrom))) contextFrom--;
  if (contextTo > to && isLowSurrogate(text.charCodeAt(contextTo))) contextTo++;
  return {
    from,
    to,
    context_from: contextFrom,
    context_to: contextTo,
    line_from: lineAt(text, from),
    line_to: lineAt(text, Math.max(from, to - 1)),
    before: text.slice(contextFrom, from),
    text: text.slice(from, to),
    after: text.slice(to, contextTo),
  };
}

function isLowSurrogate(code: number) {
  return code >= 0xdc00 && code <= 0xdfff;
}
