import { z } from '@hono/zod-openapi';
import { cityFields, provenanceFields } from './common';

const date = z.string().nullable().openapi({ description: 'いつ時点の計数か (ISO date)', example: '2024-04-01' });

export const ThresholdSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    people_band: z.string().nullable().openapi({ description: 'Ⅱ-1 評価対象の事務の対象人数は何人か, as printed', example: '1万人以上10万人未満' }),
    people_min: z.number().int().nullable(),
    people_max: z.number().int().nullable(),
    people_counted_on: date,
    handlers: z.string().nullable().openapi({ description: 'Ⅱ-2 特定個人情報ファイル取扱者数は500人以上か', example: '500人未満' }),
    handlers_500_or_more: z.boolean().nullable(),
    handlers_counted_on: date,
    incident: z.string().nullable().openapi({ description: 'Ⅱ-3 a serious incident (重大事故) in the past year', example: '発生なし' }),
    incident_occurred: z.boolean().nullable(),
    result: z.string().nullable().openapi({ description: 'Ⅲ しきい値判断結果', example: '基礎項目評価の実施が義務付けられる' }),
    forms_submitted: z.string().nullable().openapi({ description: 'Ⅳ-1 提出する特定個人情報保護評価書の種類', example: '基礎項目評価書' }),
    priority_measure: z.string().nullable().openapi({ description: 'Ⅳ 最も優先度が高いと考えられる対策 (令和 versions)' }),
    priority_reason: z.string().nullable().openapi({ description: 'its 判断の根拠' }),
    ...provenanceFields,
  })
  .openapi('Threshold');
