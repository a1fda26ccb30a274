import { z } from '@hono/zod-openapi';
import { OUTLIER_KINDS, SEVERITIES } from '../../db/queries/outliers';
import { cityFields, ReasonSchema } from './common';

export const EvidenceSchema = z
  .object({
    table: z.string().openapi({ example: 'ratings' }),
    id: z.number().int().nullable(),
    assessment_id: z.number().int(),
    label: z.string(),
    reason: ReasonSchema.optional().openapi({ description: 'for a doubted value: why the reader doubts it' }),
    src_from: z.number().int().nullable().openapi({ description: 'span for /api/sources/{assessment_id}' }),
    src_to: z.number().int().nullable(),
    line_from: z.number().int().nullable(),
    line_to: z.number().int().nullable(),
  })
  .openapi('Evidence');

export const OutlierSchema = z
  .object({
    id: z.string().openapi({ example: 'weak_answer:ratings:12' }),
    ...cityFields,
    assessment_id: z.number().int().nullable(),
    kind: z.enum(OUTLIER_KINDS),
    severity: z.enum(SEVERITIES),
    detail: z.string().openapi({ description: 'why the flag was raised, with the measure' }),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('Outlier');

export const SearchHitSchema = z
  .object({
    assessment_id: z.number().int(),
    assessment_title: z.string().nullable(),
    ...cityFields,
    kind: z.string().openapi({ description: "'source' (a passage of the text) or the table of an extracted value" }),
    ref_id: z.number().int().nullable().openapi({ description: 'id of the extracted row, if any' }),
    src_from: z.number().int(),
    src_to: z.number().int(),
    hit: z.string().openapi({ description: 'the matched words as written' }),
    snippet: z.string(),
    hit_from: z.number().int().nullable().openapi({ description: 'offset of the hit itself, when the entry is a verbatim passage' }),
    hit_to: z.number().int().nullable(),
  })
  .openapi('SearchHit');

export const SourceSchema = z
  .object({
    assessment_id: z.number().int(),
    ...cityFields,
    source_file: z.string(),
    length: z.number().int().openapi({ description: 'the text length in UTF-16 code units' }),
    from: z.number().int(),
    to: z.number().int(),
    context_from: z.number().int(),
    context_to: z.number().int(),
    line_from: z.number().int(),
    line_to: z.number().int(),
    before: z.string(),
    text: z.string().openapi({ description: 'the span [from, to) itself' }),
    after: z.string(),
  })
  .openapi('SourcePassage');
