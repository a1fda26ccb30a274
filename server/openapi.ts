import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env, Schema } from 'hono';

type Operation = {
  parameters?: { name?: string; in?: string }[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
};

const CSV = {
  'text/csv': {
    schema: {
      type: 'string',
      description: 'the whole filtered list (from `offset`, up to `limit` when given) as CSV, streamed: UTF-8 with BOM, header row of the JSON field names',
    },
  },
};

/**
 * The OpenAPI document of the app. Routes declare only their JSON form (so the typed client
 * keeps its types); every operation that takes `format` also answers text/csv, added here.
 */
export function openApiDocument<E extends Env, S extends Schema, B extends string>(app: OpenAPIHono<E, S, B>) {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'pia-compare API',
      version: '0.1.0',
      description:
        "Read-only API over Japanese municipalities' My Number privacy impact assessments (特定個人情報保護評価書). " +
        'Errors are `{ "error": { "code", "message" } }`. Lists answer a page as `{ rows, total, next }`: 100 rows ' +
        'unless `limit` asks for up to 1,000, a page the client did not size cut short before 1 MB, `next` the URL ' +
        'of the following page (null on the last). `format=csv` (or `Accept: text/csv`) answers the whole filtered ' +
        'list, streamed.',
    },
  });
  for (const item of Object.values(doc.paths ?? {})) {
    const get = (item as { get?: Operation }).get;
    const ok = get?.responses?.['200'];
    if (ok?.content && get?.parameters?.some((p) => p.name === 'format' && p.in === 'query')) {
      ok.content = { ...ok.content, ...CSV };
    }
  }
  return doc;
}
