import { countDistinct, max } from 'drizzle-orm';
import type { Db } from '../client';
import { assessments, changes, contractContractors, contracts, municipalities } from '../schema';

/**
 * The size of the database at a glance. `contractors` counts those named in some contract, as
 * the contractor list does; `newest_change` is the latest dated 変更日.
 */
export async function getStats(db: Db) {
  const [contractors] = await db.select({ n: countDistinct(contractContractors.contractorId) }).from(contractContractors);
  const [newest] = await db.select({ on: max(changes.changedOn) }).from(changes);
  return {
    municipalities: await db.$count(municipalities),
    assessments: await db.$count(assessments),
    contracts: await db.$count(contracts),
    contractors: contractors?.n ?? 0,
    changes: await db.$count(changes),
    newest_change: newest?.on ?? null,
  };
}
