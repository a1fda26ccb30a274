import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';
import type { FieldSpans, FieldStates } from '../form/field-states';

/**
 * Where an extracted row came from in its source text, whether the extractor was sure, and the
 * state of each field that holds no plainly read value.
 * Offsets are UTF-16 code-unit offsets into the decoded text kept in `source_texts`;
 * lines are 1-based and inclusive.
 */
export const provenance = () => ({
  srcFrom: integer().notNull(),
  srcTo: integer().notNull(),
  lineFrom: integer().notNull(),
  lineTo: integer().notNull(),
  /** false when some field is in doubt: read but undecided, or unread for a stated reason */
  certain: integer({ mode: 'boolean' }).notNull().default(true),
  /** the fields that hold no plainly read value, and why (see db/form/field-states.ts) */
  states: text({ mode: 'json' }).$type<FieldStates>().notNull().default(sql`'{}'`),
  /** each field's own words in the source, [from, to): what a value's source view highlights */
  spans: text({ mode: 'json' }).$type<FieldSpans>().notNull().default(sql`'{}'`),
});

