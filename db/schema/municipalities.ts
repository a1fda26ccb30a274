import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/** A local public body, identified by its 全国地方公共団体コード (6 digits with check digit). */
export const municipalities = sqliteTable('municipalities', {
  id: integer().primaryKey({ autoIncrement: true }),
  /** null when the body named in the document could not be resolved to a code */
  code: text().unique(),
  name: text().notNull(),
  prefecture: text(),
  prefectureCode: text(),
  kana: text(),
});

export type Municipality = typeof municipalities.$inferSelect;
export type NewMunicipality = typeof municipalities.$inferInsert;
