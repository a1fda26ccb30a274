import { index, sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { provenance } from './provenance';

/**
 * A system of Ⅰ-2 (システム1…20). The connection columns mirror the ③他のシステムとの接続
 * checkboxes: true = ticked, false = printed unticked, null = not readable.
 */
export const systems = sqliteTable('systems', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  no: integer().notNull(),
  nameRaw: text().notNull(),
  name: text().notNull(),
  canonical: text().notNull(),
  functionText: text(),
  connInfoNetwork: integer({ mode: 'boolean' }),
  connIntraLinkage: integer({ mode: 'boolean' }),
  connJukiNet: integer({ mode: 'boolean' }),
  connExistingJuki: integer({ mode: 'boolean' }),
  connAtena: integer({ mode: 'boolean' }),
  connTax: integer({ mode: 'boolean' }),
  connOther: integer({ mode: 'boolean' }),
  connOtherText: text(),
  ...provenance(),
}, (t) => [index('systems_assessment').on(t.assessmentId)]);

export type System = typeof systems.$inferSelect;
