import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import * as t from '../../db/schema';

/** What the database holds for one ingested document, in the terms expected.json uses. */
export interface StoredFacts {
  code: string | null;
  bodyName: string | null;
  kind: string | null;
  number: string | null;
  title: string | null;
  affairName: string | null;
  agency: string | null;
  publishedOn: string | null;
  contracts: { fileNo: number | null; no: number; raw: string | null; undecided: boolean; subcontract: boolean | null }[];
  ratings: { fileNo: number | null; section: string; stage: string | null; question: string; answer: string | null }[];
  changes: (string | null)[];
}

export async function readStoredFacts(db: Db, sourceFile: string): Promise<StoredFacts | null> {
  const [a] = await db
    .select({
      id: t.assessments.id,
      code: t.municipalities.code,
      bodyName: t.assessments.bodyName,
      kind: t.assessments.kind,
      number: t.assessments.number,
      title: t.assessments.title,
      affairName: t.assessments.affairName,
      agency: t.assessments.agency,
      publishedOn: t.assessments.publishedOn,
    })
    .from(t.assessments)
    .leftJoin(t.municipalities, eq(t.municipalities.id, t.assessments.municipalityId))
    .where(eq(t.assessments.sourceFile, sourceFile));
  if (!a) return null;
  const contracts = await db
    .select({ fileNo: t.personalInfoFiles.no, no: t.contracts.no, raw: t.contracts.contractorRaw, undecided: t.contracts.contractorUndecided, subcontract: t.contracts.subcontract })
    .from(t.contracts)
    .leftJoin(t.personalInfoFiles, eq(t.personalInfoFiles.id, t.contracts.fileId))
    .where(eq(t.contracts.assessmentId, a.id))
    .orderBy(asc(t.contracts.id));
  const ratings = await db
    .select({ fileNo: t.personalInfoFiles.no, section: t.ratings.section, stage: t.ratings.stage, question: t.ratings.question, answer: t.ratings.answer })
    .from(t.ratings)
    .leftJoin(t.personalInfoFiles, eq(t.personalInfoFiles.id, t.ratings.fileId))
    .where(eq(t.ratings.assessmentId, a.id))
    .orderBy(asc(t.ratings.id));
  const changes = await db.select({ on: t.changes.changedOn }).from(t.changes).where(eq(t.changes.assessmentId, a.id)).orderBy(asc(t.changes.seq));
  const { id: _, ...header } = a;
  return { ...header, contracts, ratings, changes: changes.map((c) => c.on) };
}
