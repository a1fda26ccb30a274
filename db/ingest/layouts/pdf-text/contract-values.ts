import { reason } from '../../../form/reasons';
import { fact } from '../../facts';
import { compact } from '../../normalize/text';
import { fill, slotsFor, type ItemValues } from './item-fill';
import { similarity } from './items';
import { valueSpan, wordsSpan, type Bare } from './item-values';

// The texts and answers of 委託事項N that a page prints apart from their labels, settled by
// what the form says of them.

/**
 * ④再委託の有無: an item whose 許諾方法 or 再委託事項 is written out re-entrusts; the bare
 * answers left over go to the other items, decided only if every such inference was.
 */
export function settleSubcontract(items: ItemValues[], answers: Bare[]) {
  const pool = answers.filter((v) => v.value.startsWith('再委託'));
  let trusted = true;
  for (const f of slotsFor(items, 'subcontract')) {
    const evidence = f.at.values.get('method') ?? f.at.values.get('items');
    if (!evidence) continue;
    const i = pool.findIndex((a) => a.value === '再委託する');
    const sure = f.slot.sure && evidence.certain !== false;
    const why = sure ? undefined : evidence.reason ?? f.slot.shared;
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
    const why = slot.sure ? undefined : slot.shared;
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
