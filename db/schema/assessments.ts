import { sql } from 'drizzle-orm';
import { index, sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { AFFAIRS } from '../form/affairs';
import type { FieldSpans, FieldStates } from '../form/field-states';
import { municipalities } from './municipalities';

export const ASSESSMENT_KINDS = ['基礎項目評価書', '重点項目評価書', '全項目評価書'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const LAYOUTS = ['pdf-text', 'tsv-html'] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * One published document (評価書), keyed by its content (sha256) and its origin (path): the same
 * bytes from two places are one document; new bytes at a known path replace what it held.
 */
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
  /** the file's name, as shown; two folders may hold files of one name */
  sourceFile: text().notNull(),
  /** where the file was loaded from (as given to ingest): a changed file at this path replaces it */
  sourcePath: text().notNull().default(''),
  /** the bytes' digest: the same document loaded from anywhere is one document */
  sourceSha256: text().notNull().unique(),
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
}, (t) => [index('assessments_source_path').on(t.sourcePath), index('assessments_municipality').on(t.municipalityId)]);

/** The decoded text of a document, the target of every provenance span. */
export const sourceTexts = sqliteTable('source_texts', {
  assessmentId: integer()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  text: text().notNull(),
});

export type Assessment = typeof assessments.$inferSelect;
export type NewAssessment = typeof assessments.$inferInsert;
