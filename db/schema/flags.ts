import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const OUTLIER_KINDS = [
  'weak_answer',
  'incident',
  'renewal_overdue',
  'contractor_undecided',
  'subcontract_share',
  'post_change_share',
  'uncertain_extraction',
] as const;
export type OutlierKind = (typeof OUTLIER_KINDS)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A row a flag rests on, with the span of source text it was read from (null when unknown). */
export interface Evidence {
  table: string;
  id: number | null;
  assessment_id: number;
  label: string;
  /** for a doubted value: why the reader doubts it ({ code, params }, db/form/reasons.ts) */
  reason?: { code: string; params?: Record<string, unknown> };
  src_from: number | null;
  src_to: number | null;
  line_from: number | null;
  line_to: number | null;
}

/**
 * The oversight flags, computed in SQL from the stored rows by ingestion (refreshFlags) so
 * that listing them is one indexed read; renewal is judged at request time, by the day asked.
 * No foreign keys: the table is rebuilt after every ingest, but for each document's
 * uncertain-extraction flag, which is written and deleted with the document (load.ts).
 */
export const flags = sqliteTable(
  'flags',
  {
    id: text().primaryKey(),
    kind: text({ enum: OUTLIER_KINDS }).notNull(),
    severity: text({ enum: SEVERITIES }).notNull(),
    /** 0 = high, 1 = medium, 2 = low: the list's first order */
    severityRank: integer().notNull(),
    municipalityId: integer(),
    assessmentId: integer(),
    /** the body's code (or name) the list sorts by within a severity */
    bodyKey: text().notNull(),
    detail: text().notNull(),
    evidence: text({ mode: 'json' }).$type<Evidence[]>().notNull(),
  },
  (t) => [index('flags_order').on(t.severityRank, t.bodyKey, t.id), index('flags_kind').on(t.kind), index('flags_municipality').on(t.municipalityId)],
);
