/**
 * The only module that talks to the server: Hono's typed client over the API's AppType, so
 * a renamed route or field breaks the build instead of the page. Every request is counted
 * for the progress bar; every error comes back as an ApiError with the API's plain message.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { AppType } from '../../../server/app';
import { network } from './state/network.svelte';

/** Answers asked for ahead of their view (prefetch), each kept for the first request of its URL. */
const prefetched = new Map<string, Promise<Response>>();
/** An answer nobody asked for after all is dropped after this long. */
const PREFETCH_KEPT_MS = 10_000;

const trackedFetch: typeof fetch = async (input, init) => {
  const ahead = !init?.method || init.method === 'GET' ? takePrefetched(String(input)) : undefined;
  network.begin();
  try {
    return await (ahead ?? fetch(input, init));
  } finally {
    network.end();
  }
};

function takePrefetched(url: string): Promise<Response> | undefined {
  const key = new URL(url, location.origin).href;
  const answer = prefetched.get(key);
  prefetched.delete(key);
  return answer;
}

/**
 * Starts the requests a view opens with while its module is still loading; the view's own
 * request for the same URL then takes the answer instead of asking again.
 */
export function prefetch(urls: string[]) {
  for (const url of urls) {
    const key = new URL(url, location.origin).href;
    if (prefetched.has(key)) continue;
    const answer = fetch(key);
    answer.catch(() => undefined);
    prefetched.set(key, answer);
    setTimeout(() => prefetched.get(key) === answer && prefetched.delete(key), PREFETCH_KEPT_MS);
  }
}

const client = hc<AppType>(location.origin, { fetch: trackedFetch });
const api = client.api;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The body of a route's 200 answer. */
type Ok<R> = R extends ClientResponse<infer T, 200, 'json'> ? T : never;
type JsonResponse = ClientResponse<unknown, number, 'json'>;

async function read<R extends JsonResponse>(pending: Promise<R>): Promise<Ok<R>> {
  let res: R;
  try {
    res = await pending;
  } catch {
    throw new ApiError(0, 'network', 'サーバーに接続できません (the server did not answer)');
  }
  if (res.status !== 200) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? String(res.status), body?.error?.message ?? res.statusText);
  }
  return (await res.json()) as Ok<R>;
}

/** The query parameters a list route declares, by the API's own names. */
type QueryOf<E> = E extends { $get: (args: infer A, ...rest: never[]) => unknown }
  ? NonNullable<A> extends { query?: infer Q }
    ? NonNullable<Q>
    : never
  : never;
/** Filters as the pages hold them: any value, empty ones left out of the request. */
export type Filters<E> = { [K in Exclude<keyof QueryOf<E>, 'format'>]?: string | number | null };

function q<E>(filters: Filters<E>, extra: Record<string, string> = {}): QueryOf<E> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== null && v !== '') out[k] = String(v);
  return { ...out, ...extra } as QueryOf<E>;
}

/** A request's path and query, as a same-origin link (a CSV twin's, a prefetched answer's). */
function pathOf(url: URL): string {
  return url.pathname + url.search;
}
const CSV = { format: 'csv' };

/** The list resources: each answers a page `{ rows, total, next }` to its filters, and the whole filtered list as CSV. */
const lists = {
  municipalities: api.municipalities,
  assessments: api.assessments,
  files: api.files,
  systems: api.systems,
  contracts: api.contracts,
  contractors: api.contractors,
  provisions: api.provisions,
  ratings: api.ratings,
  audits: api.audits,
  procedures: api.procedures,
  changes: api.changes,
  thresholds: api.thresholds,
  outliers: api.outliers,
};
type Lists = typeof lists;
export type ListName = keyof Lists;
export type ListFilters<K extends ListName> = Filters<Lists[K]>;
/** A list's JSON answer, and one of its rows. */
export type ListOf<K extends ListName> = Ok<Awaited<ReturnType<Lists[K]['$get']>>>;
export type RowOf<K extends ListName> = ListOf<K>['rows'][number];

/** A list endpoint as the one generic loader below calls it; each list keeps its own types above. */
interface ListEndpoint {
  $get(args: { query: object }): Promise<JsonResponse>;
  $url(args: { query: object }): URL;
}

function eachList<F>(make: (endpoint: ListEndpoint) => F): Record<ListName, F> {
  const entries = Object.entries(lists).map(([name, endpoint]) => [name, make(endpoint as ListEndpoint)]);
  return Object.fromEntries(entries) as Record<ListName, F>;
}

const listFetchers: { [K in ListName]: (f?: ListFilters<K>) => Promise<ListOf<K>> } = eachList(
  (e) => (f: Filters<ListEndpoint> = {}) => read(e.$get({ query: q(f) })),
);
const listCsv: { [K in ListName]: (f?: ListFilters<K>) => string } = eachList(
  (e) => (f: Filters<ListEndpoint> = {}) => pathOf(e.$url({ query: q(f, CSV) })),
);

export type SearchFilters = Filters<typeof api.search> & { q: string };

/** The aggregates: counted by the server, per prefecture or per body of one prefecture. */
const aggregates = {
  contractorMatrix: api.contractors.matrix,
  subcontractShares: api.contracts['subcontract-shares'],
  ratingMatrix: api.ratings.matrix,
  systemMatrix: api.systems.matrix,
  changeTimeline: api.changes.timeline,
};
type Aggregates = typeof aggregates;
export type AggregateName = keyof Aggregates;
export type AggregateFilters<K extends AggregateName> = Filters<Aggregates[K]>;
export type AggregateOf<K extends AggregateName> = Ok<Awaited<ReturnType<Aggregates[K]['$get']>>>;

const aggregateFetchers = Object.fromEntries(
  Object.entries(aggregates).map(([name, e]) => [name, (f: Filters<ListEndpoint> = {}) => read((e as unknown as ListEndpoint).$get({ query: q(f) }))]),
) as unknown as { [K in AggregateName]: (f?: AggregateFilters<K>) => Promise<AggregateOf<K>> };

export const fetchApi = {
  ...listFetchers,
  ...aggregateFetchers,
  stats: () => read(api.stats.$get()),
  assessment: (id: number) => read(api.assessments[':id'].$get({ param: { id: String(id) } })),
  contractor: (id: number) => read(api.contractors[':id'].$get({ param: { id: String(id) } })),
  search: (f: SearchFilters) => read(api.search.$get({ query: q(f) })),
  source: (assessmentId: number, from: number, to: number) =>
    read(
      api.sources[':assessment_id'].$get({
        param: { assessment_id: String(assessmentId) },
        query: { from: String(from), to: String(to) },
      }),
    ),
};

/** An aggregate's JSON URL, exactly as its fetcher asks for it. */
export function aggregateHref<K extends AggregateName>(name: K, f: AggregateFilters<K> = {}): string {
  return pathOf((aggregates[name] as unknown as ListEndpoint).$url({ query: q(f) }));
}

export const csvHref = {
  ...listCsv,
  /** an aggregate's cells as CSV (the contractor matrix has no CSV twin) */
  subcontractShares: (f: AggregateFilters<'subcontractShares'> = {}) => pathOf(aggregates.subcontractShares.$url({ query: q(f, CSV) })),
  ratingMatrix: (f: AggregateFilters<'ratingMatrix'> = {}) => pathOf(aggregates.ratingMatrix.$url({ query: q(f, CSV) })),
  systemMatrix: (f: AggregateFilters<'systemMatrix'> = {}) => pathOf(aggregates.systemMatrix.$url({ query: q(f, CSV) })),
  changeTimeline: (f: AggregateFilters<'changeTimeline'> = {}) => pathOf(aggregates.changeTimeline.$url({ query: q(f, CSV) })),
  search: (f: SearchFilters) => pathOf(api.search.$url({ query: q(f, CSV) })),
};

type Loaded<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
export type Stats = Loaded<typeof fetchApi.stats>;
export type AssessmentDetail = Loaded<typeof fetchApi.assessment>;
export type ContractorProfile = Loaded<typeof fetchApi.contractor>;
export type SearchList = Loaded<typeof fetchApi.search>;
export type SourcePassage = Loaded<typeof fetchApi.source>;
