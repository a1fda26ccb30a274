import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { watchMemory } from './proc-memory';
import { REPO } from './repo';

export interface IngestFigures {
  documents: number;
  loaded: number;
  failed: number;
  /** from the start of the process to its exit: start-up, migrations, reading and storing */
  seconds: number;
  documentsPerSecond: number;
  /** the ingest process's peak RSS, worker threads included */
  peakRssBytes: number;
  workers: string;
  exitCode: number | null;
}

/**
 * The ingest as `npm run ingest -- DIR` runs it (REPORTS=errors): bundled first (not timed: a
 * build, not the load), then `node dist/ingest/ingest.js DIR`, its memory polled from /proc
 * while it runs. Its progress lines pass through to stderr.
 */
export async function runIngest(dir: string, databaseUrl: string): Promise<IngestFigures> {
  const { build } = await import('vite');
  await build({ configFile: join(REPO, 'vite.ingest.config.ts'), logLevel: 'warn' });
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO, 'dist', 'ingest', 'ingest.js'), dir], {
    cwd: REPO,
    env: { ...process.env, DATABASE_URL: databaseUrl, REPORTS: 'errors' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchMemory(child.pid!);
  let stdout = '';
  let errors = 0;
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => {
    const text = d.toString();
    errors += text.split('\n').filter((l) => l.startsWith('error:')).length;
    process.stderr.write(text.replace(/^(?=.)/gm, '[ingest] '));
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const seconds = (performance.now() - started) / 1000;
  memory.stop();
  const summary = /(\d+) of (\d+) documents loaded/.exec(stdout);
  if (!summary) throw new Error(`the ingest printed no summary (exit ${exitCode}):\n${stdout.slice(-2000)}`);
  const loaded = Number(summary[1]);
  const documents = Number(summary[2]);
  return {
    documents,
    loaded,
    failed: Math.max(documents - loaded, errors),
    seconds,
    documentsPerSecond: loaded / seconds,
    peakRssBytes: memory.peak(),
    workers: process.env.PIA_INGEST_WORKERS ?? 'one per core',
    exitCode,
  };
}
