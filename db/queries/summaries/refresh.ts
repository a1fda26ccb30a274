import { eq } from 'drizzle-orm';
import type { Db } from '../../client';
import { dataGeneration, summaries } from '../../schema';
import { changeTimeline } from '../change-timeline';
import { contractorMatrix } from '../contractor-matrix';
import { listContractors } from '../contractors';
import { listMunicipalities } from '../municipalities';
import { ratingMatrix } from '../rating-matrix';
import { subcontractShares } from '../subcontract-shares';
import { systemMatrix } from '../system-matrix';
import { summaryKey, type Summarized } from './summarized';

/** Every query with kept answers (`any`: each has its own filter and answer types). */
export const SUMMARIZED: readonly Summarized<any, unknown>[] = [
  ratingMatrix,
  contractorMatrix,
  systemMatrix,
  changeTimeline,
  subcontractShares,
  listContractors,
  listMunicipalities,
];

/**
 * Computes the kept answers of the data as it is now and stores them, tagged with the data's
 * generation: ingestion calls it last, after the flags. Computed outside a transaction, so a
 * server is never held up; should another load write meanwhile, the generation has moved on
 * and these answers are never served.
 */
export async function refreshSummaries(db: Db) {
  const [generation] = await db.select({ n: dataGeneration.n }).from(dataGeneration).where(eq(dataGeneration.id, 1));
  if (!generation) return;
  const rows: (typeof summaries.$inferInsert)[] = [];
  for (const query of SUMMARIZED) {
    for (const filter of query.kept) {
      rows.push({ key: summaryKey(query.summary, filter), generation: generation.n, value: JSON.stringify(await query.compute(db, filter)) });
    }
  }
  await db.transaction(async (tx) => {
    await tx.delete(summaries);
    for (const row of rows) await tx.insert(summaries).values(row);
  });
}
