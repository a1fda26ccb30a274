/**
 * One piece of remote data with its loading and error state. Large payloads sit in
 * `$state.raw`: they are replaced whole, never mutated, so Svelte need not proxy them.
 */
export class Resource<T> {
  data = $state.raw<T | undefined>(undefined);
  error = $state<string | null>(null);
  loading = $state(false);
  #seq = 0;

  /** Loads with `fetcher`; a newer call wins over a slower older one. */
  async load(fetcher: () => Promise<T>): Promise<void> {
    const seq = ++this.#seq;
    this.loading = true;
    this.error = null;
    try {
      const data = await fetcher();
      if (seq === this.#seq) this.data = data;
    } catch (err) {
      if (seq === this.#seq) {
        this.data = undefined;
        this.error = err instanceof Error ? err.message : String(err);
      }
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  clear() {
    this.#seq++;
    this.data = undefined;
    this.error = null;
    this.loading = false;
  }
}
