import { index, sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { personalInfoFiles } from './files';
import { provenance } from './provenance';

/** 提供先N (to another body) or 移転先N (within the same body) of Ⅱ-5. */
export const provisions = sqliteTable('provisions', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  fileId: integer().references(() => personalInfoFiles.id, { onDelete: 'cascade' }),
  direction: text({ enum: ['提供', '移転'] }).notNull(),
  no: integer().notNull(),
  recipient: text(),
  legalBasis: text(),
  purpose: text(),
  information: text(),
  peopleBandText: text(),
  peopleMin: integer(),
  peopleMax: integer(),
  method: text(),
  timing: text(),
  ...provenance(),
}, (t) => [index('provisions_assessment').on(t.assessmentId), index('provisions_file').on(t.fileId)]);

export type Provision = typeof provisions.$inferSelect;
