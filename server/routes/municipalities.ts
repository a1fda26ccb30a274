import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listMunicipalities } from '../../db/queries/municipalities';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { MUNICIPALITY_KINDS } from '../../db/schema';
import { MunicipalitySchema } from '../schemas/assessments';
import { booleanFlag, municipalityQuery } from '../schemas/common';

const list = listRoute({
  tag: 'municipalities',
  summary: 'Bodies (prefectures, cities, special wards, towns, villages, ministries…) with their assessment count and peer group (対象人数 band)',
  description: 'resolved=false lists apart the body names the documents write that resolve to no single body, with the reason.',
  rows: 'cities',
  row: MunicipalitySchema,
  filters: {
    municipality: municipalityQuery,
    prefecture: z.string().min(1).max(20).optional().openapi({ example: '東京都' }),
    peer_group: z.string().min(1).max(100).optional().openapi({ example: '10万人以上30万人未満' }),
    kind: z.enum(MUNICIPALITY_KINDS).optional(),
    resolved: booleanFlag.optional().openapi({ description: 'false: the unresolved bodies instead (default true)' }),
    q: z.string().min(1).max(100).optional().openapi({ description: 'part of the name, reading (かな or カナ), code or prefecture', example: 'こがねい' }),
  },
});

export function municipalitiesRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    return listResponse(c, MunicipalitySchema, q, (page) => listMunicipalities(db, { ...q, ...page }), 'municipalities');
  });
}
