import { z } from '@hono/zod-openapi';
import { cityFields, provenanceFields } from './common';

export const FileSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    no: z.number().int(),
    name: z.string().openapi({ description: '特定個人情報ファイル名', example: '予防接種対象者関係情報ファイル' }),
    file_kind: z.string().nullable().openapi({ description: '①ファイルの種類' }),
    people_band: z.string().nullable().openapi({ description: '②対象となる本人の数', example: '10万人以上100万人未満' }),
    people_min: z.number().int().nullable(),
    people_max: z.number().int().nullable(),
    items_band: z.string().nullable().openapi({ description: '記録される項目の数', example: '10項目以上50項目未満' }),
    items_min: z.number().int().nullable(),
    items_max: z.number().int().nullable(),
    holding_start_on: z.string().nullable().openapi({ description: '保有開始日 (ISO)' }),
    ...provenanceFields,
  })
  .openapi('File');
