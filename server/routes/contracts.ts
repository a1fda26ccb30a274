import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listContracts } from '../../db/queries/contracts';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, municipalityQuery, triState } from '../schemas/common';
import { ContractSchema } from '../schemas/contracts';

const list = listRoute({
  tag: 'contracts',
  summary: 'One row per 委託事項 (outsourced task)',
  rows: 'contracts',
  row: ContractSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
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

export function contractsRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    const contractor = q.contractor && /^\d+$/.test(q.contractor) ? Number(q.contractor) : q.contractor;
    return listResponse(c, ContractSchema, await listContracts(db, { ...q, assessmentId: q.assessment_id, contractor }), 'contracts');
  });
}
