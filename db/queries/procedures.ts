import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, procedures, type PROCEDURE_KINDS } from '../schema';
import { allOf, cityColumns, inDocuments, joinCity, paged, provenanceColumns, type DocumentFilter, type Page } from './filters';

export interface ProcedureFilter extends DocumentFilter, Page {
  kind?: (typeof PROCEDURE_KINDS)[number];
  certain?: boolean;
}

function where(db: Db, f: ProcedureFilter) {
  return allOf(
    inDocuments(db, procedures.assessmentId, f),
    f.kind !== undefined && eq(procedures.kind, f.kind),
    f.certain !== undefined && eq(procedures.certain, f.certain),
  );
}

/** One row per step of 評価実施手続 (basic assessment, public comment, third-party review…). */
export async function listProcedures(db: Db, f: ProcedureFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: procedures.id,
      assessment_id: procedures.assessmentId,
      ...cityColumns,
      kind: procedures.kind,
      started_on: procedures.startedOn,
      ended_on: procedures.endedOn,
      detail: procedures.detail,
      ...provenanceColumns(procedures),
    })
    .from(procedures)
    .$dynamic();
  const rows = joinCity(query, procedures.assessmentId)
    .where(condition)
    .orderBy(asc(municipalities.code), asc(procedures.assessmentId), asc(procedures.id));
  return { rows: await paged(rows, f), total: await db.$count(procedures, condition) };
}

export type ProcedureRow = Awaited<ReturnType<typeof listProcedures>>['rows'][number];
