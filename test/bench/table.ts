import type { ViewFigures } from './browser';
import { ENDPOINT_CONNECTIONS, type EndpointFigures } from './endpoints';
import { bytes, count, ms, rate } from './format';
import { LOAD_CONNECTIONS } from './load';
import type { BenchResults } from './results';
import { loadP99TargetMs, TARGETS as T } from './targets';

type Row = [part: string, item: string, figure: string, target: string];

const sql = (r: BenchResults) => (r.database === 'sqld' ? 'a libSQL server (sqld)' : 'a fresh embedded file database');

function ingestRows(r: BenchResults): Row[] {
  const i = r.ingest;
  if (!i) return [];
  return [
    ['ingest', `${count(i.documents)} documents into ${sql(r)}`, `${rate(i.documentsPerSecond)} documents/s, ${i.seconds.toFixed(1)} s wall, ${i.failed} failed`, `≤ ${T.ingestSeconds} s (national)`],
    ['ingest', `peak RSS (workers: ${i.workers})`, bytes(i.peakRssBytes), `≤ ${bytes(T.ingestPeakRssBytes)}`],
  ];
}

function viewRows(r: BenchResults): Row[] {
  const firstChart = (v: ViewFigures) =>
    v.firstChartMs !== null ? `first chart ${ms(v.firstChartMs)} (${v.firstChart}; ${v.charts} on the view)` : v.charts ? `${v.charts} charts, none drawn` : 'no chart on this view';
  return (r.views ?? []).map((v) => [
    'view',
    v.view,
    `${firstChart(v)} · JS ${bytes(v.jsBytes)} ${v.jsEncodings.join('/')} in ${v.jsFiles} file(s) · ${v.apiRequests.length} API requests`,
    `first chart ≤ ${ms(T.firstChartMs)}`,
  ]);
}

function endpointRows(part: string, endpoints: EndpointFigures[] = []): Row[] {
  return endpoints.map((e) => {
    const raw = e.rawSql ? `raw SQL p50 ${ms(e.rawSql.p50Ms)} (${e.rawSql.statements} stmt) → ${e.ratio === null ? '–' : `${e.ratio.toFixed(1)}×`}` : 'no SQL';
    const failures = e.errors || e.non2xx ? ` · ${e.errors} errors, ${e.non2xx} non-2xx` : '';
    const http = e.requests ? `p50 ${ms(e.p50Ms)} · p99 ${ms(e.p99Ms)} · ${rate(e.perSecond)} req/s (${count(e.requests)} in ${e.seconds.toFixed(0)} s)` : `no answer in ${e.seconds.toFixed(0)} s`;
    return [
      part,
      e.path,
      `${http} · ${bytes(e.bytes)} (${e.encoding} ${bytes(e.sentBytes)}) · ${raw} · server RSS peak ${bytes(e.serverPeakRssBytes)}${failures}`,
      `p99 ≤ ${T.endpointP99Ms} ms · ≤ ${T.endpointRawSqlRatio}× raw · ≤ ${bytes(T.responseBytes)}`,
    ];
  });
}

function csvRows(r: BenchResults): Row[] {
  return (r.csv ?? []).map((c) => [
    'csv',
    c.path,
    `${count(c.rows)} rows · ${bytes(c.bytes)} (sent ${bytes(c.sentBytes)}) in ${c.seconds.toFixed(2)} s · server RSS ${bytes(c.serverRssBeforeBytes)} → peak ${bytes(c.serverPeakRssBytes)}${c.error ? ` · failed: ${c.error}` : c.status === 200 ? '' : ` · status ${c.status}`}`,
    `RSS flat, ≤ ${bytes(T.serverRssBytes)}`,
  ]);
}

function loadRows(r: BenchResults): Row[] {
  const l = r.load;
  if (!l) return [];
  return [
    [
      'load',
      `${LOAD_CONNECTIONS} connections × ${l.seconds.toFixed(0)} s over ${l.paths} requests`,
      `p50 ${ms(l.p50Ms)} · p99 ${ms(l.p99Ms)} · ${rate(l.perSecond)} req/s · ${count(l.requests)} requests · ${l.errors} errors (${l.timeouts} timeouts) · ${l.non2xx} non-2xx`,
      `p99 ≤ ${loadP99TargetMs(r.corpus.label)} ms, 0 errors`,
    ],
    ['load', 'server RSS start → end', `${bytes(l.serverRssStartBytes)} → ${bytes(l.serverRssEndBytes)} (peak ${bytes(l.serverPeakRssBytes)})`, `flat, ≤ ${bytes(T.serverRssBytes)}`],
  ];
}

function serverRows(r: BenchResults): Row[] {
  return (r.server ?? []).map((s) => [
    'server',
    `RSS through the ${s.phase} part (a server of its own): after start → peak`,
    `${bytes(s.rssAfterStartBytes)} → ${bytes(s.peakRssBytes)}`,
    `≤ ${bytes(T.serverRssBytes)}`,
  ]);
}

/** The header: what was measured and on which machine. */
export function header(r: BenchResults): string {
  const m = r.machine;
  return [
    `pia-compare bench, ${r.startedAt}: ${r.corpus.label} corpus (${count(r.corpus.files)} files, ${bytes(r.corpus.bytes)}) on ${sql(r)}`,
    `machine: ${m.cores} cores (${m.cpu}), ${bytes(m.memoryBytes)} memory, Node ${m.node}, ${m.os}; load average ${m.loadAverage.toFixed(2)} at the start`,
    `api: autocannon at ${ENDPOINT_CONNECTIONS} connections against the server process, in the same ${m.cores} cores; raw SQL at the same concurrency through @libsql/client`,
    `"api" is the server as it runs (an answer asked again comes from its cache until the database changes); "api, no cache" a server that computes every answer (PIA_API_CACHE_MB=0)`,
  ].join('\n');
}

const escape = (s: string) => s.replaceAll('|', '\\|');

/** One Markdown table of every figure, its target beside it. */
export function table(r: BenchResults): string {
  const rows = [...ingestRows(r), ...viewRows(r), ...endpointRows('api', r.endpoints), ...endpointRows('api, no cache', r.endpointsComputed), ...csvRows(r), ...loadRows(r), ...serverRows(r)];
  const lines = ['| part | item | figure | target |', '|---|---|---|---|', ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)];
  return `${header(r)}\n\n${lines.join('\n')}`;
}
