import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, personalInfoFiles, provisions } from '../schema';
import {
  allOf,
  cityColumns,
  contains,
  inDocuments,
  inFile,
  joinCity,
  paged,
  provenanceColumns,
  type DocumentFilter,
  type Page,
} from './filters';

export interface ProvisionFilter extends DocumentFilter, Page {
  file?: string;
  direction?: (typeof provisions.direction.enumValues)[number];
  /** part of the 提供先 / 移転先 */
  recipient?: string;
  certain?: boolean;
}

function where(db: Db, f: ProvisionFilter) {
  return allOf(
    inDocuments(db, provisions.assessmentId, f),
    f.file !== undefined && inFile(db, provisions.fileId, f.file),
    f.direction !== undefined && eq(provisions.direction, f.direction),
    f.recipient !== undefined && contains(provisions.recipient, f.recipient.normalize('NFKC')),
    f.certain !== undefined && eq(provisions.certain, f.certain),
  );
}

/** One row per 提供先N (to another body) or 移転先N (within the body) of Ⅱ-5. */
export async function listProvisions(db: Db, f: ProvisionFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: provisions.id,
      assessment_id: provisions.assessmentId,
      ...cityColumns,
      file: personalInfoFiles.name,
      direction: provisions.direction,
      no: provisions.no,
      recipient: provisions.recipient,
      legal_basis: provisions.legalBasis,
      purpose: provisions.purpose,
      information: provisions.information,
      people_band: provisions.peopleBandText,
      people_min: provisions.peopleMin,
      people_max: provisions.peopleMax,
      method: provisions.method,
      timing: provisions.timing,
      ...provenanceColumns(provisions),
    })
    .from(provisions)
    .leftJoin(personalInfoFiles, eq(provisions.fileId, personalInfoFiles.id))
    .$dynamic();
  const rows = joinCity(query, provisions.assessmentId)
    .where(condition)
    .orderBy(
      asc(municipalities.code),
      asc(provisions.assessmentId),
      asc(personalInfoFiles.no),
      asc(provisions.direction),
      asc(provisions.no),
      asc(provisions.id),
    );
  return { rows: await paged(rows, f), total: await db.$count(provisions, condition) };
}

export type ProvisionRow = Awaited<ReturnType<typeof listProvisions>>['rows'][number];
