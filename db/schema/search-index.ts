import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Typed view of the FTS5 index over search_passages.body (rowid = search_passages.id), created
 * by a hand-written migration: drizzle-kit cannot model virtual tables, so this file is left
 * out of drizzle.config.ts.
 */
export const searchIndex = sqliteTable('search_index', {
  rowid: integer(),
  body: text().notNull(),
});
