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

const contractorCounts = {
  municipality_count: z.number().int().openapi({ description: 'bodies whose contracts name it with a certain ③委託先名' }),
  contract_count: z.number().int().openapi({ description: 'contracts that name it, ③委託先名 certain' }),
  uncertain_municipality_count: z.number().int().openapi({ description: 'further bodies known only from contracts whose ③委託先名 the reader doubts' }),
  uncertain_contract_count: z.number().int().openapi({ description: 'further contracts whose ③委託先名 the reader doubts' }),
};

export const ContractorSchema = z
  .object({
    id: z.number().int(),
    name: z.string().openapi({ example: '株式会社RKKCS' }),
    kind: z.enum(CONTRACTOR_KINDS),
    aliases: z.array(z.string()).openapi({ description: 'the spellings seen in the documents' }),
    ...contractorCounts,
  })
  .openapi('Contractor');

export const ContractorProfileSchema = ContractorSchema.extend({
  prefectures: z
    .array(z.object({ key: z.string(), prefecture: z.string(), ...contractorCounts }))
    .openapi({ description: 'the bodies it serves, counted per prefecture; its contracts: /api/contracts?contractor={id}' }),
}).openapi('ContractorProfile');

export const ContractorMatrixSchema = z
  .object({
    by: z.enum(['prefecture', 'body']),
    groups: z.array(z.object({ key: z.string(), label: z.string() })).openapi({ description: 'the columns: prefectures, or bodies' }),
    contractors: z
      .array(z.object({ id: z.number().int(), name: z.string(), municipality_count: z.number().int(), contract_count: z.number().int(), uncertain_contract_count: z.number().int() }))
      .openapi({ description: 'the rows: the contractors serving most bodies' }),
    others: z.boolean().openapi({ description: 'some cells sum every other contractor (contractor_id null: 「その他」)' }),
    cells: z.array(
      z.object({
        contractor_id: z.number().int().nullable(),
        group: z.string(),
        contracts: z.number().int().openapi({ description: 'contracts naming it, ③委託先名 certain' }),
        bodies: z.number().int(),
        uncertain_contracts: z.number().int().openapi({ description: 'contracts naming it whose ③委託先名 the reader doubts' }),
      }),
    ),
  })
  .openapi('ContractorMatrix');

export const SubcontractShareSchema = z
  .object({
    key: z.string().openapi({ description: 'prefecture code (2 digits) or body code' }),
    label: z.string(),
    contracts: z.number().int().openapi({ description: 'every contract read' }),
    subcontract: z.number().int().openapi({ description: '再委託する, read with certainty' }),
    no_subcontract: z.number().int().openapi({ description: '再委託しない, read with certainty' }),
    uncertain: z.number().int().openapi({ description: 'answers the reader doubts: not in the share' }),
    unread: z.number().int().openapi({ description: 'answers not read: not in the share' }),
    counted: z.number().int(),
    share: z.number().nullable().openapi({ description: 'subcontract / counted; null when nothing is counted' }),
    status: z.enum(['counted', 'none_read', 'part_absent']).openapi({
      description: 'counted: contracts were read; none_read: the documents hold part Ⅱ but no contract was read; part_absent: they lack part Ⅱ',
    }),
  })
  .openapi('SubcontractShare');
