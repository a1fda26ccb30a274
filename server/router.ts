import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import { validationHook } from './errors';
import { errorResponses, listOf, listQuery } from './schemas/common';

/** A sub-app whose request validation answers 400 in the API's one error shape. */
export function createRouter() {
  return new OpenAPIHono({ defaultHook: validationHook });
}

interface ListRouteConfig<F extends z.ZodRawShape, R extends z.ZodObject> {
  tag: string;
  summary: string;
  description?: string;
  /** the list's own query parameters; format, limit and offset are added */
  filters: F;
  row: R;
  /** what the 200 answer holds, e.g. 'contracts' */
  rows: string;
}

/** `GET /` of a list resource: its filters and the shape of its rows, documented once. */
export function listRoute<F extends z.ZodRawShape, R extends z.ZodObject>(config: ListRouteConfig<F, R>) {
  const { tag, summary, description, filters, row, rows } = config;
  return createRoute({
    method: 'get',
    path: '/',
    tags: [tag],
    summary,
    ...(description === undefined ? {} : { description }),
    request: { query: listQuery.extend(filters) },
    responses: {
      200: { description: `a page of ${rows}, the total and the next page`, content: { 'application/json': { schema: listOf(row) } } },
      400: errorResponses[400],
    },
  });
}
