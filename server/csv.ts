/**
 * CSV as Excel opens it: UTF-8 with a BOM (else Japanese reads as mojibake), CRLF rows and
 * RFC 4180 quoting. A text cell that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a CR) is prefixed with an apostrophe (OWASP "CSV injection"). Arrays and
 * objects go in one cell as JSON; null is an empty cell.
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const ROWS_PER_CHUNK = 200;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * The rows as a stream of CSV text, a chunk of rows at a time. `columns` is the header (the
 * JSON field names); without it the first row's keys are used.
 */
export function csvStream(rows: readonly object[], columns?: readonly string[]): ReadableStream<Uint8Array> {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine([...header])));
    },
    pull(controller) {
      const chunk = rows.slice(next, next + ROWS_PER_CHUNK);
      next += chunk.length;
      if (chunk.length === 0) return controller.close();
      const text = chunk
        .map((row) => csvLine(header.map((key) => (row as Record<string, unknown>)[key])))
        .join('');
      controller.enqueue(encoder.encode(text));
    },
  });
}

/** Rows a CSV download asks the database for at a time. */
export const CSV_PAGE_ROWS = 1000;

/** A page of CSV text past this many bytes halves the next page (rows with long texts, such as an outlier's evidence). */
const CSV_PAGE_BYTES = 2_000_000;
/** the fewest rows a page shrinks to */
const CSV_MIN_PAGE_ROWS = 25;

/**
 * A whole list as a stream of CSV text, read a page at a time through `rows(limit, offset)`
 * as the client takes the text: one page in memory, however long the list. A page whose text
 * runs past CSV_PAGE_BYTES makes the next one smaller, a short one the next larger again (up
 * to `pageRows`), so memory stays flat whatever the rows hold. `limit` caps the rows (every
 * row when absent), from `offset`.
 */
export function csvPages<T extends object>(
  columns: readonly string[],
  rows: (limit: number, offset: number) => Promise<T[]>,
  { offset = 0, limit, pageRows = CSV_PAGE_ROWS }: { offset?: number; limit?: number; pageRows?: number } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let at = offset;
  let left = limit ?? Number.POSITIVE_INFINITY;
  let size = pageRows;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine([...columns])));
    },
    async pull(controller) {
      const want = Math.min(size, left);
      const page = want > 0 ? await rows(want, at) : [];
      if (page.length) {
        const bytes = encoder.encode(page.map((row) => csvLine(columns.map((key) => (row as Record<string, unknown>)[key]))).join(''));
        controller.enqueue(bytes);
        if (bytes.length > CSV_PAGE_BYTES) size = Math.max(CSV_MIN_PAGE_ROWS, Math.floor(size / 2));
        else if (bytes.length < CSV_PAGE_BYTES / 4) size = Math.min(pageRows, size * 2);
      }
      at += page.length;
      left -= page.length;
      if (page.length < want || left <= 0) controller.close();
    },
  });
}
