import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_request' }),
      message: z.string().openapi({ example: "parameter 'limit': Too big: expected number to be <=1000" }),
    }),
  })
  .openapi('Error');

/** Why the reader could not decide a value: a code and its parameters (db/form/reasons.ts). */
export const ReasonSchema = z
  .object({
    code: z.string().openapi({ example: 'itemsSharePage' }),
    params: z.record(z.string(), z.unknown()).optional().openapi({ example: { count: 2, item: '委託事項' } }),
  })
  .openapi('Reason');

/** A field that holds no plainly read value (db/form/field-states.ts). */
export const FieldStateSchema = z
  .union([
    z.object({ state: z.literal('blank'), mark: z.string().openapi({ description: 'the mark printed: -, 略, 項目ごと削除, なし, 記載なし', example: '略' }) }),
    z.object({ state: z.literal('absent'), part: z.string().openapi({ description: 'the part of the form the document lacks', example: '表紙' }) }),
    z.object({ state: z.literal('unread'), reason: ReasonSchema }),
    z.object({ state: z.literal('uncertain'), reason: ReasonSchema }),
  ])
  .openapi('FieldState');

export const FieldStatesSchema = z.record(z.string(), FieldStateSchema).openapi({
  description:
    "the row's fields that hold no plainly read value, by field name: blank = written as empty by the document (its mark kept); absent = the part of the form is not in the document; unread = not read (with the reason); uncertain = read, but the text does not decide it. A field not listed was read from the text.",
  example: { before: { state: 'blank', mark: '略' } },
});

/** Where a row was read from: offsets into /api/sources/{assessment_id}, lines, certainty. */
export const provenanceFields = {
  certain: z.boolean().openapi({ description: 'false when some field is in doubt (see field_states)' }),
  field_states: FieldStatesSchema,
  field_spans: z
    .record(z.string(), z.tuple([z.number().int(), z.number().int()]))
    .openapi({ description: "each field's own words in the source text: [from, to) offsets, as src_from/src_to" }),
  src_from: z.number().int().openapi({ description: 'UTF-16 offset of the span start in the source text' }),
  src_to: z.number().int().openapi({ description: 'UTF-16 offset of the span end (exclusive)' }),
  line_from: z.number().int(),
  line_to: z.number().int(),
};

export const cityFields = {
  municipality: z.string().nullable().openapi({ description: 'the city as written in Japanese', example: '小金井市' }),
  municipality_code: z.string().nullable().openapi({ description: '全国地方公共団体コード', example: '132101' }),
};

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'not a real date')
  .openapi({ example: '2024-04-01' });

/** A whole number in a query string or path, within bounds. */
export function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

export const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A checkbox read from a form: true, false, or unknown (null: not readable). */
export const triState = z.enum(['true', 'false', 'unknown']).transform((v) => (v === 'unknown' ? null : v === 'true'));

export const idParam = z.object({
  id: wholeNumber(1, Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path' }, example: '1' }),
});

/** A JSON page holds this many rows unless the client asks for another `limit`. */
export const PAGE_SIZE = 100;
/** The most rows one JSON page may ask for. */
export const MAX_PAGE_SIZE = 1000;

/** The query every list takes: its CSV twin and paging. */
export const listQuery = z.object({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .openapi({ description: 'csv: the whole filtered list as CSV (UTF-8 with BOM), streamed; so does Accept: text/csv' }),
  limit: wholeNumber(1, MAX_PAGE_SIZE)
    .optional()
    .openapi({
      description: `rows per page (JSON: default ${PAGE_SIZE}, and a default page is cut short to stay under 1 MB; CSV: default every row)`,
    }),
  offset: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional().openapi({ description: 'rows to skip (default 0)' }),
});

export const municipalityQuery = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .openapi({ description: 'city name (小金井市 / 東京都小金井市) or 全国地方公共団体コード', example: '小金井市' });

export const prefectureQuery = z
  .string()
  .min(1)
  .max(10)
  .optional()
  .openapi({ description: 'the bodies of one prefecture: its name or 2-digit code', example: '東京都' });

/** How an aggregate groups its columns, and the knobs every aggregate takes. */
export const groupQuery = {
  by: z.enum(['prefecture', 'body']).optional().openapi({ description: 'columns per prefecture (default without `prefecture`) or per body (default with it)' }),
  prefecture: prefectureQuery,
};

export const assessmentIdQuery = wholeNumber(1, Number.MAX_SAFE_INTEGER)
  .optional()
  .openapi({ description: 'the assessment (評価書) id, as in /api/assessments/{id}', example: '1' });

export const errorResponses = {
  400: { description: 'malformed parameters', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'no such resource', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

/** A list's JSON form: one page of rows, how many match in all, and where the next page is. */
export function listOf<T extends z.ZodType>(row: T) {
  return z.object({
    rows: z.array(row),
    total: z.number().int().openapi({ description: 'rows matching the filters in all (before limit/offset)' }),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'the next page: this request with the offset moved on (a path and query on this server); null on the last page', example: '/api/contracts?offset=100' }),
  });
}
