import { reason, type Reason } from '../../../form/reasons';
import { fact, type Fact } from '../../facts';
import { compact } from '../../normalize/text';
import type { PageItem, PageStructure, RowLabel } from './item-structure';
import { wordsSpan, type Bare } from './item-values';

/**
 * The values of the items on one page. A value beside its label (or under it) is the item's
 * for certain when the label is: one item alone can own that row on the page, or every item
 * that can prints the same value. Values printed apart from every label are placed by kind
 * (a band, a contractor, an answer, prose) on the items whose row is left without one, certain
 * only where the page leaves one choice.
 */
export interface ItemValues {
  item: PageItem;
  values: Map<string, Fact<string>>;
  /** rows the item has on the page whose label stands without a value */
  open: Map<string, Slot>;
}

export interface Slot {
  label: RowLabel;
  /** the label is this item's for certain, or no rival label of the row holds a value */
  sure: boolean;
  /** why a value placed here is not certain, when the label is not */
  shared: Reason;
}

/** `word`: the form's word for an item (「委託事項」), for the reasons. */
export function pageValues(s: PageStructure, placed: Map<RowLabel, number | null>, bound: Map<RowLabel, Fact<string>>, word: string): ItemValues[] {
  const items = s.items.map((item) => ({ item, values: new Map<string, Fact<string>>(), open: new Map<string, Slot>() }));
  for (const [label, no] of placed) {
    const key = label.spec.key;
    const at = items.find((x) => x.item.no === no);
    if (!key || !at) continue;
    const nos = s.candidates.get(label)!;
    const rivals = [...s.candidates].filter(([r, c]) => r.row === label.row && c.includes(at.item.no)).map(([r]) => bound.get(r)?.value);
    const v = bound.get(label);
    if (v) {
      const agree = rivals.every((x) => x !== undefined && compact(x) === compact(v.value));
      const certain = nos.length === 1 || agree;
      at.values.set(key, certain ? v : { ...v, certain: false, reason: reason('rowsShared', { item: word, nos }) });
    } else at.open.set(key, { label, sure: nos.length === 1 || rivals.every((x) => x === undefined), shared: reason('rowsShared', { item: word, nos }) });
  }
  return items;
}

export interface Fill {
  at: ItemValues;
  key: string;
  slot: Slot;
}

export const slotsFor = (items: ItemValues[], key: string, keep: (x: ItemValues) => boolean = () => true): Fill[] =>
  items
    .filter((x) => !x.values.has(key) && x.open.has(key) && keep(x))
    .map((at) => ({ at, key, slot: at.open.get(key)! }))
    .sort((a, b) => a.slot.label.block.index - b.slot.label.block.index);

/**
 * Bare values of one kind onto the open slots in page order: decided when there are as many
 * values as slots and one slot or one value — and only if `trusted` (no earlier guess on the
 * page took a value of the kind away).
 */
export function fill(fills: Fill[], values: Bare[], trusted = true): Bare[] {
  if (!fills.length || !values.length) return values;
  const distinct = new Set(values.map((v) => compact(v.value)));
  const decided = trusted && fills.length === values.length && (fills.length === 1 || distinct.size === 1);
  const byOrder = reason('valuesByOrder', { values: values.length, slots: fills.length });
  const taken: Bare[] = [];
  fills.forEach((f, i) => {
    const v = values[Math.min(i, values.length - 1)];
    if (!v || (i >= values.length && !decided)) return;
    const why: Reason | undefined = !f.slot.sure ? f.slot.shared : decided ? undefined : byOrder;
    f.at.values.set(f.key, fact(v.value, wordsSpan(v.block, v.value), why === undefined, why));
    taken.push(v);
  });
  return values.filter((v) => !taken.includes(v));
}

