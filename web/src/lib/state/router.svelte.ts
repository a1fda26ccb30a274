/**
 * A tiny history router: the path picks the view, the query string holds filters and
 * selection, so every view is deep-linkable. The server answers unknown paths with
 * index.html (SPA fallback).
 */
export type QueryPatch = Record<string, string | number | null | undefined>;

class Router {
  path = $state(location.pathname);
  query = $state.raw(new URLSearchParams(location.search));

  constructor() {
    window.addEventListener('popstate', () => this.#sync());
  }

  /** One query parameter, '' when absent. */
  param(name: string): string {
    return this.query.get(name) ?? '';
  }

  /** Go to another view (a new history entry). */
  goto(href: string) {
    history.pushState(null, '', href);
    this.#sync();
    window.scrollTo(0, 0);
  }

  /** Change filters/selection of the current view; `push` keeps the old state in history. */
  setParams(patch: QueryPatch, { push = false } = {}) {
    const next = new URLSearchParams(this.query);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    const search = next.toString();
    const href = `${this.path}${search ? `?${search}` : ''}`;
    if (push) history.pushState(null, '', href);
    else history.replaceState(null, '', href);
    this.#sync();
  }

  #sync() {
    this.path = location.pathname;
    this.query = new URLSearchParams(location.search);
  }
}

export const router = new Router();

/** Builds an in-app href from a path and query values (empty values left out). */
export function href(path: string, query: QueryPatch = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A path segment as text, or null when its percent-encoding is malformed (`/cities/%zz`): the
 * address bar keeps whatever was typed, and decodeURIComponent throws on it.
 */
export function decodePathSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
