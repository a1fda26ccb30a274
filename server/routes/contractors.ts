import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { getContractor, listContractors } from '../../db/queries/contractors';
import { CONTRACTOR_KINDS } from '../../db/schema';
import { notFound } from '../errors';
import { csvResponse, wantsCsv } from '../respond';
import { createRouter } from '../router';
import { errorResponses, idParam, listOf, listQuery, municipalityQuery } from '../schemas/common';
import { ContractorProfileSchema, ContractorSchema } from '../schemas/contracts';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['contracts'],
  summary: 'One row per normalized contractor, with its spellings and the cities it serves',
  request: {
    query: listQuery.extend({
      municipality: municipalityQuery,
      q: z.string().min(1).max(200).optional().openapi({ description: 'part of the name or of a spelling' }),
      kind: z.enum(CONTRACTOR_KINDS).optional(),
    }),
  },
  responses: {
    200: { description: 'contractors', content: { 'application/json': { schema: listOf(ContractorSchema) } } },
    400: errorResponses[400],
  },
});

const profile = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['contracts'],
  summary: "A contractor's profile: every contract it holds, across cities",
  request: { params: idParam },
  responses: {
    200: { description: 'the contractor', content: { 'application/json': { schema: ContractorProfileSchema } } },
    ...errorResponses,
  },
});

export function contractorsRoutes(db: Db) {
  return createRouter()
    .openapi(list, async (c) => {
      const { rows, total } = await listContractors(db, c.req.valid('query'));
      if (wantsCsv(c)) return csvResponse(c, Object.keys(ContractorSchema.shape), rows, 'contractors');
      return c.json({ rows, total }, 200);
    })
    .openapi(profile, async (c) => {
      const { id } = c.req.valid('param');
      const contractor = await getContractor(db, id);
      if (!contractor) throw notFound(`No contractor with id ${id}`);
      return c.json(contractor, 200);
    });
}
