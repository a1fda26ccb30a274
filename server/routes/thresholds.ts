import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listThresholds } from '../../db/queries/thresholds';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { assessmentIdQuery, booleanFlag, municipalityQuery } from '../schemas/common';
import { ThresholdSchema } from '../schemas/thresholds';

const list = listRoute({
  tag: 'thresholds',
  summary: 'One row per 基礎項目評価書: しきい値判断項目 (対象人数, 取扱者数, 重大事故), しきい値判断結果 and the priority measure',
  rows: 'threshold items',
  row: ThresholdSchema,
  filters: {
    municipality: municipalityQuery,
    assessment_id: assessmentIdQuery,
    result: z.string().min(1).max(200).optional().openapi({ description: 'しきい値判断結果 as printed', example: '基礎項目評価の実施が義務付けられる' }),
    handlers_500_or_more: booleanFlag.optional(),
    incident_occurred: booleanFlag.optional(),
    certain: booleanFlag.optional(),
  },
});

export function thresholdsRoutes(db: Db) {
  return createRouter().openapi(list, async (c) => {
    const q = c.req.valid('query');
    const filter = { ...q, assessmentId: q.assessment_id, handlers500OrMore: q.handlers_500_or_more, incidentOccurred: q.incident_occurred };
    return listResponse(c, ThresholdSchema, q, (page) => listThresholds(db, { ...filter, ...page }), 'thresholds');
  });
}
