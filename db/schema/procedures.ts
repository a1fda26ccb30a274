import { index, sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { provenance } from './provenance';
import { PROCEDURE_KINDS } from '../form/procedures';

export { PROCEDURE_KINDS };

/** 評価実施手続: when each step took place. */
export const procedures = sqliteTable('procedures', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  kind: text({ enum: PROCEDURE_KINDS }).notNull(),
  startedOn: text(),
  endedOn: text(),
  detail: text(),
  ...provenance(),
}, (t) => [index('procedures_assessment').on(t.assessmentId)]);

export type Procedure = typeof procedures.$inferSelect;
