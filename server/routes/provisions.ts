import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listProvisions } from '../../db/queries/provisions';
import { provisions } from '../../db/schema';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, municipalityQuery } from '../schemas/common';
import { ProvisionSchema } from '../schemas/provisions';

const list = listRoute({
  tag: 'provisions',
  summary: 'One row per 提供先 (to another body) or 移転先 (within the body) of Ⅱ-5',
  rows: 'provisions and transfers',
  row: ProvisionSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    file: z.string().min(1).max(200).optional().openapi({ description: '特定個人情報ファイル name' }),
    direction: z.enum(provisions.direction.enumValues).optional(),
    recipient: z.string().min(1).max(200).optional().openapi({ description: 'part of the 提供先 / 移転先', example: '市町村長' }),
    certain: booleanFlag.optional(),
  },
});

export function provisionsRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    return listResponse(c, ProvisionSchema, q, (page) => listProvisions(db, { ...q, assessmentId: q.assessment_id, ...page }), 'provisions');
  });
}
