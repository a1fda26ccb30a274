import type { Component } from 'svelte';
import { aggregateHref } from './api';
import type { MessageKey } from './i18n/ja';
import { openingQueries as opening } from './state/opening-queries';
import { decodePathSegment } from './state/router.svelte';

export type PageProps = { params: Record<string, string> };

/** A view's module, loaded when the view is first shown: each view brings only its own charts. */
type PageModule = () => Promise<{ default: Component<PageProps> }>;

interface Route {
  pattern: string;
  view: string;
  title: MessageKey;
  nav: string;
  load: PageModule;
  /** the aggregates the view opens with, asked for beside its module (see opening-queries.ts) */
  opens?: () => string[];
}

const routes: Route[] = [
  { pattern: '/', view: 'overview', title: 'nav.overview', nav: '/', load: () => import('../pages/Overview.svelte') },
  { pattern: '/contractors', view: 'contractors', title: 'nav.contractors', nav: '/contractors', load: () => import('../pages/Contractors.svelte'),
    opens: () => [aggregateHref('contractorMatrix', opening.contractorMatrix()), aggregateHref('subcontractShares', opening.subcontractShares())] },
  { pattern: '/contractors/:id', view: 'contractor', title: 'contractors.profile', nav: '/contractors', load: () => import('../pages/ContractorProfile.svelte') },
  { pattern: '/risks', view: 'risks', title: 'nav.risks', nav: '/risks', load: () => import('../pages/Risks.svelte'), opens: () => [aggregateHref('ratingMatrix', opening.ratingMatrix())] },
  { pattern: '/systems', view: 'systems', title: 'nav.systems', nav: '/systems', load: () => import('../pages/Systems.svelte'), opens: () => [aggregateHref('systemMatrix', opening.systemMatrix())] },
  { pattern: '/changes', view: 'changes', title: 'nav.changes', nav: '/changes', load: () => import('../pages/Changes.svelte'), opens: () => [aggregateHref('changeTimeline', opening.changeTimeline())] },
  { pattern: '/cities', view: 'cities', title: 'nav.cities', nav: '/cities', load: () => import('../pages/Cities.svelte') },
  { pattern: '/cities/:city', view: 'city', title: 'cities.profile', nav: '/cities', load: () => import('../pages/CityProfile.svelte') },
  { pattern: '/sources/:assessment', view: 'source', title: 'source.title', nav: '/cities', load: () => import('../pages/Source.svelte') },
  { pattern: '/search', view: 'search', title: 'nav.search', nav: '/search', load: () => import('../pages/Search.svelte') },
];

export const NAV: { path: string; label: MessageKey }[] = [
  { path: '/', label: 'nav.overview' },
  { path: '/contractors', label: 'nav.contractors' },
  { path: '/risks', label: 'nav.risks' },
  { path: '/systems', label: 'nav.systems' },
  { path: '/changes', label: 'nav.changes' },
  { path: '/cities', label: 'nav.cities' },
  { path: '/search', label: 'nav.search' },
];

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (pattern === '/') return path === '/' || path === '' ? {} : null;
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i]!;
    if (part.startsWith(':')) {
      const decoded = value ? decodePathSegment(value) : null;
      if (!decoded) return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) return null;
  }
  return params;
}

/** The view for a path; `key` changes when the page must be built anew. */
export function matchRoute(path: string) {
  for (const route of routes) {
    const params = match(route.pattern, path);
    if (params) return { ...route, params, key: `${route.pattern}|${JSON.stringify(params)}` };
  }
  return {
    pattern: '*',
    view: 'not-found',
    title: 'status.notFound' as MessageKey,
    nav: '',
    load: (() => import('../pages/NotFound.svelte')) as PageModule,
    params: {},
    key: 'not-found',
  };
}
