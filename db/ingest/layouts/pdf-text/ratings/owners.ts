import { blankMark } from '../../../../form/field-states';
import { reason, type Reason } from '../../../../form/reasons';
import type { Maybe } from '../../../facts';
import { compact } from '../../../normalize/text';
import type { Page } from '../pages';
import type { TiedLabel } from './text-ties';

/** Whatever a text box can belong to (a question, a risk, the incident answer), with its place. */
export interface Owner<T> {
  owner: T;
  page: Page;
  /** the form's order among owners on one page */
  order: number;
  /** a stage marked 「…しない」: its boxes are printed empty */
  empty?: boolean;
}

export interface Binding<T> {
  label: TiedLabel;
  owner: T;
  certain: boolean;
  reason?: Reason;
}

const byPlace = (a: TiedLabel, b: TiedLabel) => a.page.no - b.page.no || a.box.block.index - b.box.block.index;
const says = (l: TiedLabel) => !!l.text && l.text.value.trim() !== '';
// 「―」 and 「－」 say the same: nothing
const sameText = (xs: TiedLabel[]) => new Set(xs.map((x) => (x.text ? (blankMark(x.text.value) ?? compact(x.text.value)) : null))).size === 1;

/**
 * The boxes of one label (「具体的な管理方法」) and the owners that print it, each in order. Pages
 * are in the form's order, so with as many boxes as owners the k-th box is the k-th owner's:
 * for certain where a box is alone on its page and so is its owner; only by order where a page
 * holds several (unless their texts agree). Counts that differ leave only the pages with as
 * many boxes as owners, by order. Within a page, texts go to owners whose stage is answered
 * before those of a stage marked 「…しない」, whose boxes are empty.
 */
export function bindInOrder<T>(labels: TiedLabel[], owners: Owner<T>[], label: string, affinity: (text: string, owner: T) => number = () => 0): Binding<T>[] {
  const boxes = [...labels].sort(byPlace);
  const sorted = [...owners].sort((a, b) => a.page.no - b.page.no || a.order - b.order);
  const groups: [TiedLabel[], Owner<T>[]][] = [];
  if (boxes.length === sorted.length) {
    let at = 0;
    for (const page of new Set(boxes.map((l) => l.page))) {
      const mine = boxes.filter((l) => l.page === page);
      groups.push([mine, sorted.slice(at, at + mine.length)]);
      at += mine.length;
    }
  } else {
    for (const page of new Set(boxes.map((l) => l.page))) {
      const mine = boxes.filter((l) => l.page === page);
      const here = sorted.filter((o) => o.page === page);
      if (here.length && here.length === mine.length) groups.push([mine, here]);
    }
  }
  const equal = boxes.length === sorted.length;
  return groups.flatMap(([mine, theirs]) => {
    // a box alone on its page has its place in the sequence; several on a page do not
    const certain = (equal && mine.length === 1) || (mine.length > 1 && sameText(mine));
    const texts = theirs.some((o) => o.empty) ? [...mine.filter(says), ...mine.filter((l) => !says(l))] : mine;
    const live = [...theirs.filter((o) => !o.empty), ...theirs.filter((o) => o.empty)];
    const owners = certain ? live : closest(texts, live, affinity);
    return texts.map((l, i) =>
      certain ? { label: l, owner: owners[i]!.owner, certain } : { label: l, owner: owners[i]!.owner, certain, reason: reason('measureBoxesByOrder', { label, count: mine.length }) },
    );
  });
}

/**
 * Several boxes of one label on a page: the order of the owners that best matches each text
 * to the words of its owner (「○ID・パスワードの発効管理…」 to アクセス権限の発効・失効の管理);
 * a guess, kept uncertain. With no words to go by, the form's order.
 */
function closest<T>(texts: TiedLabel[], owners: Owner<T>[], affinity: (text: string, owner: T) => number): Owner<T>[] {
  if (owners.length > 6 || owners.some((o) => o.empty)) return owners;
  let best = owners;
  let bestScore = -1;
  for (const order of permutations(owners)) {
    const score = texts.reduce((sum, l, i) => sum + (l.text && order[i] ? affinity(l.text.value, order[i]!.owner) : 0), 0);
    if (score > bestScore) [best, bestScore] = [order, score];
  }
  return best;
}

function* permutations<X>(xs: X[]): Generator<X[]> {
  if (xs.length <= 1) yield xs;
  else for (let i = 0; i < xs.length; i++) for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i]!, ...rest];
}

/** How many of the owner's two-character words the text uses. */
export function sharedWords(text: string, words: string): number {
  const t = compact(text);
  const pairs = new Set([...compact(words)].map((c, i, all) => c + (all[i + 1] ?? '')).filter((p) => p.length === 2));
  return [...pairs].filter((p) => t.includes(p)).length;
}

/** A box's text as the owner takes it: doubted when either the text or the binding is. */
export function boundText<T>(b: Binding<T>): Maybe {
  const t = b.label.text;
  if (!t || b.certain || t.certain === false) return t;
  return { ...t, certain: false, reason: b.reason };
}
