import { fetchApi, type ListOf } from '../api';
import { Resource } from './resource.svelte';

/** The cities, loaded once and shared: chart rows follow their order (by 団体コード). */
class Cities extends Resource<ListOf<'municipalities'>> {
  #started = false;

  ensure() {
    if (!this.#started || this.error) {
      this.#started = true;
      void this.load(() => fetchApi.municipalities());
    }
    return this;
  }

  get names(): string[] {
    return (this.data?.rows ?? []).map((r) => r.name);
  }
}

export const cities = new Cities();
