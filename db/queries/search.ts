import { asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { assessments, searchIndex, searchOccurrences, searchPassages, sourceTexts } from '../schema';
import { allOf, cityColumns, contains, inDocuments, joinCity, paged, type DocumentFilter, type Page } from './filters';

export interface SearchArgs extends DocumentFilter, Page {
  q: string;
  /** 'source' (a passage of the text) or the table an extracted value came from */
  kind?: string;
}

/** The trigram tokenizer indexes 3-character windows: shorter needles cannot use the index. */
export const MIN_INDEXED_LENGTH = 3;

/**
 * The words of a query as text: a tab or line break is a space, other control characters are
 * dropped. SQLite reads a query string up to its first NUL, so `abc\0` would end inside the
 * quoted phrase (a syntax error) and a lone NUL would leave the LIKE pattern `%` (every entry).
 */
export function searchText(q: string): string {
  return q
    .replace(/[\t\n\v\f\r]+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

/** The query as typed and its NFKC form (the extracted values are NFKC-folded, the text is not). */
function needlesOf(q: string) {
  const text = searchText(q);
  return [...new Set([text, searchText(text.normalize('NFKC'))])].filter((n) => n.length > 0);
}

/**
 * An FTS5 query of quoted phrases, so that nothing the user types is read as FTS5 syntax:
 * inside a string FTS5 takes AND/OR/NOT/NEAR, `*`, `^`, `:`, `-`, `+` and parentheses as
 * text, and a quote is written twice.
 */
function ftsPhrases(needles: string[]) {
  return needles.map((n) => `"${n.replaceAll('"', '""')}"`).join(' OR ');
}

/** Counting hits stops here: a common word matches most of the country's documents. */
export const MAX_COUNTED = 10_000;

/**
 * Full-text search over the documents' passages. Needles of 3+ characters use the FTS5 trigram
 * index ranked by bm25; a 1–2 character needle falls back to a LIKE scan (in document order).
 * A passage the form repeats verbatim is indexed once and found in every document that holds
 * it. `total` counts up to MAX_COUNTED (`total_capped` says when there are more).
 */
export async function searchDocuments(db: Db, args: SearchArgs, astralDocuments: AstralDocuments = new Map()) {
  const needles = needlesOf(args.q);
  if (needles.length === 0) return { rows: [], total: 0, total_capped: false, mode: 'like' as const };
  const indexed = needles.every((n) => [...n].length >= MIN_INDEXED_LENGTH);
  const condition = allOf(
    indexed ? sql`${searchIndex} match ${ftsPhrases(needles)}` : or(...needles.map((n) => contains(searchPassages.body, n)))!,
    inDocuments(db, searchOccurrences.assessmentId, args),
    args.kind !== undefined && eq(searchOccurrences.kind, args.kind),
  );
  const from = <T extends SQLiteSelect>(q: T) => {
    const passages = indexed
      ? q.innerJoin(searchPassages, eq(searchPassages.id, sql`${searchIndex}.rowid`))
      : q;
    return passages.innerJoin(searchOccurrences, eq(searchOccurrences.passageId, searchPassages.id));
  };
  // the page's occurrences first, by rank, carrying only their rowid through the sort; then their columns
  const occurrence = sql<number>`${searchOccurrences}.rowid`;
  const ids = await paged(
    from((indexed ? db.select({ id: occurrence }).from(searchIndex) : db.select({ id: occurrence }).from(searchPassages)).$dynamic())
      .where(condition)
      .orderBy(...(indexed ? [sql`rank`] : []), asc(searchOccurrences.assessmentId), asc(searchOccurrences.srcFrom)),
    args,
  );
  const page = await hitsOf(db, ids.map((r) => r.id));
  const astral = await astralTexts(db, [...new Set(page.map((r) => r.assessment_id))], astralDocuments);
  const rows = page.map(({ body, window, ...row }) => ({
    ...row,
    ...snippetOf(body, needles),
    ...locate(astral.has(row.assessment_id) ? astral.get(row.assessment_id)!.slice(row.src_from, row.src_to) : (window ?? undefined), row, needles),
  }));
  const counted = from((indexed ? db.select({ one: sql`1` }).from(searchIndex) : db.select({ one: sql`1` }).from(searchPassages)).$dynamic())
    .where(condition)
    .limit(MAX_COUNTED + 1);
  const [total] = await db.select({ n: count() }).from(counted.as('hits'));
  const n = total?.n ?? 0;
  return { rows, total: Math.min(n, MAX_COUNTED), total_capped: n > MAX_COUNTED, mode: indexed ? ('fts' as const) : ('like' as const) };
}

/** The hits' columns, in the order of `ids`. */
async function hitsOf(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const occurrence = sql<number>`${searchOccurrences}.rowid`;
  const query = db
    .select({ id: occurrence, ...hitColumns })
    .from(searchOccurrences)
    .innerJoin(searchPassages, eq(searchOccurrences.passageId, searchPassages.id))
    .$dynamic();
  const rows = await joinCity(query, searchOccurrences.assessmentId).where(inArray(occurrence, ids));
  const byId = new Map(rows.map(({ id, ...row }) => [id, row]));
  return ids.map((id) => byId.get(id)!);
}

const hitColumns = {
  body: searchPassages.body,
  assessment_id: searchOccurrences.assessmentId,
  assessment_title: assessments.title,
  ...cityColumns,
  kind: searchOccurrences.kind,
  ref_id: searchOccurrences.refId,
  src_from: searchOccurrences.srcFrom,
  src_to: searchOccurrences.srcTo,
  /** the entry's words in the source text, by characters (see astralTexts for when that is not the span) */
  window: sql<string | null>`(select substr(${sourceTexts.text}, ${searchOccurrences.srcFrom} + 1, ${searchOccurrences.srcTo} - ${searchOccurrences.srcFrom}) from ${sourceTexts} where ${sourceTexts.assessmentId} = ${searchOccurrences.assessmentId})`,
};

export type SearchRow = Awaited<ReturnType<typeof searchDocuments>>['rows'][number];

const SNIPPET_CONTEXT = 40;

function findAny(haystack: string, needles: string[]) {
  for (const n of needles) {
    const at = haystack.search(new RegExp(escapeRegExp(n), 'iu'));
    if (at >= 0) return { at, length: n.length };
  }
  return undefined;
}

/** The matched words and a snippet around them, from the (folded) indexed text. */
function snippetOf(body: string, needles: string[]) {
  const found = findAny(body, needles) ?? { at: 0, length: 0 };
  const start = Math.max(0, found.at - SNIPPET_CONTEXT);
  const end = Math.min(body.length, found.at + found.length + SNIPPET_CONTEXT);
  return {
    hit: body.slice(found.at, found.at + found.length),
    snippet: `${start > 0 ? '…' : ''}${body.slice(start, end)}${end < body.length ? '…' : ''}`,
  };
}

/**
 * The hit's own offsets in the source text, found within the entry's span. The index holds
 * folded text (NFKC, tags stripped), so a hit that is spelled differently in the source
 * (e.g. full-width there, half-width in the query) has none: null.
 */
function locate(text: string | undefined, span: { src_from: number; src_to: number }, needles: string[]) {
  const found = text === undefined ? undefined : findAny(text, needles);
  return {
    hit_from: found ? span.src_from + found.at : null,
    hit_to: found ? span.src_from + found.at + found.length : null,
  };
}

/**
 * Which documents' texts hold a character outside the Basic Multilingual Plane, by id: a
 * download of every hit asks page after page about the same documents, and each answer costs
 * a scan of the document's whole text.
 */
export type AstralDocuments = Map<number, boolean>;

/**
 * The whole texts of those documents, among the page's, whose characters are not all in the
 * Basic Multilingual Plane. The stored offsets count UTF-16 units where SQLite's substr()
 * counts characters: they agree unless the text holds a character outside the BMP (𠮷 is two
 * units, one character), which in UTF-8 is the only one whose first byte is F0–F4. Those few
 * are sliced here; every other hit's window comes from substr() in the query, so a page never
 * loads whole documents it does not need. `known` keeps what earlier pages found.
 */
async function astralTexts(db: Db, ids: number[], known: AstralDocuments) {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    const astral = sql.join(
      ['F0', 'F1', 'F2', 'F3', 'F4'].map((lead) => sql`instr(cast(${sourceTexts.text} as blob), ${sql.raw(`x'${lead}'`)}) > 0`),
      sql` or `,
    );
    const found = await db
      .select({ id: sourceTexts.assessmentId, astral: sql<number>`(${astral})` })
      .from(sourceTexts)
      .where(inArray(sourceTexts.assessmentId, unknown));
    for (const id of unknown) known.set(id, false);
    for (const r of found) known.set(r.id, Boolean(r.astral));
  }
  const astral = ids.filter((id) => known.get(id));
  if (astral.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ id: sourceTexts.assessmentId, text: sourceTexts.text })
    .from(sourceTexts)
    .where(inArray(sourceTexts.assessmentId, astral));
  return new Map(rows.map((r) => [r.id, r.text]));
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
