import { index, sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { provenance } from './provenance';

/** 特定個人情報ファイル (Ⅱ): a full assessment may describe several. */
export const personalInfoFiles = sqliteTable('personal_info_files', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  no: integer().notNull(),
  name: text().notNull(),
  fileKind: text(),
  peopleBandText: text(),
  peopleMin: integer(),
  peopleMax: integer(),
  itemsBandText: text(),
  itemsMin: integer(),
  itemsMax: integer(),
  holdingStartOn: text(),
  ...provenance(),
}, (t) => [index('personal_info_files_assessment').on(t.assessmentId)]);

export type PersonalInfoFile = typeof personalInfoFiles.$inferSelect;
