import type { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { Page, Paged } from '../db/queries/filters';
import { CSV_PAGE_ROWS, csvPages, csvStream } from './csv';
import { acceptsGzip, gzipStream } from './gzip';
import { PAGE_SIZE } from './schemas/common';

/** `format=csv` asks for CSV; without `format`, an Accept header naming text/csv does. */
export function wantsCsv(c: Context): boolean {
  const format = c.req.query('format');
  if (format !== undefined) return format === 'csv';
  return /\btext\/csv\b/i.test(c.req.header('Accept') ?? '');
}

/** A CSV download of `body`, gzipped here when the client accepts it (see gzipStream: the compress middleware would not wait for the client). */
function csvBody(c: Context, name: string, body: ReadableStream<Uint8Array>) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
  c.header('Vary', 'Accept, Accept-Encoding');
  const gzip = acceptsGzip(c);
  if (gzip) c.header('Content-Encoding', 'gzip');
  return c.body(gzip ? gzipStream(body) : body, 200) as unknown as TypedResponse<never, 200, 'json'>;
}

/**
 * The rows as a streamed CSV download. Typed as a JSON response of nothing because the typed
 * client (hc<AppType>) reads the route's JSON form; declaring text/csv on the route would
 * widen every client response to `Response`. The OpenAPI document lists text/csv instead
 * (see openapi.ts).
 */
export function csvResponse(c: Context, columns: readonly string[], rows: readonly object[], name: string) {
  return csvBody(c, name, csvStream(rows, columns));
}

/** A list query that answers one page at a time. */
export type PageQuery<P extends Paged<object>> = (page: { limit: number; offset: number }) => Promise<P>;

/** A default JSON page is cut short before its body passes this many bytes. */
export const JSON_BUDGET_BYTES = 1_000_000;
/** room for `{"rows":[…],"total":…,"next":"…"}` around the rows */
const ENVELOPE_BYTES = 2_000;

/**
 * The rows that fit in `budget` bytes of JSON, in order (at least one: a single row larger than
 * the budget is still a page).
 */
export function rowsWithin<T>(rows: T[], budget: number): T[] {
  let used = 0;
  for (const [i, row] of rows.entries()) {
    used += Buffer.byteLength(JSON.stringify(row)) + 1;
    if (used > budget) return rows.slice(0, Math.max(1, i));
  }
  return rows;
}

/** This request's URL with the offset moved on: a path and query on this server. */
export function nextPageUrl(c: Context, offset: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set('offset', String(offset));
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** Whether a libSQL server refused an answer as past its size limit (the driver's error, maybe wrapped in drizzle's). */
function tooLarge(e: unknown): boolean {
  for (let cause = e; cause instanceof Error; cause = cause.cause) if ((cause as { code?: unknown }).code === 'RESPONSE_TOO_LARGE') return true;
  return false;
}

/**
 * A page of `limit` rows from `offset`. A libSQL server refuses an answer past its size limit
 * (rows with long texts, such as an outlier's evidence): such a page is read again in halves
 * and put together, so that every page has the rows it asked for.
 */
export async function readPage<P extends Paged<object>>(query: PageQuery<P>, limit: number, offset: number): Promise<P> {
  try {
    return await query({ limit, offset });
  } catch (e) {
    if (!tooLarge(e) || limit <= 1) throw e;
    const half = Math.ceil(limit / 2);
    const first = await readPage(query, half, offset);
    if (first.rows.length < half) return first;
    const second = await readPage(query, limit - half, offset + half);
    return { ...second, rows: [...first.rows, ...second.rows] };
  }
}

export interface ListOptions {
  /**
   * The most rows a CSV download reads at a time (CSV_PAGE_ROWS unless the list says): a list
   * whose rows run long reads fewer, so that a page's rows stay a few MB in memory; one whose
   * rows are short and whose every page costs a sort of the whole list reads more.
   */
  csvPageRows?: number;
}

/**
 * A list's answer. JSON: one page, `{ rows, total, next }` — `limit` rows (100 unless asked),
 * a page the client did not size cut short to stay under 1 MB. CSV: the whole filtered list
 * (from `offset`, up to `limit` when asked), streamed a database page at a time, so memory
 * stays flat however long the list; the header is the row schema's fields.
 */
export async function listResponse<P extends Paged<object>>(
  c: Context,
  row: z.ZodObject,
  asked: Page,
  query: PageQuery<P>,
  name: string,
  { csvPageRows = CSV_PAGE_ROWS }: ListOptions = {},
) {
  const offset = asked.offset ?? 0;
  if (wantsCsv(c)) {
    const rows = (limit: number, at: number) => readPage(query, limit, at).then((p) => p.rows);
    return csvBody(c, name, csvPages(Object.keys(row.shape), rows, { offset, limit: asked.limit, pageRows: csvPageRows }));
  }
  // anything else the query answers (search: its `mode`) goes out beside the page
  const { rows: fetched, total, ...rest } = await readPage(query, asked.limit ?? PAGE_SIZE, offset);
  const rows = (asked.limit === undefined ? rowsWithin(fetched, JSON_BUDGET_BYTES - ENVELOPE_BYTES) : fetched) as P['rows'];
  const after = offset + rows.length;
  return c.json({ ...rest, rows, total, next: rows.length > 0 && after < total ? nextPageUrl(c, after) : null }, 200);
}
