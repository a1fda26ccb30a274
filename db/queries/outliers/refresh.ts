import type { Db } from '../../client';
import { sql } from 'drizzle-orm';
import { BUMP_DATA_GENERATION, flags } from '../../schema';
import { incidentFlags } from './kinds/incidents';
import { postChangeShareFlags, subcontractShareFlags } from './kinds/shares';
import { uncertainExtractionFlags } from './kinds/uncertain-extractions';
import { undecidedContractorFlags } from './kinds/undecided-contractors';
import { weakAnswerFlags } from './kinds/weak-answers';

/**
 * Rebuilds the stored flags from the rows, in one short transaction: ingestion calls it after
 * loading documents, so that the API lists flags with one indexed read. Renewal is not stored:
 * it depends on the day asked (see renewal.ts).
 */
export async function refreshFlags(db: Db) {
  const doubts = await uncertainExtractionFlags(db);
  await db.transaction(async (tx) => {
    await tx.delete(flags);
    for (const statement of [weakAnswerFlags, incidentFlags, undecidedContractorFlags, subcontractShareFlags, postChangeShareFlags]) await tx.run(statement);
    for (let i = 0; i < doubts.length; i += 100) await tx.insert(flags).values(doubts.slice(i, i + 100));
    await tx.run(sql.raw(BUMP_DATA_GENERATION));
  });
}
