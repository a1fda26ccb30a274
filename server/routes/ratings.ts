import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { ratingMatrix } from '../../db/queries/rating-matrix';
import { listRatings } from '../../db/queries/ratings';
import { csvResponse, listResponse, wantsCsv } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, errorResponses, groupQuery, listQuery, municipalityQuery, wholeNumber, prefectureQuery } from '../schemas/common';
import { RatingCellSchema, RatingMatrixSchema, RatingSchema } from '../schemas/ratings';

const text = (description: string, example?: string) =>
  z.string().min(1).max(200).optional().openapi({ description, example });

const filters = {
  municipality: municipalityQuery,
  assessment_id: assessmentIdQuery,
  prefecture: prefectureQuery,
  file: text('特定個人情報ファイル name'),
  section: text('part of the form', 'Ⅲ'),
  question: text('the graded question', 'リスクへの対策は十分か'),
  answer: text('the answer given', '課題が残されている'),
  max_score: wholeNumber(0, 100).optional().openapi({ description: 'answers scored at or below this' }),
  certain: booleanFlag.optional(),
};

const list = listRoute({
  tag: 'ratings',
  summary: 'One row per graded answer',
  rows: 'ratings',
  row: RatingSchema,
  filters: { ...filters, stage: text('risk stage', '使用') },
});

const matrix = createRoute({
  method: 'get',
  path: '/matrix',
  tags: ['ratings'],
  summary: 'Prefectures (or the bodies of one prefecture) × risk stages: answers per level of their scale, certain and doubted (CSV: one row per cell)',
  request: {
    query: z.object({
      format: listQuery.shape.format,
      ...groupQuery,
      municipality: municipalityQuery,
      question: filters.question,
      section: filters.section,
    }),
  },
  responses: {
    200: { description: 'the matrix', content: { 'application/json': { schema: RatingMatrixSchema } } },
    400: errorResponses[400],
  },
});

function toFilter<Q extends { assessment_id?: number; max_score?: number }>(q: Q) {
  return { ...q, assessmentId: q.assessment_id, maxScore: q.max_score };
}

export function ratingsRoutes(db: Db) {
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      return listResponse(c, RatingSchema, q, (page) => listRatings(db, { ...toFilter(q), ...page }), 'ratings');
    })
    .openapi(matrix, async (c) => {
      const q = c.req.valid('query');
      const m = await ratingMatrix(db, { ...q, by: q.by ?? (q.prefecture ? 'body' : 'prefecture') });
      if (wantsCsv(c)) return csvResponse(c, Object.keys(RatingCellSchema.shape), m.cells, 'ratings-matrix');
      return c.json(m, 200);
    });
}
