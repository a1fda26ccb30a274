import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/**
 * What kind of body a municipality row is: the local public bodies of the 全国地方公共団体コード
 * (prefectures, cities, Tokyo's special wards, towns, villages) and the bodies that assess
 * without one — ministries and agencies (national) and the rest (地方公共団体情報システム機構,
 * 広域連合, 一部事務組合, 国民健康保険組合: other).
 */
export const MUNICIPALITY_KINDS = ['prefecture', 'city', 'special_ward', 'town', 'village', 'national', 'other'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** A body that publishes assessments; local public bodies carry their 全国地方公共団体コード (6 digits with check digit). */
export const municipalities = sqliteTable('municipalities', {
  id: integer().primaryKey({ autoIncrement: true }),
  /** null for a body without a local-government code (a ministry, 地方公共団体情報システム機構) */
  code: text().unique(),
  name: text().notNull(),
  prefecture: text(),
  prefectureCode: text(),
  kana: text(),
  /** null only on rows stored before kinds were recorded */
  kind: text({ enum: MUNICIPALITY_KINDS }),
});

export type Municipality = typeof municipalities.$inferSelect;
export type NewMunicipality = typeof municipalities.$inferInsert;
