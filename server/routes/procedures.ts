import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listProcedures } from '../../db/queries/procedures';
import { PROCEDURE_KINDS } from '../../db/schema';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, municipalityQuery } from '../schemas/common';
import { ProcedureSchema } from '../schemas/procedures';

const list = listRoute({
  tag: 'procedures',
  summary: 'One row per step of 評価実施手続 (basic assessment, public comment, third-party review, approval)',
  rows: 'procedure steps',
  row: ProcedureSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    kind: z.enum(PROCEDURE_KINDS).optional(),
    certain: booleanFlag.optional(),
  },
});

export function proceduresRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    return listResponse(c, ProcedureSchema, q, (page) => listProcedures(db, { ...q, assessmentId: q.assessment_id, ...page }), 'procedures');
  });
}
