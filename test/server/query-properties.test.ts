/**
 * Property-based tests over every GET route of the app's OpenAPI document (so a new route is
 * covered as soon as it is documented), on the five seeds: whatever the query string, the API
 * answers without a 5xx, every 4xx is the one error shape, and limit/offset page the same rows.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson, useSeedApp } from '../helpers/api';
import { getOperations, pagingOf, requestTo, requiredExamples, type Operation } from '../helpers/openapi-requests';

const seeds = useSeedApp();
let operations: Operation[] = [];

beforeAll(async () => {
  operations = getOperations(await getJson(seeds.app, '/api/openapi.json'));
});

/** Why a response breaks the API's contract, or null: no 5xx, and every 4xx `{ error: { code, message } }`. */
async function breach(res: Response): Promise<string | null> {
  const text = await res.text();
  if (res.status >= 500) return `${res.status} ${text.slice(0, 200)}`;
  if (res.status < 400) return null;
  if (!res.headers.get('content-type')?.startsWith('application/json')) return `${res.status} is not JSON`;
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  const ok =
    Object.keys(body).join() === 'error' &&
    Object.keys(body.error ?? {}).sort().join() === 'code,message' &&
    typeof body.error?.code === 'string' &&
    typeof body.error?.message === 'string' &&
    body.error.message.length > 0;
  return ok ? null : `${res.status} not in the error shape: ${text.slice(0, 200)}`;
}

const isList = (op: Operation) => ['limit', 'offset'].every((n) => op.parameters.some((p) => p.in === 'query' && p.name === n));

describe('every route, any query string', () => {
  it('covers the documented routes', () => {
    expect(operations.length).toBeGreaterThanOrEqual(19);
    expect(operations.filter(isList).length).toBeGreaterThanOrEqual(13);
  });

  it('never answers 5xx, and every 4xx is the one error shape', async () => {
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(requestTo(op), async (url) => {
          const problem = await breach(await seeds.app.request(url));
          if (problem) throw new Error(`${url} → ${problem}`);
        }),
        { numRuns: 200 },
      );
    }
  }, 120_000);
});

describe('limit and offset on every list', () => {
  interface List {
    rows: unknown[];
    total: number;
    next: string | null;
  }

  it('a valid page is that window of the whole list; anything else is a 400', async () => {
    for (const op of operations.filter(isList)) {
      const base = `${op.path}?${new URLSearchParams(requiredExamples(op))}`;
      const { total } = await getJson<List>(seeds.app, base);
      const all = total ? (await getJson<List>(seeds.app, `${base}&limit=${total}`)).rows : [];
      expect(all, op.path).toHaveLength(total);
      await fc.assert(
        fc.asyncProperty(pagingOf(op), async ({ page, url }) => {
          const res = await seeds.app.request(url);
          const valid = [page.limit, page.offset].every((v) => v === undefined || /^\d+$/.test(v));
          if (!valid || res.status !== 200) {
            const problem = res.status === 400 ? await breach(res) : `${res.status}, expected 400`;
            if (problem) throw new Error(`${url} → ${problem}`);
            return;
          }
          const body = (await res.json()) as List;
          const from = Number(page.offset ?? 0);
          expect(body.total, url).toBe(total);
          const want = page.limit === undefined ? body.rows.length : Math.min(Number(page.limit), Math.max(0, total - from));
          expect(body.rows.length, url).toBe(want);
          if (from < total) expect(body.rows.length, url).toBeGreaterThan(0);
          expect(body.rows, url).toEqual(all.slice(from, from + want));
          // `next` is this request with the offset moved on, while rows remain
          const after = from + body.rows.length;
          if (body.rows.length && after < total) {
            const next = new URL(body.next!, 'http://api.test');
            expect(next.pathname, url).toBe(new URL(url, 'http://api.test').pathname);
            expect(next.searchParams.get('offset'), url).toBe(String(after));
            expect(next.searchParams.get('limit'), url).toBe(page.limit ?? null);
          } else expect(body.next, url).toBeNull();
        }),
        { numRuns: 100 },
      );
    }
  }, 120_000);

  it('offset alone answers the rows after it (it was a 500: `offset ?` without LIMIT)', async () => {
    const all = await getJson<List>(seeds.app, '/api/contracts');
    expect(all.total).toBe(16);
    // by city code: 小金井市 3, 横浜市 7, then 防府市 2 and 北九州市 4
    const after = await getJson<{ rows: { municipality: string }[]; total: number }>(seeds.app, '/api/contracts?offset=10');
    expect(after).toEqual({ rows: all.rows.slice(10), total: 16, next: null });
    expect(after.rows.map((r) => r.municipality)).toEqual(['防府市', '防府市', '北九州市', '北九州市', '北九州市', '北九州市']);
    expect((await getJson<List>(seeds.app, '/api/changes?offset=100000')).rows).toEqual([]);
  });
});
