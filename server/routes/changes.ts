import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listChanges } from '../../db/queries/changes';
import { badRequest } from '../errors';
import { csvResponse, wantsCsv } from '../respond';
import { createRouter } from '../router';
import { ChangeSchema } from '../schemas/changes';
import { errorResponses, isoDate, listOf, listQuery, municipalityQuery, wholeNumber } from '../schemas/common';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['changes'],
  summary: 'One row per line of a change table (変更箇所)',
  request: {
    query: listQuery.extend({
      municipality: municipalityQuery,
      assessment_id: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
      from: isoDate.optional().openapi({ description: 'changed_on on or after' }),
      to: isoDate.optional().openapi({ description: 'changed_on on or before' }),
      section: z.string().min(1).max(50).optional().openapi({ description: 'Ⅱ matches Ⅱ and every Ⅱ-n', example: 'Ⅱ' }),
      timing: z.enum(['事前', '事後']).optional(),
    }),
  },
  responses: {
    200: { description: 'changes', content: { 'application/json': { schema: listOf(ChangeSchema) } } },
    400: errorResponses[400],
  },
});

export function changesRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    if (q.from && q.to && q.from > q.to) throw badRequest("parameter 'from' is after 'to'");
    const { rows, total } = await listChanges(db, { ...q, assessmentId: q.assessment_id });
    if (wantsCsv(c)) return csvResponse(c, Object.keys(ChangeSchema.shape), rows, 'changes');
    return c.json({ rows, total }, 200);
  });
}
