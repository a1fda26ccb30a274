import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from './errors';

/** A sub-app whose request validation answers 400 in the API's one error shape. */
export function createRouter() {
  return new OpenAPIHono({ defaultHook: validationHook });
}
