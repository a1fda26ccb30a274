import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listMunicipalities } from '../../db/queries/municipalities';
import { csvResponse, wantsCsv } from '../respond';
import { createRouter } from '../router';
import { MunicipalitySchema } from '../schemas/assessments';
import { errorResponses, listOf, listQuery, municipalityQuery } from '../schemas/common';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['municipalities'],
  summary: 'Cities with their assessment count and peer group (対象人数 band)',
  request: {
    query: listQuery.extend({
      municipality: municipalityQuery,
      prefecture: z.string().min(1).max(20).optional().openapi({ example: '東京都' }),
      peer_group: z.string().min(1).max(100).optional().openapi({ example: '10万人以上30万人未満' }),
    }),
  },
  responses: {
    200: { description: 'cities', content: { 'application/json': { schema: listOf(MunicipalitySchema) } } },
    400: errorResponses[400],
  },
});

export function municipalitiesRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const { rows, total } = await listMunicipalities(db, c.req.valid('query'));
    if (wantsCsv(c)) return csvResponse(c, Object.keys(MunicipalitySchema.shape), rows, 'municipalities');
    return c.json({ rows, total }, 200);
  });
}
