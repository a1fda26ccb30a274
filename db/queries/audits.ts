import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { audits, municipalities } from '../schema';
import { allOf, cityColumns, inDocuments, joinCity, paged, provenanceColumns, type DocumentFilter, type Page } from './filters';

export interface AuditFilter extends DocumentFilter, Page {
  kind?: (typeof audits.kind.enumValues)[number];
  /** true = ticked, false = printed unticked, null = not readable */
  checked?: boolean | null;
  certain?: boolean;
}

function where(db: Db, f: AuditFilter) {
  return allOf(
    inDocuments(db, audits.assessmentId, f),
    f.kind !== undefined && eq(audits.kind, f.kind),
    f.checked !== undefined && (f.checked === null ? isNull(audits.checked) : eq(audits.checked, f.checked)),
    f.certain !== undefined && eq(audits.certain, f.certain),
  );
}

/** One row per 監査 checkbox (自己点検 / 内部監査 / 外部監査), in the order the form prints them. */
export async function listAudits(db: Db, f: AuditFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: audits.id,
      assessment_id: audits.assessmentId,
      ...cityColumns,
      kind: audits.kind,
      checked: audits.checked,
      ...provenanceColumns(audits),
    })
    .from(audits)
    .$dynamic();
  const rows = joinCity(query, audits.assessmentId)
    .where(condition)
    .orderBy(asc(municipalities.code), asc(audits.assessmentId), asc(audits.id));
  return { rows: await paged(rows, f), total: await db.$count(audits, condition) };
}

export type AuditRow = Awaited<ReturnType<typeof listAudits>>['rows'][number];
