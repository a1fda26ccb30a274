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

const count = (description: string) => z.number().int().openapi({ description });

export const ChangeTimelineCellSchema = z
  .object({
    group: z.string().openapi({ description: 'the row: prefecture code (2 digits) or body code' }),
    period: z.string().openapi({ description: 'YYYY-MM by month, YYYY by year', example: '2024-04' }),
    timing: z.enum(['事前', '事後']).nullable().openapi({ description: '提出時期; null when not read' }),
    changes: count('changes whose 変更日 was read with certainty'),
    uncertain: count('changes whose 変更日 the reader doubts: not in `changes`'),
  })
  .openapi('ChangeTimelineCell');

export const ChangeTimelineSchema = z
  .object({
    by: z.enum(['prefecture', 'body']),
    granularity: z.enum(['month', 'year']),
    groups: z
      .array(
        z.object({
          key: z.string(),
          label: z.string(),
          changes: count('dated changes read with certainty'),
          uncertain: count('dated changes whose date is in doubt'),
          undated: count('changes without a 変更日 (blank or not read): in no period'),
        }),
      )
      .openapi({ description: 'the rows, in the order of the national code list' }),
    periods: z.array(z.string()).openapi({ description: 'every period from the first change to the last' }),
    cells: z.array(ChangeTimelineCellSchema),
    undated: count('changes without a 変更日, over every group'),
    sections: z.array(z.string()).openapi({ description: 'the parts of the form the changes point at (Ⅱ for Ⅱ-4), under every filter but `section`' }),
  })
  .openapi('ChangeTimeline');
