import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema';

/** Every stored row of every table, ids included, for before/after comparisons. */
export async function dumpDb(db: Db) {
  const tables = {
    municipalities: t.municipalities,
    assessments: t.assessments,
    personalInfoFiles: t.personalInfoFiles,
    systems: t.systems,
    contracts: t.contracts,
    contractors: t.contractors,
    provisions: t.provisions,
    ratings: t.ratings,
    audits: t.audits,
    procedures: t.procedures,
    changes: t.changes,
    thresholds: t.thresholds,
    extractionReports: t.extractionReports,
  } as const;
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(tables)) out[name] = await db.select().from(table).orderBy(asc((table as typeof t.systems).id ?? (table as typeof t.extractionReports).assessmentId));
  out.contractContractors = await db.select().from(t.contractContractors).orderBy(asc(t.contractContractors.contractId), asc(t.contractContractors.position));
  out.searchOccurrences = (await db.select({ n: t.searchOccurrences.assessmentId }).from(t.searchOccurrences)).length as unknown as unknown[];
  out.searchPassages = (await db.select({ n: t.searchPassages.id }).from(t.searchPassages)).length as unknown as unknown[];
  return out;
}
