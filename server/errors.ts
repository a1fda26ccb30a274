import type { Context, ErrorHandler, MiddlewareHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

/** The one error shape of the API: `{ error: { code, message } }`. */
export interface ApiError {
  error: { code: string; message: string };
}

const CODES: Partial<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  500: 'internal_error',
};

export function errorBody(status: number, message: string): ApiError {
  return { error: { code: CODES[status] ?? `http_${status}`, message } };
}

export function notFound(message: string) {
  return new HTTPException(404, { message });
}

export function badRequest(message: string) {
  return new HTTPException(400, { message });
}

/** Every thrown error becomes the error shape; anything unexpected is logged, never sent. */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    return c.json(errorBody(err.status, err.message || 'Bad request'), err.status as ContentfulStatusCode);
  }
  console.error(err);
  return c.json(errorBody(500, 'Internal server error'), 500);
};

export const onNotFound: NotFoundHandler = (c) =>
  c.json(errorBody(404, `No such resource: ${c.req.method} ${c.req.path}`), 404);

/** The API only reads: any other method gets 405 in the error shape. */
export function readOnly(): MiddlewareHandler {
  return async function readOnly(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    c.header('Allow', 'GET, HEAD');
    return c.json(errorBody(405, `${c.req.method} is not allowed: this API is read-only`), 405);
  };
}

function describe(error: ZodError, target: string) {
  return error.issues
    .map((issue) => {
      const name = issue.path.length ? issue.path.join('.') : target;
      return `${target === 'param' ? 'path parameter' : 'parameter'} '${name}': ${issue.message}`;
    })
    .join('; ');
}

/** The validation hook of every route: a zod failure is a 400 in the error shape. */
export function validationHook(
  result: { success: true; data: unknown; target: string } | { success: false; error: ZodError; target: string },
  c: Context,
) {
  if (!result.success) return c.json(errorBody(400, describe(result.error, result.target)), 400);
}
