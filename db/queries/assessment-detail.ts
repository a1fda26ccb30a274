import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import {
  assessments,
  audits,
  extractionReports,
  municipalities,
  personalInfoFiles,
  procedures,
  provisions,
} from '../schema';
import { assessmentColumns } from './assessments';
import { listChanges } from './changes';
import { listContracts } from './contracts';
import { provenanceColumns } from './filters';
import { listRatings } from './ratings';
import { listSystems } from './systems';

/** Everything read from one document, plus its extraction report; undefined for an unknown id. */
export async function getAssessment(db: Db, id: number) {
  const [head] = await db
    .select({
      ...assessmentColumns,
      body_name: assessments.bodyName,
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
    files: await filesOf(db, id),
    systems: (await listSystems(db, only)).rows,
    contracts: (await listContracts(db, only)).rows,
    provisions: await provisionsOf(db, id),
    ratings: (await listRatings(db, only)).rows,
    audits: await auditsOf(db, id),
    procedures: await proceduresOf(db, id),
    changes: (await listChanges(db, only)).rows,
    extraction_report: await reportOf(db, id),
  };
}

export type AssessmentDetail = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

function filesOf(db: Db, id: number) {
  return db
    .select({
      id: personalInfoFiles.id,
      no: personalInfoFiles.no,
      name: personalInfoFiles.name,
      file_kind: personalInfoFiles.fileKind,
      people_band: personalInfoFiles.peopleBandText,
      people_min: personalInfoFiles.peopleMin,
      people_max: personalInfoFiles.peopleMax,
      items_band: personalInfoFiles.itemsBandText,
      items_min: personalInfoFiles.itemsMin,
      items_max: personalInfoFiles.itemsMax,
      holding_start_on: personalInfoFiles.holdingStartOn,
      ...provenanceColumns(personalInfoFiles),
    })
    .from(personalInfoFiles)
    .where(eq(personalInfoFiles.assessmentId, id))
    .orderBy(asc(personalInfoFiles.no), asc(personalInfoFiles.id));
}

function provisionsOf(db: Db, id: number) {
  return db
    .select({
      id: provisions.id,
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
    .where(eq(provisions.assessmentId, id))
    .orderBy(asc(personalInfoFiles.no), asc(provisions.direction), asc(provisions.no), asc(provisions.id));
}

function auditsOf(db: Db, id: number) {
  return db
    .select({ id: audits.id, kind: audits.kind, checked: audits.checked, ...provenanceColumns(audits) })
    .from(audits)
    .where(eq(audits.assessmentId, id))
    .orderBy(asc(audits.id));
}

function proceduresOf(db: Db, id: number) {
  return db
    .select({
      id: procedures.id,
      kind: procedures.kind,
      started_on: procedures.startedOn,
      ended_on: procedures.endedOn,
      detail: procedures.detail,
      ...provenanceColumns(procedures),
    })
    .from(procedures)
    .where(eq(procedures.assessmentId, id))
    .orderBy(asc(procedures.id));
}

async function reportOf(db: Db, id: number) {
  const [row] = await db
    .select({ report: extractionReports.report, text: extractionReports.text })
    .from(extractionReports)
    .where(eq(extractionReports.assessmentId, id));
  return row ?? null;
}
