import { expect } from 'vitest';
import type { Db } from '../../db/client';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../../server/app';
import { createFixtureDb } from './fixture-db';
import { createSeedDb } from './seed-db';
import type { TempDb } from './temp-db';

/** The clock the tests judge renewal by. */
export const TEST_NOW = new Date('2025-01-01T00:00:00Z');

export function testApp(db: Db, options: AppOptions = {}) {
  return createApp(db, { now: () => TEST_NOW, ...options });
}

type App = ReturnType<typeof testApp>;

/** GET a path, expect 200 JSON, return the body. */
export async function getJson<T = any>(app: App, path: string, init?: RequestInit): Promise<T> {
  const res = await app.request(path, init);
  const body = await res.text();
  expect(res.status, `${path} → ${body.slice(0, 300)}`).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return JSON.parse(body) as T;
}

/** GET (or other method) a path, expect `status` CSV text; returns the raw bytes as text. */
export async function getCsv(app: App, path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

/** The API's one error shape: `{ error: { code, message } }` with the given status. */
export async function expectError(res: Response, status: number, code?: string) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text);
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  expect(typeof body.error.code).toBe('string');
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/); // no stack frame
  if (code) expect(body.error.code).toBe(code);
  return body.error as { code: string; message: string };
}

/** A database built once for the calling test file, in a fresh temp folder, and an app on it. */
function useApp(create: () => Promise<TempDb>, options: AppOptions = {}) {
  let temp: TempDb | undefined;
  let app: App;
  beforeAll(async () => {
    temp = await create();
    app = testApp(temp.db, options);
  }, 60_000);
  afterAll(() => temp?.dispose());
  return {
    get app() {
      return app;
    },
    get db() {
      return temp!.db;
    },
  };
}

/** The awkward fixture database and an app on it, built once for the calling test file. */
export const useFixtureApp = () => useApp(createFixtureDb);

/** The five seed documents ingested once for the calling test file, and an app on them. */
export const useSeedApp = (options: AppOptions = {}) => useApp(createSeedDb, options);
