import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The whole-country aggregates the dashboard opens with, computed once per load by ingestion
 * (db/queries/summaries) instead of once per request: a national matrix is a group-by over tens
 * of thousands of rows. Each answer is kept as JSON under its query's name and filter, with the
 * data generation it was computed at; it is served only while that is still the current one, so
 * a write that did not refresh it makes it unused rather than wrong.
 */
export const summaries = sqliteTable('summaries', {
  key: text().primaryKey(),
  generation: integer().notNull(),
  value: text().notNull(),
});
