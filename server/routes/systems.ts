import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { systemMatrix } from '../../db/queries/system-matrix';
import { CONNECTION_TARGETS, listSystems } from '../../db/queries/systems';
import { csvResponse, listResponse, wantsCsv } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, errorResponses, groupQuery, listQuery, municipalityQuery, wholeNumber, prefectureQuery } from '../schemas/common';
import { SystemCellSchema, SystemMatrixSchema, SystemSchema } from '../schemas/systems';

const filters = {
  municipality: municipalityQuery,
  assessment_id: assessmentIdQuery,
  prefecture: prefectureQuery,
  connected_to: z
    .enum(CONNECTION_TARGETS)
    .optional()
    .openapi({ description: 'only systems whose ③他のシステムとの接続 ticks this target' }),
};

const list = listRoute({
  tag: 'systems',
  summary: 'One row per system of Ⅰ-2, with its connection checkboxes',
  rows: 'systems',
  row: SystemSchema,
  filters: { ...filters, canonical: z.string().min(1).max(200).optional().openapi({ example: '中間サーバー' }) },
});

const matrix = createRoute({
  method: 'get',
  path: '/matrix',
  tags: ['systems'],
  summary: 'Canonical systems × prefectures (or the bodies of one prefecture): bodies per cell, certain and doubted (CSV: one row per cell)',
  request: {
    query: z.object({
      format: listQuery.shape.format,
      ...groupQuery,
      municipality: municipalityQuery,
      top: wholeNumber(1, 500).optional().openapi({ description: 'rows of their own (default 30); the rest summed as 「その他」' }),
    }),
  },
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
      const q = c.req.valid('query');
      return listResponse(c, SystemSchema, q, (page) => listSystems(db, { ...toFilter(q), ...page }), 'systems');
    })
    .openapi(matrix, async (c) => {
      const q = c.req.valid('query');
      const m = await systemMatrix(db, { ...q, by: q.by ?? (q.prefecture ? 'body' : 'prefecture') });
      if (wantsCsv(c)) return csvResponse(c, Object.keys(SystemCellSchema.shape), m.cells, 'systems-matrix');
      return c.json(m, 200);
    });
}
