import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listContracts } from '../../db/queries/contracts';
import { subcontractShares } from '../../db/queries/subcontract-shares';
import { csvResponse, listResponse, wantsCsv } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, errorResponses, groupQuery, listQuery, municipalityQuery, triState, prefectureQuery } from '../schemas/common';
import { ContractSchema, SubcontractShareSchema } from '../schemas/contracts';

const list = listRoute({
  tag: 'contracts',
  summary: 'One row per 委託事項 (outsourced task)',
  rows: 'contracts',
  row: ContractSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    prefecture: prefectureQuery,
    contractor: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'contractor id, normalized name or spelling as printed', example: '株式会社RKKCS' }),
    file: z.string().min(1).max(200).optional().openapi({ description: '特定個人情報ファイル name' }),
    subcontract: triState.optional().openapi({ description: '再委託の有無: true = 再委託する, false = 再委託しない, unknown' }),
    undecided: booleanFlag.optional().openapi({ description: 'true: only contracts whose contractor is 「未定」' }),
    certain: booleanFlag.optional(),
  },
});

const shares = createRoute({
  method: 'get',
  path: '/subcontract-shares',
  tags: ['contracts'],
  summary: 'Per prefecture (or body of one prefecture): the share of contracts that 再委託する, over the answers read with certainty (CSV: one row per group)',
  request: { query: z.object({ format: listQuery.shape.format, ...groupQuery }) },
  responses: {
    200: { description: 'one row per group', content: { 'application/json': { schema: z.object({ rows: z.array(SubcontractShareSchema) }) } } },
    400: errorResponses[400],
  },
});

export function contractsRoutes(db: Db) {
  return createRouter()
    .openapi(shares, async (c) => {
      const q = c.req.valid('query');
      const rows = await subcontractShares(db, { ...q, by: q.by ?? (q.prefecture ? 'body' : 'prefecture') });
      if (wantsCsv(c)) return csvResponse(c, Object.keys(SubcontractShareSchema.shape), rows, 'subcontract-shares');
      return c.json({ rows }, 200);
    })
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const contractor = q.contractor && /^\d+$/.test(q.contractor) ? Number(q.contractor) : q.contractor;
      return listResponse(c, ContractSchema, q, (page) => listContracts(db, { ...q, assessmentId: q.assessment_id, contractor, ...page }), 'contracts');
    });
}
