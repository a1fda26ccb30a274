import type { ItemForm, ItemTable, RowSpec } from '../../form/item-rows';
import type { Block, Page } from './pages';
import { blockText, labelHead, labelPattern, labelStarts } from './tokens';

/** An item row's label may sit behind brackets and spaces (the matchers' shared prefix). */
const LEADING_BRACKETS = /[\s\[\]]/;

/**
 * The repeated tables of Ⅱ (委託事項N, 提供先N, 移転先N) read by the form's item structure.
 * On paper the rows run in one sequence: heading N, its rows ①…⑨, heading N+1, its rows…;
 * a page break cuts the sequence anywhere, so a page holds the end of the item left open on
 * the page before, the items whose headings it prints, and the start of the last one. The
 * extraction scrambles the order of the boxes, but not their number: counting each row on the
 * page tells which items have it, and a row that only one item on the page can have is that
 * item's, whatever the order it was printed in.
 */
export interface RowLabel {
  block: Block;
  /** position of the row in the form, 0 = ① */
  row: number;
  spec: RowSpec;
  /** the box's text after the label (NFKC), and where it starts in the box */
  rest: string;
  restAt: number;
}

export interface ItemHeading {
  no: number;
  title: string | null;
  /** where the title starts in the heading's box (NFKC offset) */
  titleAt: number;
  block: Block;
}

/** What a table's headings look like: 「委託事項3 予防接種予診票におけるパンチ委託」, 「委託事項2～5」. */
export interface HeadingReader {
  item(b: Block): ItemHeading | null;
  /** a heading over a range of slots (「委託事項6～10」): its first number */
  range(b: Block): number | null;
}

export interface PageLabels {
  page: Page;
  rows: RowLabel[];
  /** boxes that begin with any label of the table, numbered row or not */
  labelBlocks: Set<Block>;
  /** labels the form prints without a number of this form (sub-rows, the table's question) */
  others: { block: Block; rest: string }[];
  headings: ItemHeading[];
  ranges: { from: number; block: Block }[];
}

export interface PageItem {
  no: number;
  /** the first and last row the item has on this page (rows of the form, 0 = ①) */
  from: number;
  to: number;
  heading: ItemHeading | null;
  /** no heading for it anywhere: its number is a guess */
  unheaded: boolean;
}

/** The item left open at the end of a page: its number and the last row it has had. */
export interface OpenItem {
  no: number;
  last: number;
}

export interface PageStructure {
  items: PageItem[];
  /** the rows on the page number exactly what the form's sequence requires */
  counted: boolean;
  /** for every row label, the items on the page that can own it */
  candidates: Map<RowLabel, number[]>;
}

interface LabelMatcher {
  form: ItemForm | null;
  spec: RowSpec | null;
  row: number;
  label: string;
  /** the character the label begins with (tokens.ts labelHead) */
  head: string;
  /** a label beginning with a bracket may start inside the brackets before it: only its pattern decides */
  inPrefix: boolean;
  re: RegExp;
}

/**
 * Matchers (longest label first) indexed by their label's first UTF-16 unit: a box is tried
 * only against the labels whose first character stands where a label can begin in it, not
 * against every label of the table in turn.
 */
interface LabelIndex {
  matchers: LabelMatcher[];
  /** matcher positions by the first unit of their head, ascending */
  byHead: Map<number, number[]>;
  /** positions of the matchers tried on every box: those whose label may begin inside the brackets (inPrefix), ascending */
  always: number[];
}

function indexOf(matchers: LabelMatcher[]): LabelIndex {
  const byHead = new Map<number, number[]>();
  const always: number[] = [];
  matchers.forEach((m, k) => {
    if (m.inPrefix || m.head === '') always.push(k);
    else {
      const unit = m.head.charCodeAt(0);
      const list = byHead.get(unit);
      if (list) list.push(k);
      else byHead.set(unit, [k]);
    }
  });
  return { matchers, byHead, always };
}

const matchersOf = new WeakMap<ItemTable, LabelIndex>();
const rowMatchersOf = new WeakMap<ItemTable, LabelIndex>();

/** The table's labels, longest first, each with its pattern: made once per table (the tables are the form's). */
function labelMatchers(table: ItemTable): LabelIndex {
  let index = matchersOf.get(table);
  if (!index) {
    const rowLabels = table.forms.flatMap((f) => f.rows.flatMap((spec, row) => spec.labels.map((label) => ({ form: f, spec, row, label }))));
    const others = table.otherLabels.map((label) => ({ form: null, spec: null, row: -1, label }));
    const matchers: LabelMatcher[] = [...rowLabels, ...others]
      .sort((a, c) => c.label.length - a.label.length)
      // a bracket of the row above may open the box: 「[」 then 「④委託先への特定個人情報…」
      .map((m) => ({ ...m, head: labelHead(m.label), inPrefix: /^[\[\]]/.test(labelHead(m.label)), re: new RegExp(`^[\\s\\[\\]]*(?:(\\d{1,2})\\s*)?${labelPattern(m.label)}(?:\\s*※)?`) }));
    index = indexOf(matchers);
    matchersOf.set(table, index);
  }
  return index;
}

/** The table's labels of numbered rows (its sub-rows and question left out). */
function rowMatchers(table: ItemTable): LabelIndex {
  let index = rowMatchersOf.get(table);
  if (!index) rowMatchersOf.set(table, (index = indexOf(labelMatchers(table).matchers.filter((m) => m.form))));
  return index;
}

type LabelHit = { m: LabelMatcher; found: RegExpExecArray } | null;

/** The first of the matchers (longest label first) that opens the text. */
function firstLabel(index: LabelIndex, text: string): LabelHit {
  const starts = labelStarts(text, LEADING_BRACKETS);
  // the matchers that may open the text, in the matchers' order: those tried on every box and
  // those whose first unit stands at one of the places a label can begin
  let tried = index.always;
  let merged = false;
  let seen = -1;
  for (const at of starts) {
    const unit = text.charCodeAt(at);
    if (unit === seen) continue;
    seen = unit;
    const list = index.byHead.get(unit);
    if (!list) continue;
    if (!tried.length) tried = list;
    else {
      tried = merged ? tried.concat(list) : [...tried, ...list];
      merged = true;
    }
  }
  if (merged) tried = [...new Set(tried)].sort((a, c) => a - c);
  for (const k of tried) {
    const m = index.matchers[k]!;
    if (!m.inPrefix && !starts.some((at) => text.startsWith(m.head, at))) continue;
    const found = m.re.exec(text);
    if (found) return { m, found };
  }
  return null;
}

/**
 * Which version of the form numbers the rows: the one whose numbers agree with the numbers
 * printed beside the labels (「⑥委託先名」 is the full form's sixth row).
 */
export function chooseForm(table: ItemTable, pages: Page[]): ItemForm {
  const matchers = rowMatchers(table);
  const score = new Map<ItemForm, number>(table.forms.map((f) => [f, 0]));
  for (const page of pages)
    for (const b of page.blocks) {
      const hit = firstLabel(matchers, blockText(b));
      const printed = hit?.found[1];
      if (!hit || printed === undefined) continue;
      for (const f of table.forms) if (f.rows.findIndex((r) => r.labels.includes(hit.m.label)) + 1 === Number(printed)) score.set(f, score.get(f)! + 1);
    }
  return [...score.entries()].sort((a, c) => c[1] - a[1])[0]![0];
}

/** The page's row labels (in the chosen form's numbering), other labels and headings. */
export function readLabels(page: Page, table: ItemTable, form: ItemForm, headings: HeadingReader): PageLabels {
  const matchers = labelMatchers(table);
  const rows: RowLabel[] = [];
  const labelBlocks = new Set<Block>();
  const others: PageLabels['others'] = [];
  for (const b of page.blocks) {
    const hit = firstLabel(matchers, blockText(b));
    if (!hit) continue;
    labelBlocks.add(b);
    const row = hit.m.spec ? form.rows.findIndex((r) => r.labels.includes(hit.m.label)) : -1;
    const rest = blockText(b).slice(hit.found[0].length);
    if (row >= 0) rows.push({ block: b, row, spec: form.rows[row]!, rest, restAt: hit.found[0].length });
    else others.push({ block: b, rest });
  }
  const items = page.blocks.map((b) => headings.item(b)).filter((h): h is ItemHeading => h !== null);
  const ranges = page.blocks.flatMap((b) => {
    const from = headings.range(b);
    return from === null ? [] : [{ from, block: b }];
  });
  return { page, rows, labelBlocks, others, headings: items, ranges };
}

/**
 * The items a page holds and the rows each can own. Every item but the last on the page ends
 * on it; the last ends where the count of rows says: a row printed once more than the items
 * before it need belongs to the last item too.
 */
export function pageStructure(labels: PageLabels, open: OpenItem | null, rowCount: number): PageStructure {
  const headings = [...new Map(labels.headings.map((h) => [h.no, h])).values()].sort((a, c) => a.no - c.no);
  const items: PageItem[] = [];
  if (open && open.last < rowCount - 1 && (!headings.length || headings[0]!.no > open.no))
    items.push({ no: open.no, from: open.last + 1, to: rowCount - 1, heading: null, unheaded: false });
  for (const h of headings) items.push({ no: h.no, from: 0, to: rowCount - 1, heading: h, unheaded: false });
  if (!items.length) items.push({ no: (open?.no ?? 0) + 1, from: 0, to: rowCount - 1, heading: null, unheaded: true });
  const count = Array.from({ length: rowCount }, (_, k) => labels.rows.filter((r) => r.row === k).length);
  const last = items[items.length - 1]!;
  const before = items.slice(0, -1);
  const extra = count.map((n, k) => n - before.filter((i) => i.from <= k).length);
  let to = last.from - 1;
  while (to + 1 < rowCount && extra[to + 1] === 1) to++;
  const counted = extra.every((e, k) => (k >= last.from && k <= to ? e === 1 : e === 0));
  if (counted) last.to = to;
  const candidates = new Map<RowLabel, number[]>();
  for (const r of labels.rows) candidates.set(r, items.filter((i) => i.from <= r.row && r.row <= i.to).map((i) => i.no));
  return { items, counted, candidates };
}

/**
 * Narrows the candidates: `ties` fix a label to an item (a ① printed right under its heading,
 * a text the change table quotes under its number), `excluded` rules items out (a slot beyond
 * the stated count is printed empty); then, each item owning one of each of its rows, a label
 * left with one item takes it from the others, and an item left with one label of a row takes
 * that label. Evidence that contradicts the count of rows is dropped, the exclusions first.
 */
export function settleCandidates(s: PageStructure, ties: Map<RowLabel, number>, excluded: (r: RowLabel) => number[] = () => []) {
  const attempts = [
    { ties, excluded },
    { ties, excluded: () => [] },
    { ties: new Map<RowLabel, number>(), excluded: () => [] },
  ];
  for (const a of attempts) {
    const narrowed = narrow(s, a.ties, a.excluded);
    if (narrowed) {
      s.candidates = narrowed;
      return;
    }
  }
}

function narrow(s: PageStructure, ties: Map<RowLabel, number>, excluded: (r: RowLabel) => number[]): Map<RowLabel, number[]> | null {
  const c = new Map<RowLabel, number[]>();
  for (const [r, no] of s.candidates) {
    const tied = ties.get(r);
    const kept = no.filter((n) => !excluded(r).includes(n));
    c.set(r, tied !== undefined && no.includes(tied) ? [tied] : kept.length ? kept : no);
  }
  const byRow = new Map<number, RowLabel[]>();
  for (const r of c.keys()) byRow.set(r.row, [...(byRow.get(r.row) ?? []), r]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const rows of byRow.values()) {
      for (const r of rows) {
        const only = c.get(r)!;
        if (only.length !== 1) continue;
        for (const other of rows)
          if (other !== r && c.get(other)!.includes(only[0]!)) {
            c.set(other, c.get(other)!.filter((n) => n !== only[0]));
            changed = true;
          }
      }
      if (!s.counted) continue;
      for (const no of new Set(rows.flatMap((r) => c.get(r)!))) {
        const holders = rows.filter((r) => c.get(r)!.includes(no));
        if (holders.length === 1 && c.get(holders[0]!)!.length > 1) {
          c.set(holders[0]!, [no]);
          changed = true;
        }
      }
    }
  }
  if (!s.counted) return c;
  // every label keeps an item, and every item keeps a label of each row it has on the page
  for (const [row, rows] of byRow) {
    const covered = new Set(rows.flatMap((r) => c.get(r)!));
    if (rows.some((r) => !c.get(r)!.length) || s.items.some((i) => i.from <= row && row <= i.to && !covered.has(i.no))) return null;
  }
  return c;
}

/** The item left open after the page, given where its rows were placed. */
export function openAfter(s: PageStructure, placed: Map<RowLabel, number | null>): OpenItem {
  const last = s.items[s.items.length - 1]!;
  if (s.counted) return { no: last.no, last: last.to };
  const rows = [...placed].filter(([, no]) => no === last.no).map(([r]) => r.row);
  return { no: last.no, last: rows.length ? Math.max(...rows) : last.from - 1 };
}
