import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { personalInfoFiles } from './files';
import { provenance } from './provenance';

/**
 * Every graded answer of the form (the bracketed choice before ＜選択肢＞), not only
 * 「リスクへの対策は十分か」. `score` orders the options: higher = stronger protection.
 */
export const ratings = sqliteTable('ratings', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  fileId: integer().references(() => personalInfoFiles.id, { onDelete: 'cascade' }),
  section: text().notNull(),
  stage: text(),
  risk: text(),
  question: text().notNull(),
  answer: text(),
  score: integer(),
  /** JSON array of the printed options, in order */
  options: text({ mode: 'json' }).$type<string[]>(),
  /** the measure text the answer refers to, when the form prints one */
  measure: text(),
  /** 重大事故 「発生あり」: その内容 and 再発防止策の内容 as printed */
  incidentContent: text(),
  incidentPrevention: text(),
  ...provenance(),
}, (t) => [
  // the incident flag names each document's files that answer 「発生あり」: a lookup per document
  index('ratings_assessment').on(t.assessmentId),
]);

/** Ⅲ-8 監査 (Ⅳ-1 in the full form): 自己点検 / 内部監査 / 外部監査 checkboxes. */
export const audits = sqliteTable('audits', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  kind: text({ enum: ['自己点検', '内部監査', '外部監査'] }).notNull(),
  checked: integer({ mode: 'boolean' }),
  ...provenance(),
});

export type Rating = typeof ratings.$inferSelect;
export type Audit = typeof audits.$inferSelect;
