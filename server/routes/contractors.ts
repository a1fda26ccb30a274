import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { contractorMatrix } from '../../db/queries/contractor-matrix';
import { getContractor, listContractors } from '../../db/queries/contractors';
import { CONTRACTOR_KINDS } from '../../db/schema';
import { notFound } from '../errors';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { errorResponses, groupQuery, idParam, municipalityQuery, prefectureQuery, wholeNumber } from '../schemas/common';
import { ContractorMatrixSchema, ContractorProfileSchema, ContractorSchema } from '../schemas/contracts';

const list = listRoute({
  tag: 'contracts',
  summary: 'One row per normalized contractor: its spellings, and the bodies and contracts that name it (certain, and doubted beside)',
  rows: 'contractors',
  row: ContractorSchema,
  filters: {
    municipality: municipalityQuery,
    q: z.string().min(1).max(200).optional().openapi({ description: 'part of the name or of a spelling' }),
    kind: z.enum(CONTRACTOR_KINDS).optional(),
    prefecture: prefectureQuery,
    sort: z.enum(['bodies', 'contracts', 'name']).optional().openapi({ description: 'bodies (default): most bodies served first' }),
  },
});

const profile = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['contracts'],
  summary: "A contractor's profile: its counts, spellings and the bodies it serves per prefecture",
  request: { params: idParam },
  responses: {
    200: { description: 'the contractor', content: { 'application/json': { schema: ContractorProfileSchema } } },
    ...errorResponses,
  },
});

const matrix = createRoute({
  method: 'get',
  path: '/matrix',
  tags: ['contracts'],
  summary: 'Contractors × prefectures (or the bodies of one prefecture): contracts per cell, certain and doubted',
  request: {
    query: z.object({
      ...groupQuery,
      municipality: municipalityQuery,
      top: wholeNumber(1, 200).optional().openapi({ description: 'rows of their own (default 20); the rest summed as 「その他」' }),
    }),
  },
  responses: {
    200: { description: 'the matrix', content: { 'application/json': { schema: ContractorMatrixSchema } } },
    400: errorResponses[400],
  },
});

export function contractorsRoutes(db: Db) {
  return createRouter()
    .openapi(matrix, async (c) => {
      const q = c.req.valid('query');
      return c.json(await contractorMatrix(db, { ...q, by: q.by ?? (q.prefecture ? 'body' : 'prefecture') }), 200);
    })
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      return listResponse(c, ContractorSchema, q, (page) => listContractors(db, { ...q, ...page }), 'contractors');
    })
    .openapi(profile, async (c) => {
      const { id } = c.req.valid('param');
      const contractor = await getContractor(db, id);
      if (!contractor) throw notFound(`No contractor with id ${id}`);
      return c.json(contractor, 200);
    });
}
