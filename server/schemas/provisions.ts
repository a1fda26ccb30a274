import { z } from '@hono/zod-openapi';
import { provisions } from '../../db/schema';
import { cityFields, provenanceFields } from './common';

export const ProvisionSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    file: z.string().nullable().openapi({ description: '特定個人情報ファイル name' }),
    direction: z.enum(provisions.direction.enumValues).openapi({ description: '提供 = to another body, 移転 = within the body' }),
    no: z.number().int().openapi({ description: 'N of 提供先N / 移転先N' }),
    recipient: z.string().nullable().openapi({ description: '提供先 / 移転先' }),
    legal_basis: z.string().nullable().openapi({ description: '①法令上の根拠' }),
    purpose: z.string().nullable(),
    information: z.string().nullable().openapi({ description: 'the information provided or transferred' }),
    people_band: z.string().nullable(),
    people_min: z.number().int().nullable(),
    people_max: z.number().int().nullable(),
    method: z.string().nullable(),
    timing: z.string().nullable(),
    ...provenanceFields,
  })
  .openapi('Provision');
