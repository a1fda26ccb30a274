import { reason, type Reason } from '../../../form/reasons';
import { fact, type Fact } from '../../facts';
import { compact } from '../../normalize/text';
import { similarity } from './items';
import type { PageItem, PageStructure, RowLabel } from './item-structure';
import { valueSpan, wordsSpan, type Bare } from './item-values';

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

interface Slot {
  label: RowLabel;
  /** the label is this item's for certain, or no rival label of the row holds a value */
  sure: boolean;
  nos: number[];
}

const WORD = '委託事項';

export function pageValues(s: PageStructure, placed: Map<RowLabel, number | null>, bound: Map<RowLabel, Fact<string>>): ItemValues[] {
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
      at.values.set(key, certain ? v : { ...v, certain: false, reason: reason('rowsShared', { item: WORD, nos }) });
    } else at.open.set(key, { label, sure: nos.length === 1 || rivals.every((x) => x === undefined), nos });
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
    const why: Reason | undefined = !f.slot.sure ? reason('rowsShared', { item: WORD, nos: f.slot.nos }) : decided ? undefined : byOrder;
    f.at.values.set(f.key, fact(v.value, wordsSpan(v.block, v.value), why === undefined, why));
    taken.push(v);
  });
  return values.filter((v) => !taken.includes(v));
}

/**
 * ④再委託の有無: an item whose 許諾方法 or 再委託事項 is written out re-entrusts; the bare
 * answers left over go to the other items. Returns whether every inference was certain.
 */
export function settleSubcontract(items: ItemValues[], answers: Bare[]) {
  const pool = answers.filter((v) => v.value.startsWith('再委託'));
  let trusted = true;
  for (const f of slotsFor(items, 'subcontract')) {
    const evidence = f.at.values.get('method') ?? f.at.values.get('items');
    if (!evidence) continue;
    const i = pool.findIndex((a) => a.value === '再委託する');
    const sure = f.slot.sure && evidence.certain !== false;
    const why = sure ? undefined : evidence.reason ?? reason('rowsShared', { item: WORD, nos: f.slot.nos });
    f.at.values.set('subcontract', fact('再委託する', i >= 0 ? wordsSpan(pool[i]!.block, '再委託する') : evidence.span, sure, why));
    if (i >= 0) pool.splice(i, 1);
    trusted &&= sure;
  }
  fill(slotsFor(items, 'subcontract'), pool, trusted);
}

/**
 * Titles, contents and re-entrustment texts among the bare prose boxes: a 許諾方法 speaks of
 * 再委託 and 承諾/許諾; a title shares the wording of its item's 委託内容 and is printed beside
 * its heading, so only an item whose heading is on the page takes one here.
 */
export function settleTexts(items: ItemValues[], texts: Bare[]) {
  let pool = [...texts];
  const take = (v: Bare) => (pool = pool.filter((x) => x !== v));
  const methods = pool.filter((v) => /再委託/.test(v.value) && /(承諾|許諾|承認|認め)/.test(v.value));
  // which items take a 許諾方法 follows from their 再委託 answers: only as sure as those
  const answersSure = items.every((x) => x.values.get('subcontract')?.certain !== false);
  const rest = fill(
    slotsFor(items, 'method', (x) => x.values.get('subcontract')?.value === '再委託する'),
    methods,
    answersSure,
  );
  methods.filter((m) => !rest.includes(m)).forEach(take);
  const headed = items.filter((x) => x.item.heading && !x.values.has('title'));
  for (const x of headed) {
    const content = x.values.get('content');
    if (!content) continue;
    const ranked = pool
      .map((v) => ({ v, s: compact(v.value) === compact(content.value) ? 2 : similarity(v.value, content.value) }))
      .sort((a, b) => b.s - a.s);
    const [first, second] = ranked;
    if (first && first.s >= 0.6 && (!second || second.s < first.s - 0.2 || compact(second.v.value) === compact(first.v.value))) {
      x.values.set('title', fact(first.v.value, valueSpan(first.v.block), content.certain !== false, content.reason));
      take(first.v);
    }
  }
  pairedTitleAndContent(items, pool, take);
  const needItems = slotsFor(items, 'items', (x) => x.values.get('subcontract')?.value === '再委託する');
  const short = pool.filter((v) => v.value.length <= 40 && !v.value.includes('\n'));
  if (needItems.length === 1 && short.length === 1) {
    needItems[0]!.at.values.set('items', fact(short[0]!.value, valueSpan(short[0]!.block), false, reason('leftoverText')));
    take(short[0]!);
  }
  const untitled = items.filter((x) => x.item.heading && !x.values.has('title'));
  const titles = pool.filter((v) => v.value.length <= 40 && !v.value.includes('\n') && !/[。、]/.test(v.value));
  if (untitled.length === 1 && titles.length === 1) untitled[0]!.values.set('title', fact(titles[0]!.value, valueSpan(titles[0]!.block), false, reason('leftoverText')));
}

/**
 * An item whose 委託内容 label stands empty: the form often repeats the title as the content,
 * so the one pair of identical texts left is its title and content; one item alone on the
 * page with two texts of the same wording: told apart by length only (the content spells the
 * work out), uncertain.
 */
function pairedTitleAndContent(items: ItemValues[], pool: Bare[], take: (v: Bare) => void) {
  const open = slotsFor(items, 'content', (x) => !!x.item.heading);
  if (open.length !== 1) return;
  const { at, slot } = open[0]!;
  const pairs = pool.filter((v, i) => pool.findIndex((w) => compact(w.value) === compact(v.value)) !== i);
  if (pairs.length === 1) {
    const twin = pool.find((w) => compact(w.value) === compact(pairs[0]!.value) && w !== pairs[0])!;
    const why = slot.sure ? undefined : reason('rowsShared', { item: WORD, nos: slot.nos });
    if (!at.values.has('title')) at.values.set('title', fact(twin.value, valueSpan(twin.block), slot.sure, why));
    at.values.set('content', fact(pairs[0]!.value, valueSpan(pairs[0]!.block), slot.sure, why));
    take(twin);
    take(pairs[0]!);
    return;
  }
  if (items.length !== 1 || pool.length < 2) return;
  const best = pool
    .flatMap((a, i) => pool.slice(i + 1).map((c) => ({ a, c, s: similarity(a.value, c.value) })))
    .sort((p, q) => q.s - p.s)[0];
  if (!best || best.s < 0.6) return;
  const [title, content] = [best.a, best.c].sort((p, q) => p.value.length - q.value.length) as [Bare, Bare];
  if (!at.values.has('title')) at.values.set('title', fact(title.value, valueSpan(title.block), false, reason('sameWording')));
  at.values.set('content', fact(content.value, valueSpan(content.block), false, reason('sameWording')));
  take(title);
  take(content);
}
