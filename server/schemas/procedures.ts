import { z } from '@hono/zod-openapi';
import { PROCEDURE_KINDS } from '../../db/schema';
import { cityFields, provenanceFields } from './common';

export const ProcedureSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    kind: z.enum(PROCEDURE_KINDS),
    started_on: z.string().nullable().openapi({ description: 'ISO date', example: '2021-09-15' }),
    ended_on: z.string().nullable(),
    detail: z.string().nullable(),
    ...provenanceFields,
  })
  .openapi('Procedure');
