import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { assessments, extractionReports, municipalities } from '../schema';
import { assessmentColumns } from './assessments';
import { listAudits } from './audits';
import { listChanges } from './changes';
import { listContracts } from './contracts';
import { listFiles } from './files';
import { listProcedures } from './procedures';
import { listProvisions } from './provisions';
import { listRatings } from './ratings';
import { listSystems } from './systems';
import { listThresholds } from './thresholds';

/** Everything read from one document, plus its extraction report; undefined for an unknown id. */
export async function getAssessment(db: Db, id: number) {
  const [head] = await db
    .select({
      ...assessmentColumns,
      affair_content: assessments.affairContent,
      target_band_text: assessments.targetBandText,
      target_min: assessments.targetMin,
      target_max: assessments.targetMax,
      network_linkage: assessments.networkLinkage,
      department: assessments.department,
      department_head: assessments.departmentHead,
      source_sha256: assessments.sourceSha256,
      source_encoding: assessments.sourceEncoding,
      parts_present: assessments.partsPresent,
      parts_absent: assessments.partsAbsent,
    })
    .from(assessments)
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(eq(assessments.id, id));
  if (!head) return undefined;
  const only = { assessmentId: id };
  return {
    ...head,
    files: (await listFiles(db, only)).rows,
    systems: (await listSystems(db, only)).rows,
    contracts: (await listContracts(db, only)).rows,
    provisions: (await listProvisions(db, only)).rows,
    ratings: (await listRatings(db, only)).rows,
    audits: (await listAudits(db, only)).rows,
    procedures: (await listProcedures(db, only)).rows,
    changes: (await listChanges(db, only)).rows,
    thresholds: (await listThresholds(db, only)).rows,
    extraction_report: await reportOf(db, id),
  };
}

export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

async function reportOf(db: Db, id: number) {
  const [row] = await db
    .select({ report: extractionReports.report, text: extractionReports.text })
    .from(extractionReports)
    .where(eq(extractionReports.assessmentId, id));
  return row ?? null;
}
