import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { getStats } from '../../db/queries/stats';
import { createRouter } from '../router';

const StatsSchema = z
  .object({
    municipalities: z.number().int(),
    assessments: z.number().int(),
    contracts: z.number().int(),
    contractors: z.number().int().openapi({ description: 'normalized contractors named in some contract' }),
    changes: z.number().int(),
    newest_change: z.string().nullable().openapi({ description: 'the latest 変更日 (ISO)', example: '2024-04-01' }),
  })
  .openapi('Stats');

const stats = createRoute({
  method: 'get',
  path: '/',
  tags: ['stats'],
  summary: 'How many cities, assessments, contracts, contractors and changes, and the newest change date',
  responses: { 200: { description: 'the counts', content: { 'application/json': { schema: StatsSchema } } } },
});

export function statsRoutes(db: Db) {
  return createRouter().openapi(stats, async (c) => c.json(await getStats(db), 200));
}
