import type { Component } from 'svelte';
import type { MessageKey } from './i18n/ja';
import Changes from '../pages/Changes.svelte';
import Cities from '../pages/Cities.svelte';
import CityProfile from '../pages/CityProfile.svelte';
import ContractorProfile from '../pages/ContractorProfile.svelte';
import Contractors from '../pages/Contractors.svelte';
import NotFound from '../pages/NotFound.svelte';
import { decodePathSegment } from './state/router.svelte';
import Overview from '../pages/Overview.svelte';
import Risks from '../pages/Risks.svelte';
import Search from '../pages/Search.svelte';
import Source from '../pages/Source.svelte';
import Systems from '../pages/Systems.svelte';

export type PageProps = { params: Record<string, string> };

interface Route {
  pattern: string;
  view: string;
  title: MessageKey;
  nav: string;
  component: Component<PageProps>;
}

const routes: Route[] = [
  { pattern: '/', view: 'overview', title: 'nav.overview', nav: '/', component: Overview },
  { pattern: '/contractors', view: 'contractors', title: 'nav.contractors', nav: '/contractors', component: Contractors },
  { pattern: '/contractors/:id', view: 'contractor', title: 'contractors.profile', nav: '/contractors', component: ContractorProfile },
  { pattern: '/risks', view: 'risks', title: 'nav.risks', nav: '/risks', component: Risks },
  { pattern: '/systems', view: 'systems', title: 'nav.systems', nav: '/systems', component: Systems },
  { pattern: '/changes', view: 'changes', title: 'nav.changes', nav: '/changes', component: Changes },
  { pattern: '/cities', view: 'cities', title: 'nav.cities', nav: '/cities', component: Cities },
  { pattern: '/cities/:city', view: 'city', title: 'cities.profile', nav: '/cities', component: CityProfile },
  { pattern: '/sources/:assessment', view: 'source', title: 'source.title', nav: '/cities', component: Source },
  { pattern: '/search', view: 'search', title: 'nav.search', nav: '/search', component: Search },
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
    component: NotFound,
    params: {},
    key: 'not-found',
  };
}
