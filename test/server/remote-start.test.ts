/**
 * The start-up steps on a libSQL server URL (sqld): the setup step migrates and seeds it and
 * the server serves it, the same code without the file-only parts (WAL, busy timeout,
 * read-only open). And on a file that was never set up, the server refuses in one line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { startServer } from '../e2e/helpers/server';
import { startSqld, type Sqld } from '../helpers/sqld';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a script of the project with `env`; its exit code and output. */
function run(script: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('start-up on a libSQL server', () => {
  let sqld: Sqld;
  beforeAll(async () => {
    sqld = await startSqld();
  }, 120_000);
  afterAll(() => sqld?.stop());

  it('setup migrates and seeds it, then the server answers from it', async () => {
    const setup = await run('db/setup.ts', { DATABASE_URL: sqld.url });
    expect(setup.code, setup.output.slice(-2000)).toBe(0);
    expect(setup.output).toContain('Empty database: loading the documents');
    const server = await startServer(ROOT, { DATABASE_URL: sqld.url });
    try {
      const body = (await (await fetch(`${server.url}/api/contracts?municipality=401005`)).json()) as { total: number };
      expect(body.total).toBe(4);
    } finally {
      await server.stop();
    }
    // a second setup finds the seeds there and loads nothing
    const again = await run('db/setup.ts', { DATABASE_URL: sqld.url });
    expect(again.code).toBe(0);
    expect(again.output).not.toContain('Empty database');
  }, 120_000);
});

describe('a server started before the setup step', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pia-unset-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says in one line to run the setup, exits 1 and creates no file', async () => {
    const file = join(dir, 'pia.db');
    const { code, output } = await run('server/index.ts', { DATABASE_URL: `file:${file}`, PORT: '0' });
    expect(code).toBe(1);
    expect(output.trim()).toBe(`error: file:${file}: no database there yet; run \`npm run setup\` first (\`npm start\` does)`);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a database that lacks migrations, in one line', async () => {
    const file = join(dir, 'empty.db');
    createDb(`file:${file}`).close();
    const { code, output } = await run('server/index.ts', { DATABASE_URL: `file:${file}`, PORT: '0' });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(/^error: file:.*empty\.db: \d+ migration\(s\) not applied; run `npm run setup` first \(`npm start` does\)$/);
  });
});
