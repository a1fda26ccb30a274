import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { csvRecords } from './csv';

/** The parts of a live chart's option that the tests read (functions cannot cross over). */
export interface ChartData {
  xAxis: unknown[][];
  yAxis: unknown[][];
  series: { type: string; name?: string; data: unknown[]; links?: unknown[] }[];
}

export async function chartData(page: Page, name: string): Promise<ChartData> {
  await page.waitForFunction(
    (n) => ((window.__piaCharts?.[n]?.getOption() as { series?: unknown[] } | undefined)?.series?.length ?? 0) > 0,
    name,
  );
  return page.evaluate((n) => {
    const o = window.__piaCharts![n]!.getOption() as Record<string, { data?: unknown[]; type?: string; name?: string; links?: unknown[] }[] | undefined>;
    const axis = (a: typeof o.xAxis) => (a ?? []).map((x) => JSON.parse(JSON.stringify(x.data ?? [])) as unknown[]);
    return {
      xAxis: axis(o.xAxis),
      yAxis: axis(o.yAxis),
      series: (o.series ?? []).map((s) => JSON.parse(JSON.stringify({ type: s.type, name: s.name, data: s.data, links: s.links }))),
    };
  }, name);
}

/** Clicks a data point of a chart where ECharts draws it: a real mouse click on the canvas. */
export async function clickChart(page: Page, name: string, value: unknown[], seriesIndex = 0) {
  const point = await page.evaluate(
    ([n, v, s]) => window.__piaCharts![n as string]!.convertToPixel({ seriesIndex: s as number }, v as number[]),
    [name, value, seriesIndex] as const,
  );
  const box = await page.locator(`[data-chart="${name}"] .canvas`).boundingBox();
  if (!box || !Array.isArray(point)) throw new Error(`cannot place ${JSON.stringify(value)} on ${name}`);
  await page.mouse.click(box.x + point[0]!, box.y + point[1]!);
}

/**
 * The rows of a table on screen, as the text of each cell keyed by its field (a 要確認 badge
 * beside a value left out); a cell that shows a field's state instead of a value reads as
 * `state:<blank|absent|unread>`.
 */
export async function tableRows(page: Page, table: string): Promise<Record<string, string>[]> {
  return page.locator(`[data-table="${table}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr) =>
      Object.fromEntries(
        [...tr.querySelectorAll('td[data-field]')].map((td) => {
          const state = td.getAttribute('data-state');
          if (state && state !== 'uncertain') return [td.getAttribute('data-field')!, `state:${state}`];
          const copy = td.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.badge').forEach((b) => b.remove());
          return [td.getAttribute('data-field')!, copy.textContent!.trim()];
        }),
      ),
    ),
  );
}

/** Downloads a table's CSV through its link, as a person would, and parses it. */
export async function downloadCsv(page: Page, table: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-table="${table}"] a[data-csv]`).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  return { text, records: csvRecords(text), name: download.suggestedFilename() };
}

/**
 * A CSV cell as the table shows it: a formula guard (leading ') dropped; an empty cell whose
 * field the CSV's field_states names shows that state; any other empty cell 「—」.
 */
function shown(record: Record<string, string>, field: string) {
  const value = record[field]!.trim();
  if (value === '') {
    const states = record.field_states ? (JSON.parse(record.field_states) as Record<string, { state: string }>) : {};
    const state = states[field]?.state;
    return state && state !== 'uncertain' ? `state:${state}` : '—';
  }
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

/** Where a table's page sits: the rows before it and the whole list's length. */
export async function tablePage(page: Page, table: string) {
  const block = page.locator(`[data-table="${table}"]`);
  return { offset: Number(await block.getAttribute('data-offset')), total: Number(await block.getAttribute('data-total')) };
}

/**
 * The CSV holds the whole filtered list the table pages through — as many rows as the table
 * says there are — and the table's page is that slice of it, in order, with the same values
 * in every shown field.
 */
export async function expectCsvMatchesTable(page: Page, table: string) {
  const onScreen = await tableRows(page, table);
  const { offset, total } = await tablePage(page, table);
  const { text, records } = await downloadCsv(page, table);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(records.length).toBe(total);
  expect(onScreen.length).toBeLessThanOrEqual(total - offset);
  onScreen.forEach((row, i) => {
    const record = records[offset + i]!;
    for (const [field, value] of Object.entries(row)) {
      if (field in record) expect(`${offset + i}:${field}:${shown(record, field)}`).toBe(`${offset + i}:${field}:${value}`);
    }
  });
  return { onScreen, records, offset, total };
}

/** A chart option's formatter called in the page, as ECharts would call it (functions cannot cross over). */
export async function callFormatter(page: Page, chart: string, path: string, ...args: unknown[]): Promise<string> {
  return page.evaluate(
    ([n, p, a]) => {
      let target: unknown = window.__piaCharts![n as string]!.getOption();
      for (const key of (p as string).split('.')) target = (target as Record<string, unknown>)[key];
      return (target as (...x: unknown[]) => string)(...(a as unknown[]));
    },
    [chart, path, args] as const,
  );
}

/** Waits until the table holds the rows of this page of the API's list (ids in order). */
export async function expectTableIds(page: Page, table: string, ids: number[]) {
  await expect
    .poll(() => page.locator(`[data-table="${table}"] tbody tr`).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-key')))))
    .toEqual(ids);
}

/** A data item's value, whether plain or an object with its own style. */
export function valueOf(item: unknown): unknown[] {
  return Array.isArray(item) ? item : ((item as { value: unknown[] }).value ?? []);
}
