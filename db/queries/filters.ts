import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { assessments, municipalities, personalInfoFiles } from '../schema';
import { inPrefecture } from './groups';

/** Paging shared by every list; `limit` absent = every matching row. */
export interface Page {
  limit?: number;
  offset?: number;
}

export interface Paged<T> {
  rows: T[];
  total: number;
}

/**
 * A city given by its 全国地方公共団体コード (6 digits), its name (「小金井市」) or its name with
 * the prefecture (「東京都小金井市」).
 */
export function municipalityMatches(value: string): SQL {
  if (/^\d{6}$/.test(value)) return eq(municipalities.code, value);
  return or(
    eq(municipalities.name, value),
    eq(sql`coalesce(${municipalities.prefecture}, '') || ${municipalities.name}`, value),
  )!;
}

/** The assessments of a city, as a subquery to filter any table by its assessment_id column. */
export function inMunicipality(db: Db, column: SQLiteColumn, value: string): SQL {
  const ids = db
    .select({ id: assessments.id })
    .from(assessments)
    .innerJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(municipalityMatches(value));
  return inArray(column, ids);
}

/** Rows of a 特定個人情報ファイル given by its name (as printed, folded). */
export function inFile(db: Db, column: SQLiteColumn, name: string): SQL {
  const ids = db
    .select({ id: personalInfoFiles.id })
    .from(personalInfoFiles)
    .where(eq(personalInfoFiles.name, name));
  return inArray(column, ids);
}

/** The filters every extracted table takes: its document, that document's city, or its prefecture. */
export interface DocumentFilter {
  municipality?: string;
  assessmentId?: number;
  /** the bodies of one prefecture: its name or 2-digit code (a matrix's drill-down) */
  prefecture?: string;
}

/** The assessments of a prefecture's bodies, as a subquery on an assessment_id column. */
function inPrefectureDocuments(db: Db, column: SQLiteColumn, prefecture: string): SQL {
  const ids = db
    .select({ id: assessments.id })
    .from(assessments)
    .innerJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(inPrefecture(prefecture));
  return inArray(column, ids);
}

/** The conditions of a DocumentFilter on a table's assessment_id column. */
export function inDocuments(db: Db, column: SQLiteColumn, f: DocumentFilter): SQL | undefined {
  return allOf(
    f.municipality !== undefined && inMunicipality(db, column, f.municipality),
    f.assessmentId !== undefined && eq(column, f.assessmentId),
    f.prefecture !== undefined && inPrefectureDocuments(db, column, f.prefecture),
  );
}

/** `and` over the filters a request actually gave. */
export function allOf(...conditions: (SQL | undefined | false)[]): SQL | undefined {
  const given = conditions.filter((c): c is SQL => c instanceof Object);
  return given.length ? and(...given) : undefined;
}

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** `column LIKE %text%` with `\` as the escape character. */
export function contains(column: SQLiteColumn | SQL, text: string): SQL {
  return sql`${column} like ${containsPattern(text)} escape '\\'`;
}

/**
 * The body to show for an assessment: the resolved one only. A body the text does not decide
 * (assessments.body_name as written, field_states.body saying why) is no municipality.
 */
export const municipalityName = sql<string | null>`${municipalities.name}`;

/** The city of a row's document, under its API names; select them with `joinCity`. */
export const cityColumns = { municipality: municipalityName, municipality_code: municipalities.code };

/** Joins a (dynamic) select of an extracted table to its document and the document's city. */
export function joinCity<T extends SQLiteSelect>(query: T, assessmentId: SQLiteColumn) {
  return query
    .innerJoin(assessments, eq(assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id));
}

/** Runs `select` in chunks so that a long id list never exceeds SQLite's bound-parameter limit. */
export async function inChunks<T>(ids: number[], select: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await select(ids.slice(i, i + 500))));
  return out;
}

interface WithProvenance {
  certain: SQLiteColumn;
  states: SQLiteColumn;
  spans: SQLiteColumn;
  srcFrom: SQLiteColumn;
  srcTo: SQLiteColumn;
  lineFrom: SQLiteColumn;
  lineTo: SQLiteColumn;
}

/** The provenance columns of an extracted row, under their API names. */
export function provenanceColumns<T extends WithProvenance>(t: T) {
  return {
    certain: t.certain as T['certain'],
    field_states: t.states as T['states'],
    field_spans: t.spans as T['spans'],
    src_from: t.srcFrom as T['srcFrom'],
    src_to: t.srcTo as T['srcTo'],
    line_from: t.lineFrom as T['lineFrom'],
    line_to: t.lineTo as T['lineTo'],
  };
}

/** A page of rows built in memory, and how many there are in all. */
export function pageOf<T>(rows: T[], page: Page): Paged<T> {
  const from = page.offset ?? 0;
  return { rows: rows.slice(from, page.limit === undefined ? undefined : from + page.limit), total: rows.length };
}

/**
 * SQLite has no OFFSET without LIMIT, and drizzle drops a negative limit (SQLite's "no limit")
 * from the SQL, leaving a bare `offset ?`: an offset alone needs a limit that takes every row.
 */
const EVERY_ROW = Number.MAX_SAFE_INTEGER;

/** Applies `limit`/`offset` to a dynamic select. */
export function paged<T extends SQLiteSelect>(query: T, page: Page): T {
  if (page.limit === undefined && !page.offset) return query;
  return query.limit(page.limit ?? EVERY_ROW).offset(page.offset ?? 0);
}

/**
 * A list's page as a condition on its ids: the LIMIT/OFFSET sort then carries only the order's
 * columns and the id, not every row's texts, so a deep page (the end of a CSV download) costs
 * about what the first one does. `ids` selects the id column alone, joined, filtered and
 * ordered as the list is; without paging the list's own condition is kept.
 */
export function pageCondition(id: SQLiteColumn, ids: SQLiteSelect, condition: SQL | undefined, page: Page): SQL | undefined {
  if (page.limit === undefined && !page.offset) return condition;
  return inArray(id, paged(ids, page));
}
