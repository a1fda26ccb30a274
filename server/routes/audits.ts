import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listAudits } from '../../db/queries/audits';
import { audits } from '../../db/schema';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, municipalityQuery, triState } from '../schemas/common';
import { AuditSchema } from '../schemas/audits';

const list = listRoute({
  tag: 'audits',
  summary: 'One row per 監査 checkbox: 自己点検, 内部監査, 外部監査',
  rows: 'audit checkboxes',
  row: AuditSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    kind: z.enum(audits.kind.enumValues).optional(),
    checked: triState
      .optional()
      .openapi({ description: 'true = ticked, false = printed unticked, unknown = not readable' }),
    certain: booleanFlag.optional(),
  },
});

export function auditsRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    return listResponse(c, AuditSchema, q, (page) => listAudits(db, { ...q, assessmentId: q.assessment_id, ...page }), 'audits');
  });
}
