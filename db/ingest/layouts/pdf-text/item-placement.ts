import type { Page } from './pages';
import type { PageLabels, PageStructure, RowLabel } from './item-structure';

/**
 * Where the count of rows leaves a choice (two items on the page both have a ⑥委託先名), the
 * labels are placed so that the rows the extraction printed together stay together: a run of
 * labels with no heading between them and no row repeated is taken as one item's. This is the
 * printing order, not the form's structure — a placement, never a certainty: the caller marks
 * every value it decides as uncertain.
 */
const SPLIT = 1000;
const UNPLACED = 3000;
const NODE_LIMIT = 200_000;

/** Runs of labels: broken at a heading, at a ① tied to its heading, and where a row repeats. */
export function runs(page: Page, labels: PageLabels, seams: Set<RowLabel>): RowLabel[][] {
  const byBlock = new Map(labels.rows.map((r) => [r.block, r]));
  const headingBlocks = new Set([...labels.headings.map((h) => h.block), ...labels.ranges.map((r) => r.block)]);
  const out: RowLabel[][] = [];
  let current: RowLabel[] = [];
  const close = () => {
    if (current.length) out.push(current);
    current = [];
  };
  for (const b of page.blocks) {
    if (headingBlocks.has(b)) close();
    const r = byBlock.get(b);
    if (!r) continue;
    if (seams.has(r)) {
      close();
      out.push([r]);
      continue;
    }
    if (current.some((x) => x.row === r.row)) close();
    current.push(r);
  }
  close();
  return out;
}

/**
 * Places every label on one of its candidate items: each item takes at most one label of a
 * row (exactly one where the rows were counted), with the fewest runs split, then the most
 * `anchors` (an item a label leans to: the heading printed right before it) kept.
 */
export function place(s: PageStructure, allRuns: RowLabel[][], anchors: Map<RowLabel, number>): Map<RowLabel, number | null> {
  const order = allRuns.flat();
  const previous = new Map<RowLabel, RowLabel>();
  for (const run of allRuns) run.forEach((r, i) => i > 0 && previous.set(r, run[i - 1]!));
  const used = new Map<string, boolean>();
  const key = (row: number, no: number) => `${row}:${no}`;
  const current = new Map<RowLabel, number | null>();
  let best: Map<RowLabel, number | null> | null = null;
  let bestCost = Infinity;
  let nodes = 0;
  let unplacedAllowed = false;

  const choices = (r: RowLabel): (number | null)[] => {
    const own = s.candidates.get(r) ?? [];
    const prev = previous.get(r);
    const lean = [anchors.get(r), prev ? current.get(prev) : undefined].filter((n): n is number => typeof n === 'number' && own.includes(n));
    const ordered = [...new Set([...lean, ...own])];
    return s.counted && !unplacedAllowed ? ordered : [...ordered, null];
  };
  const costOf = (r: RowLabel, no: number | null) => {
    if (no === null) return UNPLACED;
    const prev = previous.get(r);
    const split = prev !== undefined && current.get(prev) !== no ? SPLIT : 0;
    const anchor = anchors.get(r);
    return split + (anchor !== undefined && anchor !== no ? 1 : 0);
  };
  const search = (i: number, cost: number) => {
    if (cost >= bestCost || nodes++ > NODE_LIMIT) return;
    if (i === order.length) {
      best = new Map(current);
      bestCost = cost;
      return;
    }
    const r = order[i]!;
    for (const no of choices(r)) {
      if (no !== null && used.get(key(r.row, no))) continue;
      if (no !== null) used.set(key(r.row, no), true);
      current.set(r, no);
      search(i + 1, cost + costOf(r, no));
      current.delete(r);
      if (no !== null) used.delete(key(r.row, no));
    }
  };
  search(0, 0);
  if (!best) {
    // the candidates admit no complete placement: place what fits, leave the rest out
    unplacedAllowed = true;
    nodes = 0;
    search(0, 0);
  }
  return best ?? new Map(order.map((r) => [r, null]));
}
