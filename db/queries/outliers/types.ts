import type { Reason } from '../../form/reasons';
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
  /** for a doubted value: why the reader doubts it */
  reason?: Reason;
  src_from: number | null;
  src_to: number | null;
  line_from: number | null;
  line_to: number | null;
}

export interface Outlier {
  /** stable within one database: kind plus what it rests on */
  id: string;
  municipality: string | null;
  municipality_code: string | null;
  /** null for a flag about the city as a whole (the share measures) */
  assessment_id: number | null;
  kind: OutlierKind;
  severity: Severity;
  detail: string;
  evidence: Evidence[];
}

/** A provenance-carrying row as the list queries return it. */
export interface SpanRow {
  id: number;
  assessment_id: number;
  municipality: string | null;
  municipality_code: string | null;
  src_from: number;
  src_to: number;
  line_from: number;
  line_to: number;
}

export function evidenceOf(table: string, row: SpanRow, label: string): Evidence {
  return {
    table,
    id: row.id,
    assessment_id: row.assessment_id,
    label,
    src_from: row.src_from,
    src_to: row.src_to,
    line_from: row.line_from,
    line_to: row.line_to,
  };
}
