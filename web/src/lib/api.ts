/**
 * The only module that talks to the server: Hono's typed client over the API's AppType, so
 * a renamed route or field breaks the build instead of the page. Every request is counted
 * for the progress bar; every error comes back as an ApiError with the API's plain message.
 */
import { hc, type ClientResponse } from 'hono/client';
import type { AppType } from '../../../server/app';
import { network } from './state/network.svelte';

const trackedFetch: typeof fetch = async (input, init) => {
  network.begin();
  try {
    return await fetch(input, init);
  } finally {
    network.end();
  }
};

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

async function read<R extends ClientResponse<unknown, number, 'json'>>(pending: Promise<R>): Promise<Ok<R>> {
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

/** The same resource and filters as CSV (format=csv): exactly the rows a table shows, as a file. */
function csv(url: URL): string {
  return url.pathname + url.search;
}
const CSV = { format: 'csv' };

type Api = typeof api;
export type MunicipalityFilters = Filters<Api['municipalities']>;
export type AssessmentFilters = Filters<Api['assessments']>;
export type ContractFilters = Filters<Api['contracts']>;
export type ContractorFilters = Filters<Api['contractors']>;
export type RatingFilters = Filters<Api['ratings']>;
export type SystemFilters = Filters<Api['systems']>;
export type ChangeFilters = Filters<Api['changes']>;
export type OutlierFilters = Filters<Api['outliers']>;
export type SearchFilters = Filters<Api['search']> & { q: string };

export const fetchApi = {
  municipalities: (f: MunicipalityFilters = {}) => read(api.municipalities.$get({ query: q(f) })),
  assessments: (f: AssessmentFilters = {}) => read(api.assessments.$get({ query: q(f) })),
  assessment: (id: number) => read(api.assessments[':id'].$get({ param: { id: String(id) } })),
  contracts: (f: ContractFilters = {}) => read(api.contracts.$get({ query: q(f) })),
  contractors: (f: ContractorFilters = {}) => read(api.contractors.$get({ query: q(f) })),
  contractor: (id: number) => read(api.contractors[':id'].$get({ param: { id: String(id) } })),
  ratings: (f: RatingFilters = {}) => read(api.ratings.$get({ query: q(f) })),
  systems: (f: SystemFilters = {}) => read(api.systems.$get({ query: q(f) })),
  changes: (f: ChangeFilters = {}) => read(api.changes.$get({ query: q(f) })),
  outliers: (f: OutlierFilters = {}) => read(api.outliers.$get({ query: q(f) })),
  search: (f: SearchFilters) => read(api.search.$get({ query: q(f) })),
  source: (assessmentId: number, from: number, to: number) =>
    read(
      api.sources[':assessment_id'].$get({
        param: { assessment_id: String(assessmentId) },
        query: { from: String(from), to: String(to) },
      }),
    ),
};

export const csvHref = {
  municipalities: (f: MunicipalityFilters = {}) => csv(api.municipalities.$url({ query: q(f, CSV) })),
  assessments: (f: AssessmentFilters = {}) => csv(api.assessments.$url({ query: q(f, CSV) })),
  contracts: (f: ContractFilters = {}) => csv(api.contracts.$url({ query: q(f, CSV) })),
  contractors: (f: ContractorFilters = {}) => csv(api.contractors.$url({ query: q(f, CSV) })),
  ratings: (f: RatingFilters = {}) => csv(api.ratings.$url({ query: q(f, CSV) })),
  systems: (f: SystemFilters = {}) => csv(api.systems.$url({ query: q(f, CSV) })),
  changes: (f: ChangeFilters = {}) => csv(api.changes.$url({ query: q(f, CSV) })),
  outliers: (f: OutlierFilters = {}) => csv(api.outliers.$url({ query: q(f, CSV) })),
  search: (f: SearchFilters) => csv(api.search.$url({ query: q(f, CSV) })),
};

type Loaded<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
export type MunicipalityList = Loaded<typeof fetchApi.municipalities>;
export type ContractList = Loaded<typeof fetchApi.contracts>;
export type ContractorList = Loaded<typeof fetchApi.contractors>;
export type ContractorProfile = Loaded<typeof fetchApi.contractor>;
export type RatingList = Loaded<typeof fetchApi.ratings>;
export type SystemList = Loaded<typeof fetchApi.systems>;
export type ChangeList = Loaded<typeof fetchApi.changes>;
export type OutlierList = Loaded<typeof fetchApi.outliers>;
export type SearchList = Loaded<typeof fetchApi.search>;
export type AssessmentList = Loaded<typeof fetchApi.assessments>;
export type AssessmentDetail = Loaded<typeof fetchApi.assessment>;
export type SourcePassage = Loaded<typeof fetchApi.source>;
