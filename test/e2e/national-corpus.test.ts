/**
 * The dashboard at scale: a server of its own over the first 300 documents of the synthetic
 * national corpus (npm run corpus:national), bodies from every part of the country. Every view
 * renders and draws, charts keep to a prefecture per column, tables page, and the body picker
 * finds a body by its reading. Expectations are read from the API, not copied here.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { filePathOf } from '../../db/client';
import { writeCorpus } from '../corpus/write-corpus';
import { chartData, clickChart, tablePage, tableRows } from './helpers/page';
import { useBrowser } from './helpers/session';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCUMENTS = 300;

const session = useBrowser({
  timeoutMs: 600_000,
  load: (databaseUrl) => {
    // beside the database, in the folder the session removes
    const corpus = join(dirname(filePathOf(databaseUrl)!), 'corpus');
    writeCorpus(corpus, DOCUMENTS);
    // as a user loads them: the command line, parsing on worker threads
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'db/ingest/cli.ts', join(corpus, 'documents')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, REPORTS: 'errors' },
      encoding: 'utf8',
    });
    expect(run.stdout).toContain(`${DOCUMENTS} of ${DOCUMENTS} documents loaded`);
  },
});
const { open, params } = session;
let page: Page;
beforeAll(() => {
  page = session.page();
});

const api = async <T = any>(path: string): Promise<T> => (await (await fetch(`${session.base}${path}`)).json()) as T;

describe(`the dashboard on ${DOCUMENTS} documents of the national corpus`, () => {
  test('the overview counts what the API holds', async () => {
    await open('/');
    const stats = await api<{ assessments: number; municipalities: number }>('/api/stats');
    expect(stats.assessments).toBe(DOCUMENTS);
    await expect.poll(() => page.locator('[data-count="assessments"] .n').textContent()).toBe(String(DOCUMENTS));
  });

  test('the contractor matrix has a column per prefecture, and a prefecture opens its bodies', async () => {
    await open('/contractors');
    const nation = await api<{ groups: { label: string }[] }>('/api/contractors/matrix');
    expect(nation.groups.length).toBeGreaterThan(20);
    expect(nation.groups.length).toBeLessThanOrEqual(48);
    const chart = await chartData(page, 'contractor-matrix');
    expect(chart.xAxis[0]).toEqual(nation.groups.map((g) => g.label));
    const hokkaido = (chart.xAxis[0] as string[]).indexOf('北海道');
    expect(hokkaido).toBeGreaterThanOrEqual(0);
    await clickChart(page, 'contractor-matrix', [hokkaido, 0]);
    await expect.poll(() => params().get('pref')).toBe('北海道');
    const bodies = await api<{ groups: { label: string }[] }>(`/api/contractors/matrix?prefecture=${encodeURIComponent('北海道')}`);
    await expect.poll(async () => (await chartData(page, 'contractor-matrix')).xAxis[0]).toEqual(bodies.groups.map((g) => g.label));
  });

  test('the risk heatmap and the change timeline draw per prefecture', async () => {
    await open('/risks');
    const risks = await api<{ groups: unknown[] }>('/api/ratings/matrix');
    expect((await chartData(page, 'risk-heatmap')).yAxis.concat((await chartData(page, 'risk-heatmap')).xAxis).some((a) => a.length === risks.groups.length)).toBe(true);
    await open('/changes');
    const timeline = await chartData(page, 'change-timeline');
    expect(timeline.series.length).toBeGreaterThan(0);
  });

  test('a table pages through the whole list', async () => {
    await open('/changes');
    const total = (await api<{ total: number }>('/api/changes?limit=1')).total;
    expect(total).toBeGreaterThan(1000);
    await expect.poll(async () => (await tablePage(page, 'changes')).total).toBe(total);
    const first = (await tableRows(page, 'changes')).map((r) => JSON.stringify(r));
    await page.locator('[data-table="changes"] [data-pager-next]').click();
    await expect.poll(async () => (await tablePage(page, 'changes')).offset).toBeGreaterThan(0);
    // the pager's offset moves before the next page's rows are drawn: wait for them, not for a fixed time
    const nextRows = async () => (await tableRows(page, 'changes')).map((r) => JSON.stringify(r));
    await expect.poll(async () => (await nextRows()).length > 0 && (await nextRows()).every((r) => !first.includes(r))).toBe(true);
    expect((await nextRows()).filter((r) => first.includes(r))).toEqual([]);
  });

  test('the body picker finds a body by its reading', async () => {
    // a village the corpus holds, as the API lists it with its reading
    const { rows } = await api<{ rows: { name: string; kana: string | null; prefecture: string; code: string; kind: string }[] }>('/api/municipalities?kind=village&limit=1');
    const village = rows[0]!;
    expect(village.kana).toBeTruthy();
    await open('/contractors');
    await page.locator('[data-picker-input]').fill(village.kana!);
    const options = page.locator('[data-picker-options] [role="option"]');
    await expect.poll(() => options.allTextContents()).toContainEqual(expect.stringContaining(`${village.name} (${village.prefecture})`));
    await options.filter({ hasText: village.name }).first().click();
    await expect.poll(() => params().get('city')).toBe(village.code);
  });
});
