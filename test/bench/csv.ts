import { download } from './http';
import type { MemoryWatch } from './proc-memory';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { example?: unknown };
  example?: unknown;
}

interface OpenApi {
  paths: Record<string, { get?: { parameters?: Parameter[]; responses?: Record<string, { content?: Record<string, unknown> }> } }>;
}

export interface CsvFigures {
  path: string;
  status: number;
  seconds: number;
  rows: number;
  bytes: number;
  sentBytes: number;
  /** the server's RSS just before the export, and its peak while the export streamed */
  serverRssBeforeBytes: number;
  serverPeakRssBytes: number;
  /** why the export did not finish (the answer was cut short), when it did not */
  error?: string;
}

/**
 * Every operation the OpenAPI document says answers text/csv, with its required parameters at
 * their documented examples and no paging: the whole list.
 */
export async function csvExports(base: string): Promise<string[]> {
  const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as OpenApi;
  const paths: string[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const get = item.get;
    if (!get?.responses?.['200']?.content?.['text/csv']) continue;
    let path = template;
    const query = new URLSearchParams({ format: 'csv' });
    for (const p of (get.parameters ?? []).filter((p) => p.required)) {
      const example = p.schema?.example ?? p.example;
      if (example === undefined) throw new Error(`${template}: parameter ${p.name} is required and has no example to bench with`);
      if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(String(example)));
      else query.set(p.name, String(example));
    }
    paths.push(`${path}?${query}`);
  }
  return paths;
}

/** Each full CSV export, one at a time, timed to its last byte with the server's memory polled. */
export async function benchCsv(base: string, memory: MemoryWatch): Promise<CsvFigures[]> {
  const figures: CsvFigures[] = [];
  for (const path of await csvExports(base)) {
    const serverRssBeforeBytes = memory.last();
    memory.restart();
    const started = performance.now();
    const d = await download(base + path).catch((e: Error) => e);
    if (d instanceof Error) {
      const seconds = (performance.now() - started) / 1000;
      figures.push({ path, status: 0, seconds, rows: 0, bytes: 0, sentBytes: 0, serverRssBeforeBytes, serverPeakRssBytes: memory.peak(), error: d.message });
      console.error(`[bench] ${path}: failed after ${seconds.toFixed(2)} s: ${d.message}`);
      continue;
    }
    figures.push({
      path,
      status: d.status,
      seconds: d.seconds,
      rows: Math.max(0, d.records - 1),
      bytes: d.bytes,
      sentBytes: d.sentBytes,
      serverRssBeforeBytes,
      serverPeakRssBytes: memory.peak(),
    });
    console.error(`[bench] ${path}: ${Math.max(0, d.records - 1)} rows, ${(d.bytes / 2 ** 20).toFixed(1)} MiB in ${d.seconds.toFixed(2)} s`);
  }
  return figures;
}
