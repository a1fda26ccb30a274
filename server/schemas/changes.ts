import { z } from '@hono/zod-openapi';
import { cityFields, provenanceFields } from './common';

export const ChangeSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    seq: z.number().int(),
    changed_on: z.string().nullable().openapi({ description: '変更日 (ISO)', example: '2024-04-01' }),
    changed_on_raw: z.string().nullable(),
    item: z.string().nullable(),
    section: z.string().nullable().openapi({ example: 'Ⅱ-4' }),
    before: z.string().nullable(),
    after: z.string().nullable(),
    timing: z.enum(['事前', '事後']).nullable(),
    timing_explanation: z.string().nullable().openapi({ description: '提出時期に係る説明' }),
    ...provenanceFields,
  })
  .openapi('Change');
