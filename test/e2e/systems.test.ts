/**
 * Systems: which systems each city runs, and one city’s graph of connections. In a real Chromium
 * against the real server on the five seeds plus the markup fixture; expectations are read from
 * the API, not copied here.
 */
import { describe, expect, test } from 'vitest';
import { apiGet, countBy } from './helpers/api';
import { chartData, clickChart, expectCsvMatchesTable } from './helpers/page';
import { useBrowser } from './helpers/session';

const session = useBrowser();
const { open, params } = session;

describe('systems', () => {
  test('the matrix shows each city’s systems; a click draws that city’s graph', async () => {
    const page = session.page();
    await open('/systems');
    const { rows: systems } = await apiGet<{ rows: { municipality: string; canonical: string }[] }>('/api/systems');
    const chart = await chartData(page, 'system-matrix');
    const [columns] = chart.xAxis as string[][];
    const [rows] = chart.yAxis as string[][];
    const cells = Object.fromEntries((chart.series[0]!.data as number[][]).map(([x, y, v]) => [`${rows![y!]}|${columns![x!]}`, v]));
    expect(cells).toEqual(countBy(systems, (s) => `${s.canonical}|${s.municipality}`));

    const [x, y] = chart.series[0]!.data[0] as number[];
    await clickChart(page, 'system-matrix', [x!, y!]);
    await expect.poll(() => params().get('city')).toBe(columns![x!]);
    const graph = await chartData(page, 'system-graph');
    const own = systems.filter((s) => s.municipality === columns![x!]);
    const nodes = graph.series[0]!.data as { id: string; value: number[] }[];
    expect(nodes.filter((n) => n.id.startsWith('system:')).length).toBe(own.length);
    // two columns, the city's systems left of what they connect to, so that no name runs over another
    expect(new Set(nodes.map((n) => `${n.id.split(':')[0]}@${n.value[0]}`))).toEqual(
      new Set(nodes.some((n) => n.id.startsWith('target:')) ? ['system@0', 'target@1'] : ['system@0']),
    );
    await expectCsvMatchesTable(page, 'systems');
  });
});
