import { csvHref, fetchApi, type ListFilters, type ListName, type ListOf } from '../api';
import { Resource } from './resource.svelte';
import { router } from './router.svelte';

/**
 * One page of a list resource, never the whole list: the page number lives in the URL
 * (`<name>.page`, so a page is deep-linkable), the rows come `size` at a time from the API,
 * and the CSV link asks for the whole filtered list.
 */
export class ListPage<K extends ListName> {
  readonly resource = new Resource<ListOf<K>>();
  #filters = '';

  constructor(
    readonly list: K,
    /** the table's name: its page parameter is `<name>.page` */
    readonly name: string,
    readonly size = 25,
  ) {}

  get param() {
    return `${this.name}.page`;
  }

  /** the page shown, from 1 */
  get page(): number {
    const n = Number(router.param(this.param));
    return Number.isInteger(n) && n > 1 ? n : 1;
  }

  get offset() {
    return (this.page - 1) * this.size;
  }

  get rows() {
    return (this.resource.data?.rows ?? []) as ListOf<K>['rows'];
  }

  get total() {
    return this.resource.data?.total ?? 0;
  }

  /**
   * Loads the page shown under `filters`. Other filters than the last ones start the list at
   * its first page again (the page number of a narrower list means nothing).
   */
  load(filters: ListFilters<K>) {
    const key = JSON.stringify(filters);
    const changed = this.#filters !== '' && this.#filters !== key;
    this.#filters = key;
    if (changed && this.page > 1) {
      router.setParams({ [this.param]: null });
      return;
    }
    const query = { ...filters, limit: this.size, offset: this.offset } as ListFilters<K>;
    void this.resource.load(() => (fetchApi[this.list] as (f: ListFilters<K>) => Promise<ListOf<K>>)(query));
  }

  goto(page: number) {
    router.setParams({ [this.param]: page > 1 ? page : null }, { push: true });
  }

  /** the CSV of the whole filtered list */
  csv(filters: ListFilters<K>): string {
    return (csvHref[this.list] as (f: ListFilters<K>) => string)(filters);
  }

  /** what a DataTable needs to page */
  get paging() {
    return { total: this.total, offset: this.offset, size: this.size, onpage: (page: number) => this.goto(page) };
  }
}
