import { asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { municipalities, personalInfoFiles, ratings } from '../schema';
import {
  allOf,
  cityColumns,
  inDocuments,
  inFile,
  joinCity,
  paged,
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
  const rows = joinCity(query, ratings.assessmentId)
    .where(condition)
    .orderBy(asc(municipalities.code), asc(ratings.assessmentId), asc(ratings.srcFrom), asc(ratings.id));
  return { rows: await paged(rows, f), total: await db.$count(ratings, condition) };
}

export type RatingRow = Awaited<ReturnType<typeof listRatings>>['rows'][number];

/** The order the form gives the stages of Ⅲ リスク対策; others follow in name order. */
export const STAGE_ORDER = [
  '入手',
  '使用',
  '委託',
  '提供・移転',
  '情報提供ネットワークシステムとの接続',
  '保管・消去',
  '監査',
  '教育・啓発',
  'その他',
];

export function byStageOrder(a: string, b: string) {
  const rank = (s: string) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * Cities × risk stages for a heatmap: per cell the answers given, their ids and the weakest
 * score (a cell is as strong as its weakest answer).
 */
export async function ratingMatrix(db: Db, f: Omit<RatingFilter, keyof Page | 'stage'> = {}) {
  const { rows } = await listRatings(db, f);
  const cells = new Map<string, RatingCell>();
  const cities = new Map<string, { municipality: string | null; municipality_code: string | null }>();
  for (const r of rows) {
    if (r.stage === null) continue;
    const cityKey = r.municipality_code ?? r.municipality ?? '';
    cities.set(cityKey, { municipality: r.municipality, municipality_code: r.municipality_code });
    const key = `${cityKey}\u0000${r.stage}`;
    const cell = cells.get(key) ?? {
      municipality: r.municipality,
      municipality_code: r.municipality_code,
      stage: r.stage,
      count: 0,
      min_score: null,
      max_score: null,
      answers: [],
      rating_ids: [],
    };
    cell.count += 1;
    if (r.answer !== null && !cell.answers.includes(r.answer)) cell.answers.push(r.answer);
    cell.rating_ids.push(r.id);
    if (r.score !== null) {
      cell.min_score = Math.min(cell.min_score ?? r.score, r.score);
      cell.max_score = Math.max(cell.max_score ?? r.score, r.score);
    }
    cells.set(key, cell);
  }
  const stages = [...new Set([...cells.values()].map((c) => c.stage))].sort(byStageOrder);
  return { municipalities: [...cities.values()], stages, cells: [...cells.values()] };
}

export interface RatingCell {
  municipality: string | null;
  municipality_code: string | null;
  stage: string;
  count: number;
  min_score: number | null;
  max_score: number | null;
  answers: string[];
  rating_ids: number[];
}
