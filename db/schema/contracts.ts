import { index, sqliteTable, integer, text, primaryKey } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';
import { personalInfoFiles } from './files';
import { provenance } from './provenance';

export const CONTRACTOR_KINDS = ['company', 'consortium', 'organization'] as const;

/** 委託事項N of Ⅱ-4. */
export const contracts = sqliteTable('contracts', {
  id: integer().primaryKey({ autoIncrement: true }),
  assessmentId: integer()
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  fileId: integer().references(() => personalInfoFiles.id, { onDelete: 'cascade' }),
  no: integer().notNull(),
  title: text(),
  content: text(),
  handlersBandText: text(),
  handlersMin: integer(),
  handlersMax: integer(),
  /** ③委託先名 exactly as printed (after NFKC folding) */
  contractorRaw: text(),
  /** true when the document says 「未定」: no contractor chosen yet */
  contractorUndecided: integer({ mode: 'boolean' }).notNull().default(false),
  /** ④再委託の有無: true = 再委託する, false = 再委託しない, null = unknown */
  subcontract: integer({ mode: 'boolean' }),
  subcontractMethod: text(),
  subcontractItems: text(),
  ...provenance(),
}, (t) => [index('contracts_assessment').on(t.assessmentId), index('contracts_file').on(t.fileId)]);

/** One normalized company (or consortium) behind the spellings of ③委託先名. */
export const contractors = sqliteTable('contractors', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull().unique(),
  kind: text({ enum: CONTRACTOR_KINDS }).notNull(),
});

/** contract ↔ contractor, keeping the spelling the document used (e.g. with its branch). */
export const contractContractors = sqliteTable(
  'contract_contractors',
  {
    contractId: integer()
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    contractorId: integer()
      .notNull()
      .references(() => contractors.id),
    position: integer().notNull(),
    raw: text().notNull(),
    branch: text(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.contractorId] }), index('contract_contractors_contractor').on(t.contractorId)],
);

export type Contract = typeof contracts.$inferSelect;
export type Contractor = typeof contractors.$inferSelect;
