import { compact } from '../../../normalize/text';
import type { Span } from '../../../source-text';
import type { Page } from '../pages';
import { cellsOf, itemWrapWidth, type Cell, type Chunk } from './cells';

type Of<K extends Cell['kind']> = Extract<Cell, { kind: K }>;

/**
 * An item and what the extraction prints after it up to its timing: a row as printed when
 * the page keeps rows together. Without an item it is a fragment: texts and a timing that
 * came out apart from their row.
 */
export interface Run {
  item: { text: string; span: Span } | null;
  /**
   * the date printed right before the item (its own box, or the box the item is in), or right
   * before a fragment's first text: that row's date if the fragment turns out to be a row
   */
  date: Of<'date'> | null;
  chunks: Chunk[];
  timing: Of<'timing'> | null;
  /** position on the page, for ordering */
  at: number;
}

/** A 提出時期に係る説明 box of its own, with the rows it stands between. */
export interface LooseExplanation {
  chunk: Chunk;
  /** the row whose timing it follows directly */
  after: Run | null;
  /** the row whose item it precedes directly */
  before: Run | null;
}

export interface PageRuns {
  page: Page;
  runs: Run[];
  dates: Of<'date'>[];
  explanations: LooseExplanation[];
  /** the page's last row, when its timing has not come yet */
  open: Run | null;
}

const isBareDate = (c: Cell): c is Of<'date'> => c.kind === 'date' && c.block.lines.length === 1 && compact(c.block.lines[0]!) === compact(c.raw);

/**
 * Bare dates right after an item, no more than the two texts a row holds (or one after the
 * item and one text), are the row's texts: a change of a date (Ⅴ ①実施日 「令和3年3月8日」 to
 * 「令和3年9月15日」). Change dates stand before their rows or in a run of the page's dates.
 */
function datesAsTexts(cells: Cell[]): Cell[] {
  const out = [...cells];
  for (let i = 0; i < out.length; i++) {
    if (!isBareDate(out[i]!)) continue;
    let n = 0;
    while (out[i + n] && isBareDate(out[i + n]!)) n++;
    const lacking = out[i - 1]?.kind === 'item' ? 2 : out[i - 1]?.kind === 'text' && out[i - 2]?.kind === 'item' ? 1 : 0;
    if (n <= lacking)
      for (let k = i; k < i + n; k++) {
        const d = out[k] as Of<'date'>;
        out[k] = { kind: 'text', chunk: { text: d.block.lines[0]!.trim(), span: d.block.span, oneLine: false, markFirst: false }, block: d.block };
      }
    i += Math.max(0, n - 1);
  }
  return out;
}

/**
 * Does the row that begins at `from` (its date, then its item) print texts of its own before
 * the next row? Then a box just before it is not its text. The page's end counts as such.
 */
function nextRowHasTexts(cells: Cell[], from: number): boolean {
  let k = from;
  if (cells[k]?.kind === 'date') k++;
  if (k >= cells.length) return true;
  if (cells[k]!.kind !== 'item') return false;
  for (let j = k + 1; j < cells.length; j++) {
    const c = cells[j]!;
    if (c.kind === 'date' || c.kind === 'item') return false;
    // texts come before the timing; what follows it is the explanation
    if (c.kind === 'timing') return !!c.head;
    if (c.kind === 'text') return true;
  }
  return false;
}

/**
 * The change table's boxes on one page, gathered into runs in the order printed. A row the
 * page before left without its timing (`carry`) takes the texts the page opens with: a row
 * that runs over a page break continues on the next page.
 */
export function pageRuns(page: Page, carry: Run | null = null): PageRuns {
  const width = itemWrapWidth(page);
  const cells = datesAsTexts(page.blocks.flatMap((b) => cellsOf(b, width)));
  const runs: Run[] = [];
  const dates: Of<'date'>[] = [];
  const explanations: LooseExplanation[] = [];
  let open: Run | null = carry;
  let closed: Run | null = null;
  let date: Of<'date'> | null = null;
  let previous: Cell | null = null;
  let waiting: LooseExplanation[] = [];
  const start = (item: Of<'item'> | null, at: number) => {
    open = { item, date, chunks: [], timing: null, at };
    runs.push(open);
    if (item) waiting.forEach((e) => (e.before = open));
    waiting = [];
    closed = null;
    date = null;
    return open;
  };
  cells.forEach((c, at) => {
    const before = previous;
    previous = c;
    if (c.kind === 'date') {
      if (open === carry) open = null; // the page's own rows begin
      dates.push(c);
      // a run of dates is the page's date column, printed apart from the rows
      date = before?.kind === 'date' ? null : c;
      closed = null;
      return;
    }
    // only a date printed right before an item (or a fragment that proves a row) is that row's
    if (before?.kind !== 'date') date = null;
    // the 提出時期に係る説明 column is the row's last: a box of free words (「組織改正」) between a
    // whole row's timing and the next row — which holds texts of its own — is that row's
    const lastOfRow = c.kind === 'text' && closed !== null && nextRowHasTexts(cells, at + 1);
    if (c.kind === 'explanation' || lastOfRow) {
      const e = { chunk: c.chunk, after: closed, before: null };
      explanations.push(e);
      waiting.push(e);
      return;
    }
    if (c.kind === 'item') return void start(c, at);
    const run: Run = open ?? start(null, at);
    date = null;
    waiting = [];
    closed = null;
    if (c.kind === 'text') return void run.chunks.push(c.chunk);
    if (c.head) run.chunks.push(c.head);
    run.timing = c;
    open = null;
    // an explanation box after a fragment's timing says nothing of the fragment's row
    closed = run.item ? run : null;
  });
  return { page, runs, dates, explanations, open };
}
