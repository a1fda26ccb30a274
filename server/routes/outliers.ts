import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { listOutliers, MIN_PEERS, MIN_ROWS, OUTLIER_KINDS, SEVERITIES, SHARE_GAP } from '../../db/queries/outliers';
import { listResponse } from '../respond';
import { createRouter, listRoute } from '../router';
import { municipalityQuery } from '../schemas/common';
import { OutlierSchema } from '../schemas/outliers';

const list = listRoute({
  tag: 'outliers',
  rows: 'flags',
  row: OutlierSchema,
  summary: 'Explained flags for oversight, each with the evidence rows it rests on',
  description: [
    'weak_answer: a graded answer 「課題が残されている」「十分に行っていない」 (high) or 「定めていない」「行っていない」 (medium).',
    'incident: 「発生あり」 (a serious incident in the last three years).',
    'renewal_overdue: the newest assessment of an affair published more than five years ago.',
    'contractor_undecided: a 委託事項 whose 委託先名 is 「未定」.',
    `subcontract_share / post_change_share: a city whose share of 再委託する contracts (among those with a known answer) ` +
      `or of 事後 changes (among those with a known timing) differs by ${SHARE_GAP * 100} points or more from the ` +
      `mean share of the other cities (each city counted once; the city needs ${MIN_ROWS}+ rows, and ${MIN_PEERS}+ other cities must have a share).`,
    'uncertain_extraction: per document, the values stored as uncertain and the uncertain facts of its extraction report.',
  ].join('\n\n'),
  filters: {
    municipality: municipalityQuery,
    kind: z.enum(OUTLIER_KINDS).optional(),
    severity: z.enum(SEVERITIES).optional(),
  },
});

/** A flag's evidence runs to 20 kB: CSV pages of 1,000 flags took the server's memory up by about 125 MB, of 250 by 50. */
const CSV_PAGE_ROWS = 250;

/** `now` decides which assessments are overdue; tests pass a fixed clock. */
export function outliersRoutes(db: Db, now: () => Date) {
  return createRouter().openapi(list, async (c) => {
    const today = now().toISOString().slice(0, 10);
    const q = c.req.valid('query');
    return listResponse(c, OutlierSchema, q, (page) => listOutliers(db, { ...q, today, ...page }), 'outliers', {
      csvPageRows: CSV_PAGE_ROWS,
    });
  });
}
