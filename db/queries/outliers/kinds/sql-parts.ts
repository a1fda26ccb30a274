import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL fragments the flag statements share, over the aliases they all use: `a` assessments,
 * `m` municipalities (left-joined). Flags are computed by ingestion (refreshFlags), so these
 * run once per load, never per request.
 */
export const BODY_KEY = sql.raw(`coalesce(m.code, 'name:' || coalesce(m.name, a.body_name, '(不明)'))`);
export const FROM_DOCUMENT = (alias: string) =>
  sql.raw(`join assessments a on a.id = ${alias}.assessment_id left join municipalities m on m.id = a.municipality_id`);

/**
 * A row as evidence: its table, id and label, located at the field's own words when the reader
 * stored them (field_spans), else at the row.
 */
export function evidenceObject(table: string, alias: string, field: string, label: SQL): SQL {
  const span = (i: 0 | 1) => sql.raw(`coalesce(json_extract(${alias}.spans, '$.${field}[${i}]'), ${alias}.${i ? 'src_to' : 'src_from'})`);
  return sql`json_object('table', ${table}, 'id', ${sql.raw(`${alias}.id`)}, 'assessment_id', ${sql.raw(`${alias}.assessment_id`)}, 'label', ${label},
    'src_from', ${span(0)}, 'src_to', ${span(1)}, 'line_from', ${sql.raw(`${alias}.line_from`)}, 'line_to', ${sql.raw(`${alias}.line_to`)})`;
}

/** A field read with certainty: no state recorded for it. */
export const certainField = (alias: string, field: string) => sql.raw(`json_extract(${alias}.states, '$.${field}') is null`);

export const INSERT = sql.raw(
  'insert into flags (id, kind, severity, severity_rank, municipality_id, assessment_id, body_key, detail, evidence)',
);
