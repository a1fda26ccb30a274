import { asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, personalInfoFiles, ratings } from '../schema';
import {
  allOf,
  cityColumns,
  inDocuments,
  inFile,
  joinCity,
  pageCondition,
  provenanceColumns,
  type DocumentFilter,
  type Page,
} from './filters';

export interface RatingFilter extends DocumentFilter, Page {
  file?: string;
  section?: string;
  stage?: string;
  question?: string;
  answer?: string;
  /** answers scored at or below this (the weakest answers) */
  maxScore?: number;
  certain?: boolean;
}

function where(db: Db, f: RatingFilter) {
  return allOf(
    inDocuments(db, ratings.assessmentId, f),
    f.file !== undefined && inFile(db, ratings.fileId, f.file),
    f.section !== undefined && eq(ratings.section, f.section),
    f.stage !== undefined && eq(ratings.stage, f.stage),
    f.question !== undefined && eq(ratings.question, f.question),
    f.answer !== undefined && eq(ratings.answer, f.answer),
    f.maxScore !== undefined && lte(ratings.score, f.maxScore),
    f.certain !== undefined && eq(ratings.certain, f.certain),
  );
}

/** One row per graded answer of the form. */
export async function listRatings(db: Db, f: RatingFilter = {}) {
  const condition = where(db, f);
  const query = db
    .select({
      id: ratings.id,
      assessment_id: ratings.assessmentId,
      ...cityColumns,
      file: personalInfoFiles.name,
      section: ratings.section,
      stage: ratings.stage,
      risk: ratings.risk,
      question: ratings.question,
      answer: ratings.answer,
      score: ratings.score,
      options: ratings.options,
      measure: ratings.measure,
      ...provenanceColumns(ratings),
    })
    .from(ratings)
    .leftJoin(personalInfoFiles, eq(ratings.fileId, personalInfoFiles.id))
    .$dynamic();
  const order = [asc(municipalities.code), asc(ratings.assessmentId), asc(ratings.srcFrom), asc(ratings.id)];
  const ids = joinCity(db.select({ id: ratings.id }).from(ratings).$dynamic(), ratings.assessmentId).where(condition).orderBy(...order);
  const rows = joinCity(query, ratings.assessmentId)
    .where(pageCondition(ratings.id, ids, condition, f))
    .orderBy(...order);
  return { rows: await rows, total: await db.$count(ratings, condition) };
}

export type RatingRow = Awaited<ReturnType<typeof listRatings>>['rows'][number];
