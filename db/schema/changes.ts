import { index, sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { provenance } from './provenance';

/** A row of the change table 変更箇所 (別添). */
export const changes = sqliteTable('changes', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  seq: integer().notNull(),
  changedOn: text(),
  changedOnRaw: text(),
  item: text(),
  /** the part of the form the item points at, e.g. "Ⅱ-4" or "別添1" */
  section: text(),
  before: text(),
  after: text(),
  /** 事前 = filed before the change, 事後 = after */
  timing: text({ enum: ['事前', '事後'] }),
  /** 提出時期に係る説明 */
  timingExplanation: text(),
  ...provenance(),
}, (t) => [index('changes_assessment').on(t.assessmentId, t.seq), index('changes_changed_on').on(t.changedOn)]);

export type Change = typeof changes.$inferSelect;
