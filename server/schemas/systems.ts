import { z } from '@hono/zod-openapi';
import { cityFields, provenanceFields } from './common';

const ticked = z.boolean().nullable();

export const SystemSchema = z
  .object({
    id: z.number().int(),
    assessment_id: z.number().int(),
    ...cityFields,
    no: z.number().int(),
    name: z.string(),
    name_raw: z.string(),
    canonical: z.string().openapi({ example: 'ワクチン接種記録システム(VRS)' }),
    function: z.string().nullable(),
    connections: z
      .object({
        info_network: ticked.openapi({ description: '情報提供ネットワークシステム' }),
        intra_linkage: ticked.openapi({ description: '庁内連携システム' }),
        juki_net: ticked.openapi({ description: '住民基本台帳ネットワークシステム' }),
        existing_juki: ticked.openapi({ description: '既存住民基本台帳システム' }),
        atena: ticked.openapi({ description: '宛名システム等' }),
        tax: ticked.openapi({ description: '税務システム' }),
        other: ticked.openapi({ description: 'その他' }),
        other_text: z.string().nullable(),
      })
      .openapi({ description: 'true = ticked, false = printed unticked, null = not readable' }),
    ...provenanceFields,
  })
  .openapi('System');

export const SystemCellSchema = z
  .object({
    system: z.string().nullable().openapi({ description: 'the canonical system; null: every system beyond the top ones (「その他」)' }),
    group: z.string(),
    bodies: z.number().int().openapi({ description: 'bodies naming the system with certainty' }),
    uncertain_bodies: z.number().int().openapi({ description: 'further bodies whose system name the reader doubts' }),
  })
  .openapi('SystemCell');

export const SystemMatrixSchema = z
  .object({
    by: z.enum(['prefecture', 'body']),
    groups: z.array(z.object({ key: z.string(), label: z.string() })),
    systems: z.array(z.object({ canonical: z.string(), bodies: z.number().int(), uncertain_bodies: z.number().int() })),
    others: z.boolean(),
    cells: z.array(SystemCellSchema),
  })
  .openapi('SystemMatrix');
