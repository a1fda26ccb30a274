import { asc, eq, gte, like, lte, or } from 'drizzle-orm';
import type { Db } from '../client';
import { changes, municipalities } from '../schema';
import { allOf, cityColumns, inDocuments, joinCity, pageCondition, provenanceColumns, type DocumentFilter, type Page } from './filters';

export interface ChangeFilter extends DocumentFilter, Page {
  /** ISO dates, inclusive */
  from?: string;
  to?: string;
  /** the part of the form: 「Ⅱ」 matches Ⅱ and every Ⅱ-n */
  section?: string;
  timing?: '事前' | '事後';
}

function sectionMatches(section: string) {
  return or(eq(changes.section, section), like(changes.section, `${section.replace(/[\\%_]/g, '')}-%`))!;
}

/** The conditions of a change filter (paging aside): the list and its timeline share them. */
export function changeConditions(db: Db, f: Omit<ChangeFilter, keyof Page>) {
  return allOf(
    inDocuments(db, changes.assessmentId, f),
    f.from !== undefined && gte(changes.changedOn, f.from),
    f.to !== undefined && lte(changes.changedOn, f.to),
    f.section !== undefined && sectionMatches(f.section),
    f.timing !== undefined && eq(changes.timing, f.timing),
  );
}

/** One row per line of a change table (変更箇所). */
export async function listChanges(db: Db, f: ChangeFilter = {}) {
  const condition = changeConditions(db, f);
  const query = db
    .select({
      id: changes.id,
      assessment_id: changes.assessmentId,
      ...cityColumns,
      seq: changes.seq,
      changed_on: changes.changedOn,
      changed_on_raw: changes.changedOnRaw,
      item: changes.item,
      section: changes.section,
      before: changes.before,
      after: changes.after,
      timing: changes.timing,
      timing_explanation: changes.timingExplanation,
      ...provenanceColumns(changes),
    })
    .from(changes)
    .$dynamic();
  const order = [asc(municipalities.code), asc(changes.assessmentId), asc(changes.seq), asc(changes.id)];
  const ids = joinCity(db.select({ id: changes.id }).from(changes).$dynamic(), changes.assessmentId).where(condition).orderBy(...order);
  const rows = joinCity(query, changes.assessmentId)
    .where(pageCondition(changes.id, ids, condition, f))
    .orderBy(...order);
  return { rows: await rows, total: await db.$count(changes, condition) };
}

export type ChangeRow = Awaited<ReturnType<typeof listChanges>>['rows'][number];
