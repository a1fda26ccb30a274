import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import type { ExtractionReport } from '../form/report';
import { assessments } from './assessments';

export type { ExtractionReport };

/** What ingestion found in a document, as printed by `npm run ingest`. */
export const extractionReports = sqliteTable('extraction_reports', {
  assessmentId: integer()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  report: text({ mode: 'json' }).$type<ExtractionReport>().notNull(),
  text: text().notNull(),
});
