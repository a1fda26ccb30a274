import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { CONNECTION_TARGETS, listSystems, systemMatrix } from '../../db/queries/systems';
import { csvResponse, wantsCsv } from '../respond';
import { createRouter } from '../router';
import { errorResponses, listOf, listQuery, municipalityQuery, wholeNumber } from '../schemas/common';
import { SystemCellSchema, SystemMatrixSchema, SystemSchema } from '../schemas/systems';

const filters = {
  municipality: municipalityQuery,
  assessment_id: wholeNumber(1, Number.MAX_SAFE_INTEGER).optional(),
  connected_to: z
    .enum(CONNECTION_TARGETS)
    .optional()
    .openapi({ description: 'only systems whose ③他のシステムとの接続 ticks this target' }),
};

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['systems'],
  summary: 'One row per system of Ⅰ-2, with its connection checkboxes',
  request: {
    query: listQuery.extend({
      ...filters,
      canonical: z.string().min(1).max(200).optional().openapi({ example: '中間サーバー' }),
    }),
  },
  responses: {
    200: { description: 'systems', content: { 'application/json': { schema: listOf(SystemSchema) } } },
    400: errorResponses[400],
  },
});

const matrix = createRoute({
  method: 'get',
  path: '/matrix',
  tags: ['systems'],
  summary: 'Cities × canonical systems (CSV: one row per cell)',
  request: { query: z.object({ format: listQuery.shape.format, ...filters }) },
  responses: {
    200: { description: 'the matrix', content: { 'application/json': { schema: SystemMatrixSchema } } },
    400: errorResponses[400],
  },
});

function toFilter<Q extends { assessment_id?: number; connected_to?: (typeof CONNECTION_TARGETS)[number] }>(q: Q) {
  return { ...q, assessmentId: q.assessment_id, connectedTo: q.connected_to };
}

export function systemsRoutes(db: Db) {
  return createRouter()
    .openapi(list, async (c) => {
      const { rows, total } = await listSystems(db, toFilter(c.req.valid('query')));
      if (wantsCsv(c)) return csvResponse(c, Object.keys(SystemSchema.shape), rows, 'systems');
      return c.json({ rows, total }, 200);
    })
    .openapi(matrix, async (c) => {
      const m = await systemMatrix(db, toFilter(c.req.valid('query')));
      if (wantsCsv(c)) return csvResponse(c, Object.keys(SystemCellSchema.shape), m.cells, 'systems-matrix');
      return c.json(m, 200);
    });
}
