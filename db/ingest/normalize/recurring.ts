import { detached } from './detached';

/**
 * A thread's memo of work on texts that recur across documents: the form's labels, option
 * lists, checkbox groups and boilerplate passages. Keys are copied (detached) so that no kept
 * slice holds a whole document alive; only texts up to `maxLength` are kept, since a body's
 * own prose rarely recurs and kept it cost each thread tens of MB; at `maxEntries` it starts
 * over. `compute` must return values that hold no slice of the document either (detached).
 */
export class RecurringTexts<V> {
  private readonly kept = new Map<string, V>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxLength = 400,
  ) {}

  get(text: string, compute: (text: string) => V): V {
    if (text.length > this.maxLength) return compute(text);
    let value = this.kept.get(text);
    if (value === undefined) {
      value = compute(text);
      if (this.kept.size >= this.maxEntries) this.kept.clear();
      this.kept.set(detached(text), value);
    }
    return value;
  }
}
