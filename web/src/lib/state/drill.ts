import { router } from './router.svelte';

/**
 * The drill-down of the aggregate views: the whole country by prefecture, or — with `pref` in
 * the URL — the bodies of one prefecture. A group's key is a prefecture's 2-digit code (00:
 * bodies of no known prefecture, which cannot be opened) or a body's code (`name:…` for a body
 * without one).
 */
export const drill = {
  get prefecture(): string {
    return router.param('pref');
  },

  /** Opens a prefecture's bodies; `resets` are the selections that belonged to the whole country. */
  open(prefecture: { key: string; label: string }, resets: string[] = []) {
    if (prefecture.key === '00') return;
    router.setParams({ pref: prefecture.label, city: null, ...Object.fromEntries(resets.map((r) => [r, null])) }, { push: true });
  },

  /** Back to the whole country. */
  close(resets: string[] = []) {
    router.setParams({ pref: null, city: null, ...Object.fromEntries(resets.map((r) => [r, null])) }, { push: true });
  },
};

/** A body group's key as the API's `municipality` filter takes it: its code, or its name. */
export const bodyOfGroup = (key: string) => (key.startsWith('name:') ? key.slice(5) : key);
