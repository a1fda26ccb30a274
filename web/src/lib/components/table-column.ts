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
}
