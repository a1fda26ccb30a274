import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listContracts } from '../../db/queries/contracts';
import { csvResponse, wantsCsv } from '../respond';
import { createRouter } from '../router';
import { booleanFlag, errorResponses, listOf, listQuery, municipalityQuery, wholeNumber } from '../schemas/common';
import { ContractSchema } from '../schemas/contracts';

const query = listQuery.extend({
  municipality: municipalityQuery,
  assessment_id: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  contractor: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: 'contractor id, normalized name or spelling as printed', example: '株式会社RKKCS' }),
  file: z.string().min(1).max(200).optional().openapi({ description: '特定個人情報ファイル name' }),
  subcontract: z
    .enum(['true', 'false', 'unknown'])
    .optional()
    .openapi({ description: '再委託の有無: true = 再委託する, false = 再委託しない, unknown' }),
  undecided: booleanFlag.optional().openapi({ description: 'true: only contracts whose contractor is 「未定」' }),
  certain: booleanFlag.optional(),
});

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['contracts'],
  summary: 'One row per 委託事項 (outsourced task)',
  request: { query },
  responses: {
    200: { description: 'contracts', content: { 'application/json': { schema: listOf(ContractSchema) } } },
    400: errorResponses[400],
  },
});

export const SUBCONTRACT = { true: true, false: false, unknown: null } as const;

export function contractsRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { rows, total } = await listContracts(db, {
      ...q,
      assessmentId: q.assessment_id,
      contractor: q.contractor && /^\d+$/.test(q.contractor) ? Number(q.contractor) : q.contractor,
      subcontract: q.subcontract === undefined ? undefined : SUBCONTRACT[q.subcontract],
    });
    if (wantsCsv(c)) return csvResponse(c, Object.keys(ContractSchema.shape), rows, 'contracts');
    return c.json({ rows, total }, 200);
  });
}
