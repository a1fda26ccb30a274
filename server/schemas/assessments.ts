import { z } from '@hono/zod-openapi';
import { AFFAIRS } from '../../db/form/affairs';
import { ASSESSMENT_KINDS, LAYOUTS, MUNICIPALITY_KINDS } from '../../db/schema';
import { AuditSchema } from './audits';
import { ChangeSchema } from './changes';
import { cityFields, FieldStatesSchema, ReasonSchema } from './common';
import { ContractSchema } from './contracts';
import { FileSchema } from './files';
import { ProcedureSchema } from './procedures';
import { ProvisionSchema } from './provisions';
import { RatingSchema } from './ratings';
import { SystemSchema } from './systems';
import { ThresholdSchema } from './thresholds';

export const BODY_KINDS = [...MUNICIPALITY_KINDS, 'unresolved'] as const;

export const MunicipalitySchema = z
  .object({
    id: z.number().int().nullable().openapi({ description: 'null for an unresolved body' }),
    code: z.string().nullable().openapi({ description: '全国地方公共団体コード; null for a body without one (a ministry) or an unresolved body', example: '132101' }),
    name: z.string().openapi({ description: 'the body; for an unresolved body, its name as the documents write it', example: '小金井市' }),
    kind: z
      .enum(BODY_KINDS)
      .nullable()
      .openapi({ description: 'prefecture, city, special_ward (Tokyo), town, village, national (ministries), other (機構, 広域連合…); unresolved: the text does not decide the body', example: 'city' }),
    prefecture: z.string().nullable(),
    prefecture_code: z.string().nullable(),
    kana: z.string().nullable(),
    resolved: z.boolean().openapi({ description: 'false: a name the documents write that resolves to no single body (see reason)' }),
    reason: ReasonSchema.nullable().openapi({ description: 'why an unresolved body is not decided' }),
    assessment_count: z.number().int(),
    peer_group: z.string().nullable().openapi({ description: 'the 対象人数 band of its newest assessment', example: '10万人以上30万人未満' }),
    peer_group_min: z.number().int().nullable(),
    peer_group_max: z.number().int().nullable(),
  })
  .openapi('Municipality');

export const AssessmentSchema = z
  .object({
    id: z.number().int(),
    ...cityFields,
    prefecture: z.string().nullable(),
    body_kind: z.enum(MUNICIPALITY_KINDS).nullable().openapi({ description: "the body's kind; null when unresolved" }),
    body_resolved: z.boolean().openapi({ description: 'false when the text does not decide the body: municipality is null, body_name as written, field_states.body says why' }),
    body_name: z.string().nullable().openapi({ description: 'the body as the document writes it (評価実施機関名 / 宣言 / text)', example: '東京都小金井市長' }),
    number: z.string().nullable().openapi({ description: '評価書番号' }),
    title: z.string().nullable().openapi({ description: '評価書名' }),
    kind: z.enum(ASSESSMENT_KINDS).nullable(),
    agency: z.string().nullable().openapi({ description: '評価実施機関名' }),
    published_on: z.string().nullable().openapi({ description: '公表日 (ISO)' }),
    approved_on: z.string().nullable().openapi({ description: '個人情報保護委員会 承認日 (ISO)' }),
    form_version: z.string().nullable().openapi({ example: '平成30年5月 様式4' }),
    affair: z.enum(AFFAIRS).nullable().openapi({ description: "the affair's class; null when not classed (field_states.affair says why)", example: '予防接種' }),
    affair_name: z.string().nullable().openapi({ description: '①事務の名称 as printed' }),
    peer_group: z.string().nullable().openapi({ description: 'Ⅰ-2 ③対象人数' }),
    source_file: z.string(),
    layout: z.enum(LAYOUTS),
    field_states: FieldStatesSchema,
  })
  .openapi('Assessment');

const located = { srcFrom: z.number().int(), srcTo: z.number().int(), lineFrom: z.number().int(), lineTo: z.number().int() };

const ExtractionReportSchema = z.object({
  report: z.object({
    sourceFile: z.string(),
    layout: z.string(),
    encoding: z.string(),
    counts: z.record(z.string(), z.number()),
    partsPresent: z.array(z.string()),
    partsAbsent: z.array(z.string()),
    doubts: z.array(
      z.object({
        resource: z.string(),
        item: z.string().openapi({ description: 'the item in the form\'s words', example: '委託事項2' }),
        field: z.string().openapi({ example: 'contractor_raw' }),
        value: z.string().nullable(),
        state: z.enum(['uncertain', 'unread']),
        reason: ReasonSchema,
        ...located,
      }),
    ),
    gaps: z.array(z.object({ item: z.string(), reason: ReasonSchema, ...located })),
    notes: z.array(ReasonSchema).optional().openapi({ description: 'what reading the file noted: control characters removed, a cut-off ending' }),
  }),
  text: z.string().openapi({ description: 'the report as `npm run ingest` prints it (English)' }),
});

export const AssessmentDetailSchema = AssessmentSchema.extend({
  affair_content: z.string().nullable(),
  target_band_text: z.string().nullable(),
  target_min: z.number().int().nullable(),
  target_max: z.number().int().nullable(),
  network_linkage: z.string().nullable(),
  department: z.string().nullable(),
  department_head: z.string().nullable(),
  source_sha256: z.string(),
  source_encoding: z.string(),
  parts_present: z.array(z.string()),
  parts_absent: z.array(z.string()),
  files: z.array(FileSchema),
  systems: z.array(SystemSchema),
  contracts: z.array(ContractSchema),
  provisions: z.array(ProvisionSchema),
  ratings: z.array(RatingSchema),
  audits: z.array(AuditSchema),
  procedures: z.array(ProcedureSchema),
  changes: z.array(ChangeSchema),
  thresholds: z.array(ThresholdSchema).openapi({ description: "the 基礎項目評価書's しきい値判断 (empty for the other forms)" }),
  extraction_report: ExtractionReportSchema.nullable(),
}).openapi('AssessmentDetail');
