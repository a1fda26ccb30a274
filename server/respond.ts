import type { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { csvStream } from './csv';

/** `format=csv` asks for CSV; without `format`, an Accept header naming text/csv does. */
export function wantsCsv(c: Context): boolean {
  const format = c.req.query('format');
  if (format !== undefined) return format === 'csv';
  return /\btext\/csv\b/i.test(c.req.header('Accept') ?? '');
}

/**
 * The rows as a streamed CSV download. Typed as a JSON response of nothing because the typed
 * client (hc<AppType>) reads the route's JSON form; declaring text/csv on the route would
 * widen every client response to `Response`. The OpenAPI document lists text/csv instead
 * (see openapi.ts).
 */
export function csvResponse(c: Context, columns: readonly string[], rows: readonly object[], name: string) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
  c.header('Vary', 'Accept');
  return c.body(csvStream(rows, columns), 200) as unknown as TypedResponse<never, 200, 'json'>;
}

/** A list's answer: `{ rows, total }` as JSON, or the rows as CSV with the row schema's fields as header. */
export function listResponse<T extends object>(c: Context, row: z.ZodObject, list: { rows: T[]; total: number }, name: string) {
  if (wantsCsv(c)) return csvResponse(c, Object.keys(row.shape), list.rows, name);
  return c.json(list, 200);
}
