import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { getAssessment } from '../../db/queries/assessment-detail';
import { listAssessments } from '../../db/queries/assessments';
import { AFFAIRS } from '../../db/form/affairs';
import { ASSESSMENT_KINDS } from '../../db/schema';
import { badRequest, notFound } from '../errors';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { AssessmentDetailSchema, AssessmentSchema } from '../schemas/assessments';
import { booleanFlag, errorResponses, idParam, isoDate, municipalityQuery } from '../schemas/common';

const list = listRoute({
  tag: 'assessments',
  summary: 'One row per document (評価書)',
  rows: 'assessments',
  row: AssessmentSchema,
  filters: {
    municipality: municipalityQuery,
    kind: z.enum(ASSESSMENT_KINDS).optional(),
    published_from: isoDate.optional(),
    published_to: isoDate.optional(),
    q: z.string().min(1).max(200).optional().openapi({ description: 'part of the title (評価書名)' }),
    affair: z.enum(AFFAIRS).optional().openapi({ description: "the affair's class", example: '予防接種' }),
    resolved: booleanFlag.optional().openapi({ description: 'false: only the documents whose body the text does not decide' }),
  },
});

const detail = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['assessments'],
  summary: 'Everything read from one document, with its extraction report',
  request: { params: idParam },
  responses: {
    200: { description: 'the assessment', content: { 'application/json': { schema: AssessmentDetailSchema } } },
    ...errorResponses,
  },
});

export function assessmentsRoutes(db: Db) {
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      if (q.published_from && q.published_to && q.published_from > q.published_to) {
        throw badRequest("parameter 'published_from' is after 'published_to'");
      }
      return listResponse(c, AssessmentSchema, q, (page) => listAssessments(db, { ...q, ...page }), 'assessments');
    })
    .openapi(detail, async (c) => {
      const { id } = c.req.valid('param');
      const assessment = await getAssessment(db, id);
      if (!assessment) throw notFound(`No assessment with id ${id}`);
      return c.json(assessment, 200);
    });
}
