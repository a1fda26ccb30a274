import type { ViewFigures } from './browser';
import type { CsvFigures } from './csv';
import type { EndpointFigures } from './endpoints';
import type { IngestFigures } from './ingest';
import type { LoadFigures } from './load';
import type { Machine } from './machine';
import type { Part } from './options';

/** Every figure of one bench run: what the table shows and the JSON file holds. */
export interface BenchResults {
  startedAt: string;
  machine: Machine;
  corpus: { label: string; files: number; bytes: number };
  /** 'file' (embedded libSQL) or 'sqld' (a libSQL server over HTTP) */
  database: 'file' | 'sqld';
  ingest?: IngestFigures;
  views?: ViewFigures[];
  /** the dashboard's requests to the server as it runs: an answer asked again comes from its cache */
  endpoints?: EndpointFigures[];
  /** the same requests to a server that keeps no answer (PIA_API_CACHE_MB=0): each one runs its SQL */
  endpointsComputed?: EndpointFigures[];
  csv?: CsvFigures[];
  load?: LoadFigures;
  /** each part's own server: its RSS once started and its peak */
  server?: { phase: Part; rssAfterStartBytes: number; peakRssBytes: number }[];
}
