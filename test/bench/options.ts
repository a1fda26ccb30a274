import { parseArgs } from 'node:util';

export const PARTS = ['ingest', 'browser', 'api', 'csv', 'load'] as const;
export type Part = (typeof PARTS)[number];

export type CorpusChoice = { kind: 'national' } | { kind: 'seeds' } | { kind: 'dir'; dir: string };

export interface BenchOptions {
  corpus: CorpusChoice;
  parts: Set<Part>;
  /** seconds of the load run (100 connections across the dashboard's endpoints) */
  loadSeconds: number;
  /** seconds per endpoint at 16 connections, and as long again for its raw SQL */
  endpointSeconds: number;
  /** an existing database to bench instead of ingesting the corpus into a fresh one */
  database?: string;
  sqld: boolean;
  /** where the figures go as JSON (default test/bench/results/<corpus>[-sqld].json) */
  json?: string;
  /** the search view's query */
  search: string;
  build: boolean;
}

const USAGE = `usage: npm run bench [-- options]
  (default)            the synthetic national corpus, generated into a temp folder
  --seeds              the five seed documents instead
  --corpus DIR         the documents in DIR (a folder of files, or one with documents/ in it)
  --database URL       bench this database as it is (no ingest)
  --sqld               a libSQL server (sqld): ingest into it and serve from it
  --only LIST          some of ${PARTS.join(',')}
  --duration S         seconds of the load run (default 60)
  --endpoint-duration S  seconds per endpoint (default 5)
  --search TERM        the search view's query (default 委託)
  --json FILE          write the figures there
  --no-build           use dist/web as it is (default: vite build first)`;

export class UsageError extends Error {}

function seconds(value: string | undefined, fallback: number, name: string) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`--${name} ${value}: expected a number of seconds above 0\n${USAGE}`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        database: { type: 'string' },
        sqld: { type: 'boolean', default: false },
        only: { type: 'string' },
        duration: { type: 'string' },
        'endpoint-duration': { type: 'string' },
        search: { type: 'string', default: '委託' },
        json: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) throw new UsageError(USAGE);
  if (values.seeds && values.corpus) throw new UsageError(`--seeds and --corpus: choose one\n${USAGE}`);
  if (values.database && values.sqld) throw new UsageError(`--database and --sqld: choose one\n${USAGE}`);
  const parts = new Set<Part>(PARTS);
  if (values.only !== undefined) {
    parts.clear();
    for (const p of values.only.split(',').map((s) => s.trim())) {
      if (!(PARTS as readonly string[]).includes(p)) throw new UsageError(`--only ${values.only}: '${p}' is not one of ${PARTS.join(', ')}`);
      parts.add(p as Part);
    }
  }
  return {
    corpus: values.seeds ? { kind: 'seeds' } : values.corpus ? { kind: 'dir', dir: values.corpus } : { kind: 'national' },
    parts,
    loadSeconds: seconds(values.duration, 60, 'duration'),
    endpointSeconds: seconds(values['endpoint-duration'], 5, 'endpoint-duration'),
    ...(values.database ? { database: values.database } : {}),
    sqld: values.sqld,
    ...(values.json ? { json: values.json } : {}),
    search: values.search,
    build: !values['no-build'],
  };
}
