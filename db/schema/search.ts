import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Typed view of the FTS5 table created by migration 0001 (drizzle-kit cannot model virtual
 * tables, so this definition is excluded from generated migrations; see drizzle.config.ts).
 * `kind` says what the entry is: 'source' (a passage of the text) or an extracted row's table.
 */
export const searchEntries = sqliteTable('search_entries', {
  rowid: integer(),
  body: text().notNull(),
  assessmentId: integer().notNull(),
  kind: text().notNull(),
  refId: integer(),
  srcFrom: integer().notNull(),
  srcTo: integer().notNull(),
});
