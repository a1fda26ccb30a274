import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountDashboard } from '../../server/dashboard';
import { expectError, getJson, testApp } from '../helpers/api';
import { createTempDb, type TempDb } from '../helpers/temp-db';

let temp: TempDb;
let dist: string;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  temp = await createTempDb();
  dist = mkdtempSync(join(tmpdir(), 'pia-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>pia</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  app = testApp(temp.db);
  expect(mountDashboard(app, dist)).toBe(true);
});
afterAll(() => {
  temp.dispose();
  rmSync(dist, { recursive: true, force: true });
});

describe('dashboard serving', () => {
  it('serves the built files', async () => {
    const res = await app.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
  });

  it.each(['/', '/contractors/3', '/municipalities?x=1'])('answers %s with index.html (client routing)', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>pia</title>');
  });

  it('leaves /api to the API: its routes and its JSON 404', async () => {
    await getJson(app, '/api/municipalities');
    await expectError(await app.request('/api/unknown'), 404, 'not_found');
    await expectError(await app.request('/api'), 404, 'not_found');
  });

  it('does nothing without a build', () => {
    expect(mountDashboard(testApp(temp.db), join(dist, 'missing'))).toBe(false);
  });
});
