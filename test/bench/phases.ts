import { join } from 'node:path';
import { build } from 'vite';
import { apiRequestsOf, measureViews } from './browser';
import { benchCsv } from './csv';
import { benchEndpoints } from './endpoints';
import { benchLoad } from './load';
import type { BenchOptions, Part } from './options';
import { watchMemory, type MemoryWatch } from './proc-memory';
import { REPO } from './repo';
import type { BenchResults } from './results';
import { startServer } from './server';

interface Target {
  databaseUrl: string;
  authToken: string | undefined;
}

/**
 * Runs `work` against a server started for it alone, so each part's memory figures start from
 * a fresh process, and notes that server's RSS after start and at its peak.
 */
async function onFreshServer<T>(
  phase: Part,
  target: Target,
  results: BenchResults,
  work: (base: string, memory: MemoryWatch) => Promise<T>,
  env: NodeJS.ProcessEnv = {},
) {
  const server = await startServer(target.databaseUrl, env);
  const memory = watchMemory(server.pid);
  const whole = watchMemory(server.pid);
  try {
    const rssAfterStartBytes = whole.last();
    const out = await work(server.url, memory);
    (results.server ??= []).push({ phase, rssAfterStartBytes, peakRssBytes: whole.peak() });
    return out;
  } finally {
    memory.stop();
    whole.stop();
    await server.stop();
  }
}

/** The parts that need a server: the views (which also name the API requests), the endpoints, CSV and load. */
export async function runServerParts(options: BenchOptions, target: Target, results: BenchResults) {
  const { parts } = options;
  if (!['browser', 'api', 'load'].some((p) => parts.has(p as Part))) {
    if (parts.has('csv')) results.csv = await onFreshServer('csv', target, results, benchCsv);
    return;
  }
  if (options.build) {
    console.error('[bench] vite build');
    await build({ configFile: join(REPO, 'vite.config.ts'), logLevel: 'warn' });
  }
  const views = await onFreshServer('browser', target, results, (base) => measureViews(base, options.search));
  if (parts.has('browser')) results.views = views;
  const paths = apiRequestsOf(views);
  console.error(`[bench] the dashboard's views made ${paths.length} distinct API requests`);
  if (parts.has('api')) {
    const endpoints = (base: string, memory: MemoryWatch) => benchEndpoints({ base, ...target, memory }, paths, options.endpointSeconds);
    results.endpoints = await onFreshServer('api', target, results, endpoints);
    // over a libSQL server the server keeps no answer anyway (no data version it can see)
    if (results.database === 'file') {
      console.error('[bench] again, on a server that keeps no answer');
      results.endpointsComputed = await onFreshServer('api', target, results, endpoints, { PIA_API_CACHE_MB: '0' });
    }
  }
  if (parts.has('csv')) results.csv = await onFreshServer('csv', target, results, benchCsv);
  if (parts.has('load')) results.load = await onFreshServer('load', target, results, (base, memory) => benchLoad(base, paths, options.loadSeconds, memory));
}
