import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { assessments } from './assessments';

export interface ExtractionReport {
  sourceFile: string;
  layout: string;
  encoding: string;
  counts: Record<string, number>;
  partsPresent: string[];
  partsAbsent: string[];
  uncertain: { subject: string; value: string | null; reason: string; lineFrom: number; lineTo: number }[];
  /** what the form says exists but the text does not hold (e.g. 「(5) 件」 with three items printed) */
  gaps: { subject: string; reason: string; lineFrom: number; lineTo: number }[];
}

/** What ingestion found in a document, as printed by `npm run ingest`. */
export const extractionReports = sqliteTable('extraction_reports', {
  assessmentId: integer()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  report: text({ mode: 'json' }).$type<ExtractionReport>().notNull(),
  text: text().notNull(),
});
