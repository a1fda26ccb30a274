import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listChanges } from '../../db/queries/changes';
import { badRequest } from '../errors';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { ChangeSchema } from '../schemas/changes';
import { assessmentIdQuery, isoDate, municipalityQuery } from '../schemas/common';

const list = listRoute({
  tag: 'changes',
  summary: 'One row per line of a change table (変更箇所)',
  rows: 'changes',
  row: ChangeSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    from: isoDate.optional().openapi({ description: 'changed_on on or after' }),
    to: isoDate.optional().openapi({ description: 'changed_on on or before' }),
    section: z.string().min(1).max(50).optional().openapi({ description: 'Ⅱ matches Ⅱ and every Ⅱ-n', example: 'Ⅱ' }),
    timing: z.enum(['事前', '事後']).optional(),
  },
});

export function changesRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    if (q.from && q.to && q.from > q.to) throw badRequest("parameter 'from' is after 'to'");
    return listResponse(c, ChangeSchema, await listChanges(db, { ...q, assessmentId: q.assessment_id }), 'changes');
  });
}
