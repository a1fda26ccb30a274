import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { searchDocuments, searchText, type AstralDocuments } from '../../db/queries/search';
import { badRequest } from '../errors';
import { listResponse } from '../respond';
import { createRouter } from '../router';
import { assessmentIdQuery, errorResponses, listOf, listQuery, municipalityQuery } from '../schemas/common';
import { SearchHitSchema } from '../schemas/outliers';

const search = createRoute({
  method: 'get',
  path: '/',
  tags: ['search'],
  summary: "Full-text search over the documents' text and extracted values",
  description:
    'Queries of 3+ characters use the FTS5 trigram index (ranked by bm25); a 1–2 character query is ' +
    'answered by a LIKE scan in document order (`mode` says which). The query is matched as a phrase, ' +
    'as typed and in its NFKC form (ＲＫＫＣＳ finds RKKCS).',
  request: {
    query: listQuery.extend({
      q: z.string().max(200).openapi({ example: 'ワクチン接種記録システム' }),
      municipality: municipalityQuery,
      assessment_id: assessmentIdQuery,
      kind: z.string().min(1).max(50).optional().openapi({ description: "'source' or a table name" }),
    }),
  },
  responses: {
    200: {
      description: 'hits, best first',
      content: {
        'application/json': {
          schema: listOf(SearchHitSchema).extend({
            total: z.number().int().openapi({ description: 'hits counted, up to 10,000' }),
            total_capped: z.boolean().openapi({ description: 'true when there are more hits than counted' }),
            mode: z.enum(['fts', 'like']),
          }),
        },
      },
    },
    400: errorResponses[400],
  },
});

/** Hits are short (about 400 bytes of CSV) and every page ranks all of them again: fewer, larger pages. */
const CSV_PAGE_ROWS = 2000;

export function searchRoutes(db: Db) {
  return createRouter().openapi(search, async (c) => {
    const q = c.req.valid('query');
    if (searchText(q.q) === '') throw badRequest("parameter 'q': give a word to search for (control characters are not text)");
    const astralDocuments: AstralDocuments = new Map();
    const hits = (page: { limit: number; offset: number }) => searchDocuments(db, { ...q, assessmentId: q.assessment_id, ...page }, astralDocuments);
    return listResponse(c, SearchHitSchema, q, hits, 'search', { csvPageRows: CSV_PAGE_ROWS });
  });
}
