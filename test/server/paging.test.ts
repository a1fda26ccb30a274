/**
 * Paging of every list: a JSON page of 100 rows unless asked (at most 1,000), `next` pointing
 * at the rest, a default page cut short before 1 MB; CSV the whole filtered list, streamed a
 * database page at a time. On the five seeds (128 graded answers, 141 change rows), and on a
 * list query of made-up rows where the sizes matter.
 */
import { z } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { csvPages } from '../../server/csv';
import { readPage } from '../../server/respond';
import { JSON_BUDGET_BYTES, listResponse, rowsWithin } from '../../server/respond';
import { expectError, getCsv, getJson, useSeedApp } from '../helpers/api';
import { parseCsv } from '../helpers/parse-csv';

const seeds = useSeedApp();

interface Page<T = { id: number }> {
  rows: T[];
  total: number;
  next: string | null;
}

/** Every page of a list, following `next` from the first. */
async function follow(path: string) {
  const pages: Page[] = [];
  for (let url: string | null = path; url; url = pages.at(-1)!.next) pages.push(await getJson<Page>(seeds.app, url));
  return pages;
}

describe('JSON pages', () => {
  it('a list answers 100 rows, the total and the next page; following next gives every row once', async () => {
    const all = await getJson<Page>(seeds.app, '/api/ratings?limit=1000');
    expect(all.total).toBeGreaterThan(100);
    expect(all.rows).toHaveLength(all.total);
    expect(all.next).toBeNull();
    const pages = await follow('/api/ratings');
    expect(pages.map((p) => p.rows.length)).toEqual([100, all.total - 100]);
    expect(pages[0]!.next).toBe('/api/ratings?offset=100');
    expect(pages.flatMap((p) => p.rows)).toEqual(all.rows);
  });

  it('next keeps the filters and the asked limit', async () => {
    const first = await getJson<Page<{ timing: string }>>(seeds.app, `/api/changes?timing=${encodeURIComponent('事後')}&limit=40`);
    expect(first.rows).toHaveLength(40);
    const next = new URL(first.next!, 'http://api.test');
    expect([...next.searchParams]).toEqual([
      ['timing', '事後'],
      ['limit', '40'],
      ['offset', '40'],
    ]);
    const pages = await follow(`/api/changes?timing=${encodeURIComponent('事後')}&limit=40`);
    const rows = pages.flatMap((p) => p.rows as unknown as { timing: string }[]);
    expect(rows).toHaveLength(first.total);
    expect(new Set(rows.map((r) => r.timing))).toEqual(new Set(['事後']));
  });

  it('a limit above 1,000 is refused, naming the parameter', async () => {
    const { message } = await expectError(await seeds.app.request('/api/contracts?limit=1001'), 400, 'bad_request');
    expect(message).toContain("'limit'");
    expect((await getJson<Page>(seeds.app, '/api/contracts?limit=1000')).next).toBeNull();
  });

  it('search pages the same way, its mode beside', async () => {
    const hits = await getJson<Page & { mode: string }>(seeds.app, `/api/search?q=${encodeURIComponent('予防接種')}&limit=5`);
    expect(hits.mode).toBe('fts');
    expect(hits.total).toBeGreaterThan(5);
    expect(new URL(hits.next!, 'http://api.test').searchParams.get('offset')).toBe('5');
  });
});

describe('the 1 MB budget', () => {
  /** An app over a list of `count` rows of `size` characters of Japanese text (3 bytes each in UTF-8). */
  function bigList(count: number, size: number) {
    const all = Array.from({ length: count }, (_, i) => ({ id: i + 1, text: '変'.repeat(size) }));
    const schema = z.object({ id: z.number(), text: z.string() });
    const query = async ({ limit, offset }: { limit: number; offset: number }) => ({ rows: all.slice(offset, offset + limit), total: all.length });
    return new Hono().get('/big', (c) => {
      const q = c.req.query();
      return listResponse(c, schema, { limit: q.limit ? Number(q.limit) : undefined, offset: q.offset ? Number(q.offset) : undefined }, query, 'big');
    });
  }

  it('a default page stops before 1 MB and says where the rest starts', async () => {
    // 100 rows of 30,000 characters: 90,030 bytes each, 9 MB in all; 11 of them fit in 1 MB
    const res = await bigList(100, 30_000).request('/big');
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(JSON_BUDGET_BYTES);
    const page = JSON.parse(text) as Page;
    expect(page.rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(page.total).toBe(100);
    expect(page.next).toBe('/big?offset=11');
  });

  it('a page the client sized is answered whole, however large', async () => {
    const res = await bigList(100, 30_000).request('/big?limit=20');
    const page = (await res.json()) as Page;
    expect(page.rows).toHaveLength(20);
    expect(page.next).toBe('/big?limit=20&offset=20');
  });

  it('rowsWithin keeps whole rows in order, and at least one', () => {
    const rows = [{ s: 'a'.repeat(10) }, { s: 'b'.repeat(10) }, { s: 'c'.repeat(10) }];
    // {"s":"aaaaaaaaaa"} is 18 bytes, and a comma
    expect(rowsWithin(rows, 38)).toEqual(rows.slice(0, 2));
    expect(rowsWithin(rows, 37)).toEqual(rows.slice(0, 1));
    expect(rowsWithin(rows, 5)).toEqual(rows.slice(0, 1));
    expect(rowsWithin(rows, 1000)).toEqual(rows);
  });
});

describe('CSV: the whole filtered list', () => {
  it('holds every row the JSON pages hold, in order, without a limit', async () => {
    const all = await getJson<Page>(seeds.app, '/api/ratings?limit=1000');
    const [header, ...rows] = parseCsv((await getCsv(seeds.app, '/api/ratings?format=csv')).slice(1));
    expect(rows.map((r) => Number(r[header!.indexOf('id')]))).toEqual(all.rows.map((r) => r.id));
  });

  it('honours offset and limit when asked', async () => {
    const all = await getJson<Page>(seeds.app, '/api/changes?limit=1000');
    const [header, ...rows] = parseCsv((await getCsv(seeds.app, '/api/changes?format=csv&offset=30&limit=50')).slice(1));
    expect(rows.map((r) => Number(r[header!.indexOf('id')]))).toEqual(all.rows.slice(30, 80).map((r) => r.id));
  });

  it('reads the database a page at a time, as the client takes the text', async () => {
    const calls: [number, number][] = [];
    const rows = async (limit: number, offset: number) => {
      calls.push([limit, offset]);
      return Array.from({ length: Math.max(0, Math.min(limit, 10 - offset)) }, (_, i) => ({ n: offset + i }));
    };
    const reader = csvPages(['n'], rows, { pageRows: 3 }).getReader();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const header = await reader.read();
    expect(decoder.decode(header.value)).toBe('\uFEFFn\r\n');
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe('0\r\n1\r\n2\r\n');
    // one page read for one page taken (the stream may pull one ahead, never the whole list)
    expect(calls.length).toBeLessThanOrEqual(2);
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toBe('3\r\n4\r\n5\r\n6\r\n7\r\n8\r\n9\r\n');
    expect(calls).toEqual([
      [3, 0],
      [3, 3],
      [3, 6],
      [3, 9],
    ]);
  });

  it('reads fewer rows at a time while their text runs long, more again once it is short', async () => {
    const calls: [number, number][] = [];
    // rows 0–2999 carry 3 kB of text each (an outlier's evidence), the rest a few bytes
    const rows = async (limit: number, offset: number) => {
      calls.push([limit, offset]);
      return Array.from({ length: Math.max(0, Math.min(limit, 6000 - offset)) }, (_, i) => ({ n: offset + i, text: offset + i < 3000 ? 'x'.repeat(3000) : '' }));
    };
    const text = new TextDecoder().decode(await new Response(csvPages(['n', 'text'], rows)).arrayBuffer());
    expect(text.split('\r\n').length - 2).toBe(6000);
    // 1000 rows × 3 kB pass 2 MB: the next page halves, down to pages under 2 MB; then short rows double it back
    expect(calls.slice(0, 4)).toEqual([
      [1000, 0],
      [500, 1000],
      [500, 1500],
      [500, 2000],
    ]);
    expect(calls.at(-1)![0]).toBe(1000);
  });

  it('reads a page the database refuses as too large again in halves, every row kept in order', async () => {
    const calls: [number, number][] = [];
    const refused = Object.assign(new Error('RESPONSE_TOO_LARGE: Response is too large'), { code: 'RESPONSE_TOO_LARGE' });
    // a libSQL server answering at most 3 rows of these, behind drizzle's own error
    const query = async ({ limit, offset }: { limit: number; offset: number }) => {
      calls.push([limit, offset]);
      if (limit > 3) throw new Error('Failed query: select …', { cause: refused });
      return { rows: Array.from({ length: Math.max(0, Math.min(limit, 9 - offset)) }, (_, i) => ({ n: offset + i })), total: 9 };
    };
    const page = await readPage(query, 8, 0);
    expect(page.rows.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(page.total).toBe(9);
    expect(calls).toEqual([
      [8, 0],
      [4, 0],
      [2, 0],
      [2, 2],
      [4, 4],
      [2, 4],
      [2, 6],
    ]);
    // any other failure is not retried
    const broken = async () => {
      throw new Error('no such table: flags');
    };
    await expect(readPage(broken, 8, 0)).rejects.toThrow('no such table');
  });

  it('stops at the asked limit', async () => {
    const calls: [number, number][] = [];
    const rows = async (limit: number, offset: number) => {
      calls.push([limit, offset]);
      return Array.from({ length: limit }, (_, i) => ({ n: offset + i }));
    };
    const bytes = await new Response(csvPages(['n'], rows, { offset: 5, limit: 4, pageRows: 3 })).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFn\r\n5\r\n6\r\n7\r\n8\r\n');
    expect(calls).toEqual([
      [3, 5],
      [1, 8],
    ]);
  });
});

describe('filters for a drill-down', () => {
  it('a list narrows to the bodies of one prefecture, by name or code', async () => {
    const tokyo = await getJson<Page<{ municipality: string }>>(seeds.app, `/api/changes?prefecture=${encodeURIComponent('東京都')}&limit=1000`);
    expect(tokyo.total).toBeGreaterThan(0);
    expect(new Set(tokyo.rows.map((r) => r.municipality))).toEqual(new Set(['小金井市']));
    expect((await getJson<Page>(seeds.app, '/api/changes?prefecture=13&limit=1000')).rows).toEqual(tokyo.rows);
    for (const list of ['contracts', 'ratings', 'systems']) {
      const rows = (await getJson<Page<{ municipality: string }>>(seeds.app, `/api/${list}?prefecture=35&limit=1000`)).rows;
      expect(new Set(rows.map((r) => r.municipality)), list).toEqual(new Set(['防府市']));
    }
  });

  it('the body picker finds a body by reading, name, code or prefecture', async () => {
    const names = async (q: string) =>
      (await getJson<Page<{ name: string }>>(seeds.app, `/api/municipalities?q=${encodeURIComponent(q)}`)).rows.map((r) => r.name);
    for (const q of ['こがねい', 'コガネイ', 'ｺｶﾞﾈｲ', '小金井', '1321', '東京都小金']) expect(await names(q), q).toEqual(['小金井市']);
    expect(await names('山口県')).toEqual(['防府市']);
    expect(await names('きゅうしゅう')).toEqual(['北九州市']);
    expect(await names('%')).toEqual([]);
  });
});
