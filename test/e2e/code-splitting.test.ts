/**
 * Each view loads the code of its own charts and no other: the overview draws no chart and
 * loads no ECharts, the heatmap is only where a heatmap is drawn, the graph only on the systems
 * view. Read from what the browser actually fetched for each view, opened afresh.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from './helpers/session';

const session = useBrowser();

/** Words that only each part's code holds (the type names ECharts registers them under). */
const MARKERS = {
  echarts: 'ec_inner',
  heatmap: 'series.heatmap',
  scatter: 'series.scatter',
  graph: 'forceLayout',
};

/** Which parts the scripts of a freshly opened view hold. */
async function partsLoaded(path: string) {
  await session.open(path);
  await session.page().waitForLoadState('networkidle');
  const scripts = await session.page().evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  const texts = await Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
  return Object.fromEntries(Object.entries(MARKERS).map(([part, marker]) => [part, texts.some((t) => t.includes(marker))]));
}

describe('code splitting', () => {
  test('every view fetches only its own chart code', async () => {
    expect(await partsLoaded('/')).toEqual({ echarts: false, heatmap: false, scatter: false, graph: false });
    expect(await partsLoaded('/cities')).toEqual({ echarts: false, heatmap: false, scatter: false, graph: false });
    expect(await partsLoaded('/risks')).toEqual({ echarts: true, heatmap: true, scatter: false, graph: false });
    expect(await partsLoaded('/changes')).toEqual({ echarts: true, heatmap: false, scatter: true, graph: false });
    expect(await partsLoaded('/systems?city=132101')).toEqual({ echarts: true, heatmap: true, scatter: false, graph: true });
  });
});
