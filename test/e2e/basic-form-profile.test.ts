/**
 * The city profile of bodies that publish 基礎項目評価書: the しきい値判断 table, each item with
 * its value or its state, linked to its words and with its CSV twin. On a server of its own over
 * the six synthetic documents of test/fixtures/basic-form (the suite's server holds the seeds).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createDb } from '../../db/client';
import { ingestPaths } from '../../db/ingest/ingest';
import { migrateDb } from '../../db/migrate';
import { BASIC_FORM_FILES } from '../helpers/basic-form';
import { csvRecords } from './helpers/csv';
import { useBrowser } from './helpers/session';

const session = useBrowser({
  load: async (databaseUrl) => {
    const db = createDb(databaseUrl);
    await migrateDb(db);
    const failed = (await ingestPaths(db, BASIC_FORM_FILES)).filter((r) => !r.ok);
    db.close();
    expect(failed).toEqual([]);
  },
});
let page: Page;
beforeAll(() => {
  page = session.page();
});

const api = async (path: string) => (await (await fetch(`${session.base}${path}`)).json()) as { rows: Record<string, any>[] };

/** Each しきい値判断 table on the page: its cells keyed by field, a state shown as `state:<kind>`, and whether a 要確認 badge stands beside the value. */
async function thresholdTables() {
  return page.locator('[data-table="thresholds"]').evaluateAll((tables) =>
    tables.map((t) =>
      Object.fromEntries(
        [...t.querySelectorAll('td[data-field]')].map((td) => {
          const state = td.getAttribute('data-state');
          const copy = td.cloneNode(true) as HTMLElement;
          const badge = copy.querySelector('.badge');
          badge?.remove();
          const text = state && state !== 'uncertain' ? `state:${state}` : copy.textContent!.trim();
          return [td.getAttribute('data-field')!, badge ? `${text} [${badge.textContent}]` : text];
        }),
      ),
    ),
  );
}

async function openCity(code: string) {
  await page.goto(`${session.base}/cities/${code}`);
  await page.waitForSelector('[data-table="thresholds"]');
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"], main [role="status"]') === null);
}

describe('the しきい値判断 of a city profile', () => {
  test('栄村: both documents’ items as the API holds them, 発生あり among them', async () => {
    await openCity('206024');
    const tables = await thresholdTables();
    const { rows } = await api('/api/thresholds?municipality=206024');
    expect(tables).toHaveLength(2);
    const fields = ['people_band', 'people_counted_on', 'handlers', 'handlers_counted_on', 'incident', 'result', 'forms_submitted', 'priority_measure', 'priority_reason'];
    // the profile lists the city's documents in the order of /api/assessments
    const order = (await api('/api/assessments?municipality=206024')).rows.map((a) => a.id);
    const byDoc = order.map((id) => rows.find((r) => r.assessment_id === id)!);
    tables.forEach((cells, i) => {
      for (const f of fields) {
        const v = byDoc[i]![f];
        const state = byDoc[i]!.field_states[f]?.state;
        expect(cells[f], f).toBe(v === null ? `state:${state}` : String(v));
      }
    });
    const residents = tables[order.indexOf(2)]!;
    expect(residents.incident).toBe('発生あり');
    expect(residents.priority_measure).toBe('特定個人情報の漏えい・滅失・毀損リスクへの対策');
    // the 平成26年4月 version has no priority item: the part is absent, not unread
    expect(tables[order.indexOf(1)]!.priority_measure).toBe('state:absent');
  });

  test('品川区: a priority left empty reads 記載なし; the CSV link holds the table’s rows', async () => {
    await openCity('131091');
    const cell = page.locator('[data-table="thresholds"] td[data-field="priority_measure"][data-state="blank"]');
    await expect.poll(() => cell.count()).toBe(1);
    expect((await cell.textContent())!.trim()).toBe('記載なし（空欄）');
    const href = await page.locator('[data-table="thresholds"] a[data-csv]').first().getAttribute('href');
    const records = csvRecords(await (await fetch(`${session.base}${href}`)).text());
    expect(records).toHaveLength(1);
    const id = Number(records[0]!.assessment_id);
    const [row] = (await api(`/api/thresholds?assessment_id=${id}`)).rows;
    expect(records[0]).toMatchObject({ municipality: '品川区', people_band: row!.people_band, result: row!.result, handlers: row!.handlers });
  });

  test('栃木県: a count date the page does not tie is marked 要確認 and links to its words', async () => {
    await openCity('090000');
    const tables = await thresholdTables();
    expect(tables.map((t) => t.people_counted_on)).toContain('2024-04-01 [要確認]');
    const link = page.locator('[data-table="thresholds"] tr[data-key="people_band"] a').first();
    await link.click();
    await page.waitForSelector('[data-span]');
    expect(await page.locator('[data-span]').textContent()).toMatch(/1万人以上10万人未満/);
  });
});
