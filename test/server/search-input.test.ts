/**
 * Whatever a person types into search is searched as text: FTS5's syntax characters and
 * operators, quotes and control characters never change what matches, never fail the query
 * and never match everything. Counts are of the seeds' indexed passages (checked against a
 * plain substring count of search_entries when written).
 */
import { describe, expect, it } from 'vitest';
import { expectError, getJson, useFixtureApp, useSeedApp } from '../helpers/api';

const seeds = useSeedApp();
const fixture = useFixtureApp();

interface Hits {
  rows: { municipality: string; hit: string; kind: string }[];
  total: number;
  mode: 'fts' | 'like';
}

const search = (app: typeof seeds.app, q: string) => getJson<Hits>(app, `/api/search?limit=1000&q=${encodeURIComponent(q)}`);
const cities = (hits: Hits) => [...new Set(hits.rows.map((r) => r.municipality))].sort();

describe('FTS5 syntax characters are text', () => {
  it('a colon (column filter in FTS5): リスク2: 権限のない者', async () => {
    const hits = await search(seeds.app, 'リスク2: 権限のない者');
    expect(hits).toMatchObject({ mode: 'fts', total: 5 });
    expect(cities(hits)).toEqual(['北九州市', '小金井市', '横浜市', '防府市']);
    expect(hits.rows.every((r) => r.hit === 'リスク2: 権限のない者')).toBe(true);
  });

  it('parentheses (grouping): (別添2) 変更箇所', async () => {
    const hits = await search(seeds.app, '(別添2) 変更箇所');
    expect(hits).toMatchObject({ mode: 'fts', total: 4 });
    expect(cities(hits)).toEqual(['北九州市', '小金井市', '防府市']);
  });

  it('a hyphen (NOT in FTS5): LG-WAN端末, full-width too', async () => {
    const hits = await search(seeds.app, 'LG-WAN端末');
    expect(hits).toMatchObject({ mode: 'fts', total: 7 });
    expect(cities(hits)).toEqual(['小金井市', '横浜市', '防府市']);
    expect((await search(seeds.app, 'ＬＧ－ＷＡＮ端末')).total).toBe(7);
  });

  it('*, ^ and + (prefix, first token, column set) are characters the text does not hold', async () => {
    for (const q of ['ワクチン*', '^リスク', '+リスク', 'リスク*2']) {
      expect(await search(seeds.app, q), q).toMatchObject({ mode: 'fts', total: 0, rows: [] });
    }
  });

  it('AND, OR, NOT and NEAR are words, not operators', async () => {
    for (const q of ['リスク AND 権限', 'リスク OR 権限', 'リスク NOT 権限', 'NEAR(リスク 権限)']) {
      expect(await search(seeds.app, q), q).toMatchObject({ mode: 'fts', total: 0, rows: [] });
    }
    // 25 passages hold both リスク and 権限 (what `リスク AND 権限` would match as FTS5), and
    // the words are found alone: the zeros above are the phrases, not a failure
    expect((await search(seeds.app, '権限のない者')).total).toBe(8);
  });

  it('1–2 characters of syntax go through the substring scan as text', async () => {
    expect(await search(seeds.app, '-')).toMatchObject({ mode: 'like', total: 131 });
    expect(await search(seeds.app, ':')).toMatchObject({ mode: 'like', total: 88 });
    expect(await search(seeds.app, '*')).toMatchObject({ mode: 'like', total: 0 });
    expect(await search(seeds.app, '%')).toMatchObject({ mode: 'like', total: 0 });
  });
});

describe('quotes', () => {
  it('a quote inside the query still finds the passage that holds it', async () => {
    const hits = await search(fixture.app, 'HYPERLINK("x');
    expect(hits.mode).toBe('fts');
    expect(hits.rows.map((r) => r.kind).sort()).toEqual(['contracts', 'source']);
    expect(hits.rows.every((r) => r.hit === 'HYPERLINK("x')).toBe(true);
  });

  it('an unbalanced quote in the seeds matches nothing and fails nothing', async () => {
    expect(await search(seeds.app, 'リスク2: "権限')).toMatchObject({ mode: 'fts', total: 0 });
    expect(await search(seeds.app, '"')).toMatchObject({ mode: 'like', total: 0 });
    expect(await search(seeds.app, "リスク'")).toMatchObject({ mode: 'fts', total: 0 });
  });
});

describe('control characters', () => {
  it('a NUL after the words is dropped: the same 7 hits, not a 500', async () => {
    const res = await seeds.app.request('/api/search?q=LG-WAN%E7%AB%AF%E6%9C%AB%00');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Hits).total).toBe(7);
    expect((await search(seeds.app, 'abc\u0000')).total).toBe(0);
  });

  it('a NUL inside a word is dropped, a tab or line break is a space', async () => {
    expect((await search(seeds.app, 'LG\u0000-WAN端末')).total).toBe(7);
    expect((await search(seeds.app, 'リスク2:\t権限のない者')).total).toBe(5);
    expect((await search(seeds.app, 'リスク2:\r\n権限のない者')).total).toBe(5);
  });

  it.each(['%00', '%00%00', '%01%1F%7F', '%C2%80', '%09%0A'])('q=%s alone asks for a word instead of matching everything', async (q) => {
    const { message } = await expectError(await seeds.app.request(`/api/search?q=${q}`), 400, 'bad_request');
    expect(message).toContain("'q'");
  });
});
