import type { Snippet } from 'svelte';

export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  key: string;
  label: string;
  /** the cell's value; `row[key]` when absent */
  value?: (row: T) => Cell | Cell[];
  /** makes the cell a link */
  href?: (row: T) => string | null;
  /** draws the cell instead (a summary with a disclosure, several links); text only, never HTML */
  render?: Snippet<[T]>;
  /** the field whose state (row.field_states) the cell shows; `key` when absent */
  state?: string;
  /** the API field a derived cell shows (`value` words a null), so a test can hold it against the CSV */
  field?: string;
}

/** Where a table's page sits in its whole list. */
export interface Paging {
  /** rows in the whole filtered list */
  total: number;
  /** rows before the first one shown */
  offset: number;
  /** rows per page */
  size: number;
  onpage: (page: number) => void;
}
