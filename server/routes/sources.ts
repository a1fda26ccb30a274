import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { getSourceText, spanWithContext } from '../../db/queries/sources';
import { badRequest, notFound } from '../errors';
import { createRouter } from '../router';
import { errorResponses, wholeNumber } from '../schemas/common';
import { SourceSchema } from '../schemas/outliers';

const offset = wholeNumber(0, Number.MAX_SAFE_INTEGER).optional();

const source = createRoute({
  method: 'get',
  path: '/{assessment_id}',
  tags: ['sources'],
  summary: 'The source text around a provenance span',
  description:
    'from/to are UTF-16 offsets as in every row\'s src_from/src_to. Without them the whole text is returned. ' +
    '`context` characters (default 300) are given either side.',
  request: {
    params: z.object({
      assessment_id: wholeNumber(1, Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'assessment_id', in: 'path' }, example: '1' }),
    }),
    query: z.object({
      from: offset,
      to: offset,
      context: wholeNumber(0, 20_000).optional(),
    }),
  },
  responses: {
    200: { description: 'the passage', content: { 'application/json': { schema: SourceSchema } } },
    ...errorResponses,
  },
});

export function sourcesRoutes(db: Db) {
  return createRouter().openapi(source, async (c) => {
    const { assessment_id: id } = c.req.valid('param');
    const q = c.req.valid('query');
    const doc = await getSourceText(db, id);
    if (!doc) throw notFound(`No source text for assessment ${id}`);
    const length = doc.text.length;
    const from = q.from ?? 0;
    const to = q.to ?? (q.from === undefined ? length : from);
    if (from > to) throw badRequest("parameter 'from' is after 'to'");
    if (to > length) throw badRequest(`parameter 'to' is past the end of the text (length ${length})`);
    const { text: _text, ...meta } = doc;
    return c.json({ ...meta, length, ...spanWithContext(doc.text, from, to, q.context ?? 300) }, 200);
  });
}
