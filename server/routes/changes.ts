import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { changeTimeline } from '../../db/queries/change-timeline';
import { listChanges } from '../../db/queries/changes';
import { badRequest } from '../errors';
import { csvResponse, listResponse, wantsCsv } from '../respond';
import { createRouter, listRoute } from '../router';
import { ChangeSchema, ChangeTimelineCellSchema, ChangeTimelineSchema } from '../schemas/changes';
import { assessmentIdQuery, errorResponses, groupQuery, isoDate, listQuery, municipalityQuery, prefectureQuery } from '../schemas/common';

const filters = {
  municipality: municipalityQuery,
  section: z.string().min(1).max(50).optional().openapi({ description: 'Ⅱ matches Ⅱ and every Ⅱ-n', example: 'Ⅱ' }),
  timing: z.enum(['事前', '事後']).optional(),
};

const list = listRoute({
  tag: 'changes',
  summary: 'One row per line of a change table (変更箇所)',
  rows: 'changes',
  row: ChangeSchema,
  filters: {
    ...filters,
    prefecture: prefectureQuery,
    assessment_id: assessmentIdQuery,
    from: isoDate.optional().openapi({ description: 'changed_on on or after' }),
    to: isoDate.optional().openapi({ description: 'changed_on on or before' }),
  },
});

const timeline = createRoute({
  method: 'get',
  path: '/timeline',
  tags: ['changes'],
  summary: 'Changes per prefecture (or body of one prefecture) per month or year and 提出時期: certain dates counted, doubted ones beside, undated ones per group (CSV: one row per cell)',
  request: {
    query: z.object({
      format: listQuery.shape.format,
      ...groupQuery,
      ...filters,
      granularity: z.enum(['month', 'year']).optional().openapi({ description: 'periods of a month (default) or a year' }),
    }),
  },
  responses: {
    200: { description: 'the timeline', content: { 'application/json': { schema: ChangeTimelineSchema } } },
    400: errorResponses[400],
  },
});

export function changesRoutes(db: Db) {
  return createRouter()
    .openapi(timeline, async (c) => {
      const q = c.req.valid('query');
      const t = await changeTimeline(db, { ...q, by: q.by ?? (q.prefecture ? 'body' : 'prefecture'), granularity: q.granularity ?? 'month' });
      if (wantsCsv(c)) return csvResponse(c, Object.keys(ChangeTimelineCellSchema.shape), t.cells, 'change-timeline');
      return c.json(t, 200);
    })
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      if (q.from && q.to && q.from > q.to) throw badRequest("parameter 'from' is after 'to'");
      return listResponse(c, ChangeSchema, q, (page) => listChanges(db, { ...q, assessmentId: q.assessment_id, ...page }), 'changes');
    });
}
