import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { InValue } from '@libsql/client';
import type { Db } from '../../client';
import { BUMP_DATA_GENERATION, type OutlierKind } from '../../schema';
import { incidentFlags } from './kinds/incidents';
import { postChangeShareFlags, subcontractShareFlags } from './kinds/shares';
import { undecidedContractorFlags } from './kinds/undecided-contractors';
import { weakAnswerFlags } from './kinds/weak-answers';

const dialect = new SQLiteAsyncDialect();

/** The kind of flag written with its document. */
const DOCUMENT_FLAG: OutlierKind = 'uncertain_extraction';

/**
 * Rebuilds the stored flags from the rows, in one short transaction: ingestion calls it after
 * loading documents, so that the API lists flags with one indexed read. Renewal is not stored:
 * it depends on the day asked (see renewal.ts). A document's uncertain-extraction flag is not
 * rebuilt: it is written and deleted with its document (load.ts).
 */
export async function refreshFlags(db: Db) {
  const tx = await db.$client.transaction('write');
  try {
    await tx.batch([
      `delete from flags where kind <> '${DOCUMENT_FLAG}'`,
      ...[weakAnswerFlags, incidentFlags, undecidedContractorFlags, subcontractShareFlags, postChangeShareFlags].map(statementOf),
      BUMP_DATA_GENERATION,
    ]);
    await tx.commit();
  } finally {
    tx.close();
  }
}

function statementOf(query: SQL) {
  const { sql, params } = dialect.sqlToQuery(query);
  return { sql, args: params as InValue[] };
}
