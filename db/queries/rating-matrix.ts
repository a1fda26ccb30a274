import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { summarized } from './summaries/summarized';
import { LEVEL_SCORE } from '../form/scales';
import { byStageOrder, STAGE_ORDER } from '../form/stages';
import { assessments, municipalities, ratings } from '../schema';
import { allOf, inMunicipality } from './filters';
import { fieldState, groupKey, groupLabel, groupOrder, inPrefecture, type GroupFilter } from './groups';

export interface RatingMatrixFilter extends GroupFilter {
  municipality?: string;
  question?: string;
  section?: string;
}

const answerState = fieldState(ratings.states, 'answer');
/** the form's order of the stages, as SQL */
const stageRank = sql`case ${ratings.stage} ${sql.join(STAGE_ORDER.map((s, i) => sql`when ${s} then ${i}`), sql` `)} else ${STAGE_ORDER.length} end`;
const certain = sql`(${ratings.answer} is not null and ${answerState} is null)`;
const atLevel = (score: number | null) =>
  sql<number>`count(case when ${certain} and ${score === null ? sql`${ratings.score} is null` : sql`${ratings.score} = ${score}`} then 1 end)`;

/**
 * Groups (prefectures, or the bodies of one prefecture) × the stages of Ⅲ リスク対策, counted in
 * SQL. Per cell: how many answers were read with certainty, how many stand at each level of
 * their own scale (db/form/scales.ts: the `score` the reader gave), the weakest
 * score among them, and beside them the answers the reader doubts or could not read.
 */
async function computeRatingMatrix(db: Db, f: RatingMatrixFilter) {
  const key = groupKey(f.by);
  const rows = await db
    .select({
      group: key,
      label: groupLabel(f.by),
      stage: ratings.stage,
      answers: sql<number>`count(case when ${certain} then 1 end)`,
      strong: atLevel(LEVEL_SCORE.strong),
      adequate: atLevel(LEVEL_SCORE.adequate),
      weak: atLevel(LEVEL_SCORE.weak),
      ungraded: atLevel(LEVEL_SCORE.ungraded),
      min_score: sql<number | null>`min(case when ${certain} then ${ratings.score} end)`,
      uncertain: sql<number>`count(case when ${answerState} = 'uncertain' then 1 end)`,
      unread: sql<number>`count(case when ${ratings.answer} is null then 1 end)`,
      bodies: sql<number>`count(distinct ${groupKey('body')})`,
    })
    .from(ratings)
    .innerJoin(assessments, eq(ratings.assessmentId, assessments.id))
    .leftJoin(municipalities, eq(assessments.municipalityId, municipalities.id))
    .where(
      allOf(
        sql`${ratings.stage} is not null`,
        inPrefecture(f.prefecture),
        f.municipality !== undefined && inMunicipality(db, ratings.assessmentId, f.municipality),
        f.question !== undefined && eq(ratings.question, f.question),
        f.section !== undefined && eq(ratings.section, f.section),
      ),
    )
    .groupBy(key, ratings.stage)
    .orderBy(groupOrder(f.by), stageRank, ratings.stage);
  const groups = [...new Map(rows.map((r) => [r.group, { key: r.group, label: r.label }])).values()];
  const stages = [...new Set(rows.map((r) => r.stage!))].sort(byStageOrder);
  return { by: f.by, groups, stages, cells: rows.map(({ label: _label, stage, ...r }) => ({ ...r, stage: stage! })) };
}

/** ratingMatrix, its whole-country answer kept by ingestion (./summaries). */
export const ratingMatrix = summarized('rating-matrix', computeRatingMatrix, [{ by: 'prefecture' }]);
