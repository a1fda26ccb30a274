import { z } from '@hono/zod-openapi';
import { cityFields, provenanceFields } from './common';

export const RatingSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    file: z.string().nullable(),
    section: z.string(),
    stage: z.string().nullable().openapi({ example: '使用' }),
    risk: z.string().nullable(),
    question: z.string().openapi({ example: 'リスクへの対策は十分か' }),
    answer: z.string().nullable().openapi({ example: '十分である' }),
    score: z.number().int().nullable().openapi({ description: 'ordinal, higher = stronger protection' }),
    options: z.array(z.string()).nullable(),
    measure: z.string().nullable(),
    ...provenanceFields,
  })
  .openapi('Rating');

const cityOfCell = z.object(cityFields);

export const RatingCellSchema = z
  .object({
    ...cityFields,
    stage: z.string(),
    count: z.number().int(),
    min_score: z.number().int().nullable().openapi({ description: 'the weakest answer of the cell' }),
    max_score: z.number().int().nullable(),
    answers: z.array(z.string()),
    rating_ids: z.array(z.number().int()),
  })
  .openapi('RatingCell');

export const RatingMatrixSchema = z
  .object({ municipalities: z.array(cityOfCell), stages: z.array(z.string()), cells: z.array(RatingCellSchema) })
  .openapi('RatingMatrix');
