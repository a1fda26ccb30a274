import { asc, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { Affair } from '../form/affairs';
import { ASSESSMENT_KINDS, assessments, municipalities } from '../schema';
import { allOf, contains, inMunicipality, municipalityName, paged, type Page } from './filters';

export interface AssessmentFilter extends Page {
  municipality?: string;
  kind?: (typeof ASSESSMENT_KINDS)[number];
  /** ISO dates, inclusive, on published_on */
  published_from?: string;
  published_to?: string;
  /** part of the title (評価書名) */
  q?: string;
  /** the affair's class (db/form/affairs.ts) */
  affair?: Affair;
  /** false: only the documents whose body the text does not decide */
  resolved?: boolean;
}

export const assessmentColumns = {
  id: assessments.id,
  municipality: municipalityName,
  municipality_code: municipalities.code,
  prefecture: municipalities.prefecture,
  body_kind: municipalities.kind,
  /** false when the text does not decide the body: municipality is then null, body_name as written */
  body_resolved: sql<boolean>`${assessments.municipalityId} is not null`.mapWith((v) => v === 1 || v === true),
  body_name: assessments.bodyName,
  number: assessments.number,
  title: assessments.title,
  kind: assessments.kind,
  agency: assessments.agency,
  published_on: assessments.publishedOn,
  approved_on: assessments.approvedOn,
  form_version: assessments.formVersion,
  affair: assessments.affair,
  affair_name: assessments.affairName,
  peer_group: assessments.targetBandText,
  source_file: assessments.sourceFile,
  layout: assessments.layout,
  field_states: assessments.states,
};

function where(db: Db, f: AssessmentFilter) {
  return allOf(
    f.municipality !== undefined && inMunicipality(db, assessments.id, f.municipality),
    f.kind !== undefined && eq(assessments.kind, f.kind),
    f.published_from !== undefined && gte(assessments.publishedOn, f.published_from),
    f.published_to !== undefined && lte(assessments.publishedOn, f.published_to),
    f.q !== undefined && contains(assessments.title, f.q.normalize('NFKC')),
    f.affair !== undefined && eq(assessments.affair, f.affair),
    f.resolved !== undefined && (f.resolved ? isNotNull(assessments.municipalityId) : isNull(assessments.municipalityId)),
  );
}

/** One row per document (評価書). */
export async function listAssessments(db: Db, f: AssessmentFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select(assessmentColumns)
    .from(assessments)
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(condition)
    .orderBy(asc(municipalities.code), asc(assessments.publishedOn), asc(assessments.id))
    .$dynamic();
  return { rows: await paged(query, f), total: await db.$count(assessments, condition) };
}

export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>['rows'][number];
