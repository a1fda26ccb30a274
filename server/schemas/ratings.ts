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

const count = (description: string) => z.number().int().openapi({ description });

export const RatingCellSchema = z
  .object({
    group: z.string().openapi({ description: 'the column: prefecture code or body code' }),
    stage: z.string(),
    answers: count('answers read with certainty'),
    strong: count('…at the strongest option of their scale (特に力を入れて…)'),
    adequate: count('…at the adequate option (十分である, 行っている, 定めている …)'),
    weak: count('…at the lowest option (課題が残されている, 十分に行っていない, 発生あり …)'),
    ungraded: count('…that grade nothing (再委託していない …)'),
    min_score: z.number().int().nullable().openapi({ description: 'the weakest certain answer of the cell' }),
    uncertain: count('answers the reader doubts: not in the counts above'),
    unread: count('questions whose answer was not read'),
    bodies: count('bodies in the cell'),
  })
  .openapi('RatingCell');

export const RatingMatrixSchema = z
  .object({
    by: z.enum(['prefecture', 'body']),
    groups: z.array(z.object({ key: z.string(), label: z.string() })),
    stages: z.array(z.string()),
    cells: z.array(RatingCellSchema),
  })
  .openapi('RatingMatrix');
