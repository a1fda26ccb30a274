/**
 * /api/changes/timeline: changes per group per period, counted in SQL. Exact values on the
 * fixture database (its seven change rows written by hand in test/helpers/fixture-db.ts), and on
 * the five seeds the same counts as the change list's rows, certain and doubted dates apart.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/parse-csv';
import { getCsv, getJson, useFixtureApp, useSeedApp } from '../helpers/api';

const fixture = useFixtureApp();
const seeds = useSeedApp();

interface Timeline {
  by: string;
  granularity: string;
  groups: { key: string; label: string; changes: number; uncertain: number; undated: number }[];
  periods: string[];
  cells: { group: string; period: string; timing: string | null; changes: number; uncertain: number }[];
  undated: number;
  sections: string[];
}

const timeline = (app: typeof fixture.app, query = '') => getJson<Timeline>(app, `/api/changes/timeline${query}`);

describe('on the fixture', () => {
  it('by prefecture and month: each dated change in its cell, the undated ones per group', async () => {
    const t = await timeline(fixture.app);
    expect(t.by).toBe('prefecture');
    expect(t.granularity).toBe('month');
    expect(t.groups).toEqual([
      { key: '13', label: '東京都', changes: 2, uncertain: 0, undated: 0 },
      // 𠮷野町 2020-05, ピア市 2024-05 and 2024-06; テスト市's two rows have no 変更日
      { key: '99', label: '架空県', changes: 3, uncertain: 0, undated: 2 },
    ]);
    expect(t.cells).toEqual([
      { group: '13', period: '2023-01', timing: '事後', changes: 1, uncertain: 0 },
      { group: '13', period: '2024-04', timing: '事後', changes: 1, uncertain: 0 },
      { group: '99', period: '2020-05', timing: '事前', changes: 1, uncertain: 0 },
      { group: '99', period: '2024-05', timing: '事前', changes: 1, uncertain: 0 },
      { group: '99', period: '2024-06', timing: '事前', changes: 1, uncertain: 0 },
    ]);
    // every month from 2020-05 to 2024-06, so that the axis keeps time's proportions
    expect(t.periods).toHaveLength(50);
    expect([t.periods[0], t.periods[1], t.periods[8], t.periods.at(-1)]).toEqual(['2020-05', '2020-06', '2021-01', '2024-06']);
    expect(t.undated).toBe(2);
    expect(t.sections).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ']);
  });

  it('by body within a prefecture, by year, under the list filters', async () => {
    const t = await timeline(fixture.app, `?prefecture=${encodeURIComponent('架空県')}&granularity=year`);
    expect(t.by).toBe('body');
    expect(t.groups.map((g) => [g.key, g.label, g.changes, g.undated])).toEqual([
      ['999911', '𠮷野町', 1, 0],
      ['999921', 'テスト市', 0, 2],
      ['999931', 'ピア市', 2, 0],
    ]);
    expect(t.periods).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(t.cells).toEqual([
      { group: '999911', period: '2020', timing: '事前', changes: 1, uncertain: 0 },
      { group: '999931', period: '2024', timing: '事前', changes: 2, uncertain: 0 },
    ]);

    const post = await timeline(fixture.app, `?timing=${encodeURIComponent('事後')}`);
    expect(post.groups.map((g) => [g.key, g.changes])).toEqual([['13', 2]]);
    expect(post.undated).toBe(0);
    // the section filter narrows the counts, never its own choices
    const second = await timeline(fixture.app, `?section=${encodeURIComponent('Ⅱ')}`);
    expect(second.cells.map((c) => [c.group, c.period])).toEqual([
      ['13', '2024-04'],
      ['99', '2020-05'],
      ['99', '2024-05'],
    ]);
    expect(second.sections).toEqual(['Ⅰ', 'Ⅱ', 'Ⅲ']);
  });

  it('answers an empty timeline for a filter nothing matches, and CSV one row per cell', async () => {
    expect(await timeline(fixture.app, '?prefecture=47')).toEqual({ by: 'body', granularity: 'month', groups: [], periods: [], cells: [], undated: 0, sections: [] });
    const [header, ...rows] = parseCsv((await getCsv(fixture.app, '/api/changes/timeline?format=csv&granularity=year')).slice(1));
    expect(header).toEqual(['group', 'period', 'timing', 'changes', 'uncertain']);
    expect(rows).toEqual([
      ['13', '2023', '事後', '1', '0'],
      ['13', '2024', '事後', '1', '0'],
      ['99', '2020', '事前', '1', '0'],
      ['99', '2024', '事前', '2', '0'],
    ]);
  });
});

describe('on the seeds', () => {
  type Change = { municipality_code: string; changed_on: string | null; timing: string | null; field_states: { changed_on?: { state: string } } };

  it('counts what the change list holds: certain dates per cell, doubted ones beside, per prefecture', async () => {
    const t = await timeline(seeds.app);
    const { rows } = await getJson<{ rows: Change[] }>(seeds.app, '/api/changes?limit=1000');
    expect(t.groups.map((g) => g.key)).toEqual([...new Set(rows.map((r) => r.municipality_code.slice(0, 2)))].sort());
    for (const g of t.groups) {
      const own = rows.filter((r) => r.municipality_code.startsWith(g.key));
      expect(g.changes + g.uncertain + g.undated, g.label).toBe(own.length);
      expect(g.undated, g.label).toBe(own.filter((r) => !r.changed_on).length);
      expect(g.uncertain, g.label).toBe(own.filter((r) => r.changed_on && r.field_states.changed_on?.state === 'uncertain').length);
    }
    for (const c of t.cells) {
      const own = rows.filter((r) => r.municipality_code.startsWith(c.group) && r.changed_on?.startsWith(c.period) && r.timing === c.timing);
      expect(c.changes, JSON.stringify(c)).toBe(own.filter((r) => !r.field_states.changed_on).length);
      expect(c.uncertain, JSON.stringify(c)).toBe(own.filter((r) => r.field_states.changed_on?.state === 'uncertain').length);
    }
    // the reader doubts some seed dates: they are counted, apart
    expect(t.groups.some((g) => g.uncertain > 0)).toBe(true);
    const dated = rows.filter((r) => r.changed_on).map((r) => r.changed_on!.slice(0, 7)).sort();
    expect([t.periods[0], t.periods.at(-1)]).toEqual([dated[0], dated.at(-1)]);
  });
});
