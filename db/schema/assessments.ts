import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { AFFAIRS } from '../form/affairs';
import type { FieldSpans, FieldStates } from '../form/field-states';
import { municipalities } from './municipalities';

export const ASSESSMENT_KINDS = ['基礎項目評価書', '重点項目評価書', '全項目評価書'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const LAYOUTS = ['pdf-text', 'tsv-html'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** One published document (評価書). Re-ingesting a file with the same name replaces it. */
export const assessments = sqliteTable('assessments', {
  id: integer().primaryKey({ autoIncrement: true }),
  municipalityId: integer().references(() => municipalities.id),
  /** the body's name as written in the document (宣言 / 評価実施機関名 / text) */
  bodyName: text(),
  number: text(),
  title: text(),
  kind: text({ enum: ASSESSMENT_KINDS }),
  agency: text(),
  publishedOn: text(),
  approvedOn: text(),
  formVersion: text(),
  /** a draft for public comment (案 / 素案 on the cover); its 公表日 is empty */
  draft: integer({ mode: 'boolean' }),
  affairName: text(),
  /** the affair classed from affair_name (db/form/affairs.ts); null when not classed (see states.affair) */
  affair: text({ enum: AFFAIRS }),
  affairContent: text(),
  /** Ⅰ-2 ③対象人数: the population band, also the city's peer group */
  targetBandText: text(),
  targetMin: integer(),
  targetMax: integer(),
  /** Ⅰ-5 ①実施の有無: 実施する / 実施しない / 未定 */
  networkLinkage: text(),
  department: text(),
  departmentHead: text(),
  sourceFile: text().notNull().unique(),
  sourceSha256: text().notNull(),
  sourceEncoding: text().notNull(),
  /** the extractor that read it: a document is re-read when its bytes or the extractor change */
  extractorVersion: text().notNull().default(''),
  layout: text({ enum: LAYOUTS }).notNull(),
  /** JSON array of the form's parts found in the text, e.g. ["header","Ⅰ","Ⅱ","Ⅲ","別添2"] */
  partsPresent: text({ mode: 'json' }).$type<string[]>().notNull(),
  partsAbsent: text({ mode: 'json' }).$type<string[]>().notNull(),
  /** the cover's and Ⅰ's fields that hold no plainly read value, and why (db/form/field-states.ts) */
  states: text({ mode: 'json' }).$type<FieldStates>().notNull().default(sql`'{}'`),
  /** where each of those fields was read: [from, to) offsets into the source text */
  spans: text({ mode: 'json' }).$type<FieldSpans>().notNull().default(sql`'{}'`),
});

/** The decoded text of a document, the target of every provenance span. */
export const sourceTexts = sqliteTable('source_texts', {
  assessmentId: integer()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  text: text().notNull(),
});

export type Assessment = typeof assessments.$inferSelect;
export type NewAssessment = typeof assessments.$inferInsert;
