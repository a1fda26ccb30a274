import { hammer, type HttpFigures } from './http';
import type { MemoryWatch } from './proc-memory';

export const LOAD_CONNECTIONS = 100;

export interface LoadFigures extends HttpFigures {
  paths: number;
  serverRssStartBytes: number;
  serverRssEndBytes: number;
  serverPeakRssBytes: number;
}

/** 100 connections for `seconds`, each going round the dashboard's API requests in turn. */
export async function benchLoad(base: string, paths: string[], seconds: number, memory: MemoryWatch): Promise<LoadFigures> {
  const serverRssStartBytes = memory.last();
  memory.restart();
  const http = await hammer(base, paths, LOAD_CONNECTIONS, { seconds });
  return {
    ...http,
    paths: paths.length,
    serverRssStartBytes,
    serverRssEndBytes: memory.last(),
    serverPeakRssBytes: memory.peak(),
  };
}
