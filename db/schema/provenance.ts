import { integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Where an extracted row came from in its source text, and whether the extractor was sure.
 * Offsets are UTF-16 code-unit offsets into the decoded text kept in `source_texts`;
 * lines are 1-based and inclusive.
 */
export const provenance = () => ({
  srcFrom: integer().notNull(),
  srcTo: integer().notNull(),
  lineFrom: integer().notNull(),
  lineTo: integer().notNull(),
  certain: integer({ mode: 'boolean' }).notNull().default(true),
  uncertainReason: text(),
});

