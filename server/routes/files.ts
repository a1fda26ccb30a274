import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listFiles } from '../../db/queries/files';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, municipalityQuery } from '../schemas/common';
import { FileSchema } from '../schemas/files';

const list = listRoute({
  tag: 'files',
  summary: 'One row per 特定個人情報ファイル (Ⅱ)',
  rows: 'files',
  row: FileSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    name: z.string().min(1).max(200).optional().openapi({ description: 'the file name as printed', example: '予防接種対象者関係情報ファイル' }),
    certain: booleanFlag.optional(),
  },
});

export function filesRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    return listResponse(c, FileSchema, q, (page) => listFiles(db, { ...q, assessmentId: q.assessment_id, ...page }), 'files');
  });
}
