import { z } from '@hono/zod-openapi';
import { CONTRACTOR_KINDS } from '../../db/schema';
import { cityFields, provenanceFields } from './common';

export const ContractSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    file: z.string().nullable().openapi({ description: '特定個人情報ファイル name' }),
    item_no: z.number().int().openapi({ description: 'N of 委託事項N' }),
    title: z.string().nullable(),
    content: z.string().nullable().openapi({ description: '①委託内容' }),
    handlers_band: z.string().nullable().openapi({ description: '②委託先における取扱者数', example: '10人以上50人未満' }),
    handlers_min: z.number().int().nullable(),
    handlers_max: z.number().int().nullable(),
    contractor_raw: z.string().nullable().openapi({ description: '③委託先名 as printed (NFKC-folded)' }),
    contractor_undecided: z.boolean().openapi({ description: 'true when ③委託先名 is 「未定」' }),
    subcontract: z.boolean().nullable().openapi({ description: '④再委託の有無: true = 再委託する, null = unknown' }),
    subcontract_method: z.string().nullable(),
    subcontract_items: z.string().nullable(),
    contractors: z.array(z.string()).openapi({ description: 'normalized contractor names' }),
    contractor_ids: z.array(z.number().int()).openapi({ description: 'ids for /api/contractors/{id}, same order' }),
    ...provenanceFields,
  })
  .openapi('Contract');

export const ContractorSchema = z
  .object({
    id: z.number().int(),
    name: z.string().openapi({ example: '株式会社RKKCS' }),
    kind: z.enum(CONTRACTOR_KINDS),
    aliases: z.array(z.string()).openapi({ description: 'the spellings seen in the documents' }),
    municipality_count: z.number().int(),
    contract_count: z.number().int(),
    municipalities: z.array(z.string()),
  })
  .openapi('Contractor');

export const ContractorProfileSchema = ContractorSchema.extend({
  contracts: z.array(ContractSchema),
}).openapi('ContractorProfile');
