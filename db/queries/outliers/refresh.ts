import type { SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { InValue } from '@libsql/client';
import type { Db } from '../../client';
import { insertStatements } from '../../bulk-insert';
import { BUMP_DATA_GENERATION, flags } from '../../schema';
import { incidentFlags } from './kinds/incidents';
import { postChangeShareFlags, subcontractShareFlags } from './kinds/shares';
import { uncertainExtractionFlags } from './kinds/uncertain-extractions';
import { undecidedContractorFlags } from './kinds/undecided-contractors';
import { weakAnswerFlags } from './kinds/weak-answers';

const dialect = new SQLiteAsyncDialect();

/**
 * Rebuilds the stored flags from the rows, in one short transaction: ingestion calls it after
 * loading documents, so that the API lists flags with one indexed read. Renewal is not stored:
 * it depends on the day asked (see renewal.ts). The flags built in code (a document's doubts,
 * megabytes of evidence for the whole country) go as multi-row statements (bulk-insert.ts).
 */
export async function refreshFlags(db: Db) {
  const doubts = await uncertainExtractionFlags(db);
  const tx = await db.$client.transaction('write');
  try {
    await tx.batch([
      'delete from flags',
      ...[weakAnswerFlags, incidentFlags, undecidedContractorFlags, subcontractShareFlags, postChangeShareFlags].map(statementOf),
      ...insertStatements(flags, doubts),
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
