/**
 * The dashboard in a real Chromium against the real server on the five seeds plus the markup
 * fixture (test/e2e/fixtures). Expectations are read from the API, so the charts are checked
 * against the data they must show, not against numbers copied here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { apiGet, countBy } from './helpers/api';
import { launchBrowser } from './helpers/browser';
import { chartData, clickChart, expectCsvMatchesTable, tableRows, valueOf } from './helpers/page';

const MARKUP = '<img src=x onerror=alert(1)>';
const base = inject('baseUrl');

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser(inject('chromium'));
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string) {
  await page.goto(`${base}${path}`);
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"], main [role="status"]') === null);
}

function params() {
  return new URL(page.url()).searchParams;
}

type Row = Record<string, unknown>;

describe('overview', () => {
  test('counts agree with the API and the tables’ CSV hold their rows', async () => {
    await open('/');
    const totals = {
      cities: (await apiGet('/api/municipalities')).total,
      assessments: (await apiGet('/api/assessments')).total,
      contracts: (await apiGet('/api/contracts')).total,
      contractors: (await apiGet('/api/contractors')).total,
      changes: (await apiGet('/api/changes')).total,
    };
    for (const [key, total] of Object.entries(totals)) {
      await expect.poll(() => page.locator(`[data-count="${key}"] .n`).textContent()).toBe(String(total));
    }
    expect(totals.cities).toBeGreaterThanOrEqual(3);
    await expectCsvMatchesTable(page, 'latest-changes');
    if ((await apiGet('/api/outliers')).total > 0) await expectCsvMatchesTable(page, 'outliers');
  });
});

describe('contractors', () => {
  test('the matrix holds a cell per contractor and city; a click narrows the contracts', async () => {
    await open('/contractors');
    const { rows: contracts } = await apiGet<{ rows: (Row & { contractors: string[]; municipality: string })[] }>('/api/contracts');
    const pairs = new Set(contracts.flatMap((c) => c.contractors.map((name) => `${name}|${c.municipality}`)));
    const chart = await chartData(page, 'contractor-matrix');
    const [columns] = chart.xAxis as string[][];
    const [rows] = chart.yAxis as string[][];
    const cells = (chart.series[0]!.data as number[][]).map(([x, y]) => `${rows![y!]}|${columns![x!]}`);
    expect(new Set(cells)).toEqual(pairs);

    const markupName = rows!.find((r) => r.includes('onerror'))!;
    const x = columns!.indexOf('武蔵野市');
    await clickChart(page, 'contractor-matrix', [x, rows!.indexOf(markupName)]);
    await expect.poll(() => params().get('contractor')).toBe(markupName);
    expect(params().get('city')).toBe('武蔵野市');
    await page.waitForSelector('[data-table="contracts"] tbody tr');
    const shown = await tableRows(page, 'contracts');
    expect(shown.map((r) => r.contractor_raw)).toEqual([MARKUP]);
    await expectCsvMatchesTable(page, 'contracts');
  });

  test('the ranking and the 再委託 share draw the API’s numbers', async () => {
    await open('/contractors');
    const { rows: ranked } = await apiGet<{ rows: { name: string; municipality_count: number }[] }>('/api/contractors');
    const ranking = await chartData(page, 'contractor-ranking');
    expect([...ranking.yAxis[0]!].sort()).toEqual(ranked.map((r) => r.name).sort());
    const served = Object.fromEntries(ranking.yAxis[0]!.map((name, i) => [name, ranking.series[0]!.data[i]]));
    for (const r of ranked) expect(served[r.name]).toBe(r.municipality_count);

    const { rows: contracts } = await apiGet<{ rows: { municipality: string; subcontract: boolean | null }[] }>('/api/contracts');
    const share = await chartData(page, 'subcontract-share');
    share.xAxis[0]!.forEach((city, i) => {
      const own = contracts.filter((c) => c.municipality === city && c.subcontract !== null);
      const expected = own.length ? Math.round((own.filter((c) => c.subcontract).length / own.length) * 1000) / 10 : null;
      expect(share.series[0]!.data[i] ?? null).toBe(expected);
    });
    await expectCsvMatchesTable(page, 'contractors');
  });

  test('a contractor profile lists its contracts with the raw spellings, as text', async () => {
    await open('/contractors?city=武蔵野市');
    await page.locator('[data-table="contractors"] a', { hasText: 'onerror' }).click();
    await page.waitForSelector('[data-aliases] li');
    expect(new URL(page.url()).pathname).toMatch(/^\/contractors\/\d+$/);
    expect(await page.locator('[data-aliases] li').allTextContents()).toContain(MARKUP);
    expect(await page.locator('img').count()).toBe(0);
    await expectCsvMatchesTable(page, 'contractor-contracts');
  });
});

describe('risk measures', () => {
  test('the heatmap holds a cell for each city and stage rated; a click shows the measures', async () => {
    await open('/risks');
    const { rows: ratings } = await apiGet<{ rows: { municipality: string; stage: string | null; answer: string | null; measure: string | null }[] }>('/api/ratings');
    const rated = ratings.filter((r) => r.stage);
    const chart = await chartData(page, 'risk-heatmap');
    const [stages] = chart.xAxis as string[][];
    const [cities] = chart.yAxis as string[][];
    expect(new Set(cities)).toEqual(new Set(rated.map((r) => r.municipality)));
    const cells = chart.series[0]!.data.map(valueOf).map(([x, y]) => `${cities![y as number]}|${stages![x as number]}`);
    expect(new Set(cells)).toEqual(new Set(rated.map((r) => `${r.municipality}|${r.stage}`)));
    expect(cells.length).toBe(new Set(cells).size);

    const [x, y] = valueOf(chart.series[0]!.data[0]) as number[];
    await clickChart(page, 'risk-heatmap', [x!, y!]);
    await expect.poll(() => params().get('stage')).toBe(stages![x!]);
    expect(params().get('city')).toBe(cities![y!]);
    const expected = rated.filter((r) => r.municipality === cities![y!] && r.stage === stages![x!]);
    await page.waitForSelector('[data-measure]');
    expect(await page.locator('[data-answer]').allTextContents()).toEqual(expected.map((r) => r.answer ?? '—'));
    expect(await page.locator('[data-measure-text]').allTextContents()).toEqual(expected.map((r) => r.measure ?? '—'));
    const outlined = (await chartData(page, 'risk-heatmap')).series[0]!.data.filter((d) => !Array.isArray(d));
    expect(outlined.map(valueOf).map(([cx, cy]) => [cx, cy])).toEqual([[x, y]]);
    await expectCsvMatchesTable(page, 'ratings');
  });

  test('the distribution counts every answer per city; the heatmap saves as PNG', async () => {
    await open('/risks');
    const { rows: ratings } = await apiGet<{ rows: { municipality: string; answer: string | null }[] }>('/api/ratings');
    const chart = await chartData(page, 'answer-distribution');
    const [cities] = chart.yAxis as string[][];
    for (const series of chart.series) {
      const counts = countBy(ratings.filter((r) => r.answer === series.name), (r) => r.municipality);
      expect(Object.fromEntries(cities!.map((c, i) => [c, series.data[i]])).valueOf()).toEqual(
        Object.fromEntries(cities!.map((c) => [c, counts[c] ?? 0])),
      );
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="risk-heatmap"] button.png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('risk-heatmap.png');
    expect(readFileSync(await download.path()).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('systems', () => {
  test('the matrix shows each city’s systems; a click draws that city’s graph', async () => {
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
    const nodes = graph.series[0]!.data as { id: string }[];
    expect(nodes.filter((n) => n.id.startsWith('system:')).length).toBe(own.length);
    await expectCsvMatchesTable(page, 'systems');
  });
});

describe('change timelines', () => {
  test('the timeline holds each city’s change count; a click shows the character diff', async () => {
    await open('/changes');
    const { rows: changes } = await apiGet<{ rows: { id: number; municipality: string; changed_on: string | null; item: string | null; before: string | null; after: string | null }[] }>('/api/changes');
    const expected = countBy(changes.filter((c) => c.changed_on), (c) => c.municipality);
    const chart = await chartData(page, 'change-timeline');
    const drawn: Record<string, number> = {};
    for (const s of chart.series) for (const [, , count, city] of s.data as [string, number, number, string][]) drawn[city] = (drawn[city] ?? 0) + count;
    expect(drawn).toEqual(expected);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['札幌市', '小金井市']));

    const [date, y] = chart.series[0]!.data[0] as [string, number];
    await clickChart(page, 'change-timeline', [date as unknown as number, y]);
    await expect.poll(() => params().get('change')).not.toBeNull();
    const picked = changes.find((c) => c.id === Number(params().get('change')))!;
    expect(picked.changed_on).toBe(params().get('date'));
    await page.waitForSelector('[data-diff]');
    const before = await page.locator('[data-side="before"] p').textContent();
    const after = await page.locator('[data-side="after"] p').textContent();
    const blank = (s: string | null) => (s === null || s.trim() === '-' ? '' : s);
    expect(before).toBe(blank(picked.before));
    expect(after).toBe(blank(picked.after));
    if (blank(picked.before) !== blank(picked.after)) {
      expect(await page.locator('[data-diff] del, [data-diff] ins').count()).toBeGreaterThan(0);
    }
    await expectCsvMatchesTable(page, 'changes');
  });

  test('a timing filter lives in the URL and narrows the timeline', async () => {
    await open('/changes');
    await page.locator('select[data-filter="timing"]').selectOption('事後');
    await expect.poll(() => params().get('timing')).toBe('事後');
    const { rows } = await apiGet<{ rows: { municipality: string; changed_on: string | null }[] }>(`/api/changes?timing=${encodeURIComponent('事後')}`);
    await expect
      .poll(async () => (await chartData(page, 'change-timeline')).series.map((s) => s.name))
      .toEqual(rows.length ? ['事後'] : []);
    const total = (await chartData(page, 'change-timeline')).series.flatMap((s) => s.data as number[][]).reduce((n, p) => n + p[2]!, 0);
    expect(total).toBe(rows.filter((r) => r.changed_on).length);
  });
});

describe('city profile and provenance', () => {
  test('every table links to its source passage, shown with the span highlighted', async () => {
    await open('/cities/132039');
    await page.waitForSelector('[data-assessment]');
    await expect.poll(() => page.locator('[data-city-name]').textContent()).toBe('武蔵野市');
    expect(await page.getByText(MARKUP, { exact: true }).count()).toBeGreaterThan(0);
    await expectCsvMatchesTable(page, 'contracts');
    // the parts without a page of their own have their own list resources, so their own CSV
    for (const table of ['files', 'provisions', 'audits', 'procedures']) {
      const { records } = await expectCsvMatchesTable(page, table);
      expect(records.length, table).toBeGreaterThan(0);
      expect(new Set(records.map((r) => r.municipality)), table).toEqual(new Set(['武蔵野市']));
    }

    const link = page.locator('[data-table="contracts"] tbody tr').first().locator('td[data-key="source"] a');
    const href = new URL((await link.getAttribute('href'))!, base);
    await link.click();
    await page.waitForSelector('[data-span]');
    const id = href.pathname.split('/').pop();
    const source = await apiGet<{ text: string }>(`/api/sources/${id}?from=${href.searchParams.get('from')}&to=${href.searchParams.get('to')}`);
    expect(await page.locator('[data-span]').textContent()).toBe(source.text);
    expect(source.text).toContain('onerror');
  });

  test('an uncertain value is marked on its passage', async () => {
    await open('/sources/1?from=0&to=10&uncertain=two readings');
    await page.waitForSelector('[data-uncertain-note]');
    expect(await page.locator('[data-uncertain-note]').textContent()).toContain('two readings');
    expect(await page.locator('mark.uncertain').count()).toBe(1);
  });
});

describe('search', () => {
  test('a Japanese query lists the hits; the CSV holds them', async () => {
    await open('/search');
    await page.locator('[data-search-input]').fill('ワクチン接種記録システム');
    await page.locator('form[role="search"] button').click();
    await expect.poll(() => params().get('q')).toBe('ワクチン接種記録システム');
    await page.waitForSelector('[data-table="search"] tbody tr');
    const { rows } = await apiGet<{ rows: { hit: string }[] }>(`/api/search?q=${encodeURIComponent('ワクチン接種記録システム')}`);
    expect(await page.locator('[data-table="search"] tbody tr').count()).toBe(rows.length);
    await expectCsvMatchesTable(page, 'search');
    await page.locator('[data-table="search"] tbody tr').first().locator('td[data-key="snippet"] a').click();
    await page.waitForSelector('[data-span]');
    expect((await page.locator('[data-span]').textContent())!.normalize('NFKC')).toBe(rows[0]!.hit.normalize('NFKC'));
  });
});

describe('states', () => {
  test('an unknown contractor says what went wrong; a search without hits says so', async () => {
    await open('/contractors/999999');
    const { error } = await (await fetch(`${base}/api/contractors/999999`)).json();
    await expect.poll(() => page.locator('[role="alert"] p').textContent()).toContain(error.message);
    await open('/search?q=存在しない言葉の並びです');
    await expect.poll(() => page.locator('[data-empty]').textContent()).toBe('該当するデータはありません。');
    await open('/no/such/view');
    expect(await page.locator('h1').textContent()).toBe('このページはありません。');
  });
});

describe('language and safety', () => {
  test('English from the switch, kept across pages', async () => {
    await open('/risks');
    await page.locator('[data-lang-switch]').click();
    await expect.poll(() => page.locator('nav a[href="/contractors"]').textContent()).toBe('Contractors');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await open('/contractors');
    expect(await page.locator('h1').textContent()).toBe('Contractors');
    await page.locator('[data-lang-switch]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('委託先');
  });

  test('no markup from a document ever ran', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
