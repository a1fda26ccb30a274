import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { getContractor, listContractors } from '../../db/queries/contractors';
import { CONTRACTOR_KINDS } from '../../db/schema';
import { notFound } from '../errors';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { errorResponses, idParam, municipalityQuery } from '../schemas/common';
import { ContractorProfileSchema, ContractorSchema } from '../schemas/contracts';

const list = listRoute({
  tag: 'contracts',
  summary: 'One row per normalized contractor, with its spellings and the cities it serves',
  rows: 'contractors',
  row: ContractorSchema,
  filters: {
    municipality: municipalityQuery,
    q: z.string().min(1).max(200).optional().openapi({ description: 'part of the name or of a spelling' }),
    kind: z.enum(CONTRACTOR_KINDS).optional(),
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
      return listResponse(c, ContractorSchema, await listContractors(db, c.req.valid('query')), 'contractors');
    })
    .openapi(profile, async (c) => {
      const { id } = c.req.valid('param');
      const contractor = await getContractor(db, id);
      if (!contractor) throw notFound(`No contractor with id ${id}`);
      return c.json(contractor, 200);
    });
}
