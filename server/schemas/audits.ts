import { z } from '@hono/zod-openapi';
import { audits } from '../../db/schema';
import { cityFields, provenanceFields } from './common';

export const AuditSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    kind: z.enum(audits.kind.enumValues),
    checked: z.boolean().nullable().openapi({ description: 'true = ticked, false = printed unticked, null = not readable' }),
    ...provenanceFields,
  })
  .openapi('Audit');
