import type { Db } from '../client';
import { refreshFlags } from './outliers/refresh';
import { refreshSummaries } from './summaries/refresh';

/**
 * Recomputes what is derived from every stored row, once per load rather than per request:
 * the oversight flags, then the kept whole-country aggregates — last, since they are tagged
 * with the data's generation, which the flags' refresh moves on.
 */
export async function refreshDerived(db: Db) {
  await refreshFlags(db);
  await refreshSummaries(db);
}
