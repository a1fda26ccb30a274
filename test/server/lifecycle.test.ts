/**
 * `npm start` as an office runs it (under a service manager that stops it with SIGTERM):
 * the signal sent to npm reaches the server, which exits and frees the port, leaving no
 * process behind (it used to leave tsx's node holding the port). The dashboard build is
 * skipped (SKIP_BUILD): this is about the processes, not the pages.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../e2e/helpers/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every process below `pid`, found through ps (children first seen, grandchildren after). */
function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Whether anything accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pia-lifecycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sets the database up, serves, and on SIGTERM to npm stops with the port free and no process left', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, 'pia.db')}`, SKIP_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (d) => (output += d));
    npm.stderr.on('data', (d) => (output += d));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      npm.once('exit', (code, signal) => resolve({ code, signal })),
    );

    // the setup step loaded the seeds into the new database before the server opened it read-only
    let stats: { assessments?: number } | undefined;
    for (let i = 0; i < 600 && !stats; i++) {
      if (npm.exitCode !== null) throw new Error(`npm start exited (${npm.exitCode}):\n${output}`);
      stats = await fetch(`http://127.0.0.1:${port}/api/assessments?limit=1`)
        .then((r) => (r.ok ? (r.json() as Promise<{ total: number }>) : undefined))
        .then((b) => (b ? { assessments: b.total } : undefined))
        .catch(() => undefined);
      if (!stats) await new Promise((r) => setTimeout(r, 100));
    }
    expect(stats, output).toEqual({ assessments: 5 });

    const processes = descendants(npm.pid!);
    expect(processes.length, 'npm runs the server below it').toBeGreaterThan(0);
    npm.kill('SIGTERM');
    const { code } = await exited;
    await new Promise((r) => setTimeout(r, 200));

    const left = processes.filter(alive);
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left, 'processes left after npm exited').toEqual([]);
    expect(await listening(port), `port ${port} still taken`).toBe(false);
    expect(code, output.slice(-2000)).toBe(0);
    expect(output).toContain('SIGTERM: finishing 0 response(s) in flight');
  }, 120_000);
});
