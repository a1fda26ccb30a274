/**
 * Systems: which systems the bodies run, by prefecture and — drilled down — by body, and one
 * body’s graph of connections. In a real Chromium against the real server on the five seeds
 * plus the markup fixture; expectations are read from the API, not copied here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet } from './helpers/api';
import { chartData, clickChart, expectCsvMatchesTable, valueOf } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

interface Matrix {
  groups: { key: string; label: string }[];
  systems: { canonical: string }[];
  others: boolean;
  cells: { system: string | null; group: string; bodies: number; uncertain_bodies: number }[];
}

async function drawn(page: ReturnType<typeof session.page>) {
  const chart = await chartData(page, 'system-matrix');
  const [columns] = chart.xAxis as string[][];
  const [rows] = chart.yAxis as string[][];
  const cells = (i: number) => Object.fromEntries(chart.series[i]!.data.map(valueOf).map(([x, y, n]) => [`${rows![y as number]}|${columns![x as number]}`, n]));
  return { columns: columns!, rows: rows!, certain: cells(0), doubted: cells(1), data: chart.series[0]!.data };
}

function expected(m: Matrix) {
  const label = new Map(m.groups.map((g) => [g.key, g.label]));
  const key = (c: Matrix['cells'][number]) => `${c.system ?? 'その他'}|${label.get(c.group)}`;
  return {
    certain: Object.fromEntries(m.cells.filter((c) => c.bodies > 0).map((c) => [key(c), c.bodies])),
    doubted: Object.fromEntries(m.cells.filter((c) => c.uncertain_bodies > 0).map((c) => [key(c), c.uncertain_bodies])),
  };
}

describe('systems', () => {
  test('the matrix draws the API’s bodies per system and prefecture; drilled down, a body’s column draws its graph', async () => {
    const page = session.page();
    await open('/systems');
    const nation = await apiGet<Matrix>('/api/systems/matrix');
    const chart = await drawn(page);
    expect(chart.columns).toEqual(nation.groups.map((g) => g.label));
    expect(chart.rows).toEqual([...nation.systems.map((s) => s.canonical), ...(nation.others ? ['その他'] : [])]);
    expect(chart.certain).toEqual(expected(nation).certain);
    expect(chart.doubted).toEqual(expected(nation).doubted);

    const [x, y] = valueOf(chart.data.find((d) => chart.columns[valueOf(d)[0] as number] === '東京都')!) as number[];
    await clickChart(page, 'system-matrix', [x!, y!]);
    await expect.poll(() => params().get('pref')).toBe('東京都');
    const tokyo = await apiGet<Matrix>(`/api/systems/matrix?prefecture=${encodeURIComponent('東京都')}`);
    await expect.poll(async () => (await drawn(page)).columns).toEqual(tokyo.groups.map((g) => g.label));
    const byBody = await drawn(page);
    expect(byBody.certain).toEqual(expected(tokyo).certain);

    const [bx, by] = valueOf(byBody.data[0]) as number[];
    await clickChart(page, 'system-matrix', [bx!, by!]);
    const body = tokyo.groups[bx!]!;
    await expect.poll(() => params().get('city')).toBe(body.key);
    const { rows: own } = await apiGet<{ rows: unknown[] }>(`/api/systems?municipality=${body.key}&limit=1000`);
    const graph = await chartData(page, 'system-graph');
    const nodes = graph.series[0]!.data as { id: string; value: number[] }[];
    expect(nodes.filter((n) => n.id.startsWith('system:')).length).toBe(own.length);
    // two columns, the body's systems left of what they connect to, so that no name runs over another
    expect(new Set(nodes.map((n) => `${n.id.split(':')[0]}@${n.value[0]}`))).toEqual(
      new Set(nodes.some((n) => n.id.startsWith('target:')) ? ['system@0', 'target@1'] : ['system@0']),
    );
    const { records } = await expectCsvMatchesTable(page, 'systems');
    expect(records).toHaveLength(own.length);
  });
});
