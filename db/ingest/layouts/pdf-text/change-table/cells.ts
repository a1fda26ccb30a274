import { findDate } from '../../../normalize/era-date';
import { compact, fold, nfkc } from '../../../normalize/text';
import type { Span } from '../../../source-text';
import { newMemo, type Block, type Page } from '../pages';

export type Timing = '事前' | '事後';

/**
 * Text of one or more cells as printed. `oneLine`: printed on a line shared with other cells
 * (「記載なし 健康管理システム（標準化対応版） 事前」), where the extraction separates cells by an
 * ASCII space, so it may hold several. `markFirst`: its first line is a whole blank mark
 * (「記載なし」, 「-」) with more lines below: a before and an after in one box.
 */
export interface Chunk {
  text: string;
  span: Span;
  oneLine: boolean;
  markFirst: boolean;
}

export type Cell =
  | { kind: 'date'; raw: string; block: Block }
  | { kind: 'item'; text: string; span: Span; block: Block }
  | { kind: 'text'; chunk: Chunk; block: Block }
  | { kind: 'timing'; value: Timing; head: Chunk | null; explanation: Chunk | null; block: Block }
  | { kind: 'explanation'; chunk: Chunk; block: Block };

/**
 * an item names the part it changes: 「Ⅱ－４委託事項４」, 「Ⅲリスク対策」, 「（別添１）…」, and in the
 * 基礎項目評価書 「Ⅰ関連情報…」, 「Ⅱしきい値判断項目…」
 */
export const ITEM = /^\s*(?:(?:VI|IV|V|I{1,3})(?=[\s\-‐ー特基リそ開評関し\d])|\(別添)/; // on NFKC text: Ⅱ → II
const HEADER_WORDS = /\(別添\d*\)|変更箇所|提出時期に係る説明|変更前の記載|変更後の記載|提出時期|変更日|項目/g;
/** 事前 or 事後 standing alone between spaces (ASCII or ideographic) or line ends */
const TIMING_WORD = /(^|\s)(事前|事後)(?=\s|$)/;
/** 提出時期に係る説明 in the form's usual words: 「重要な変更にあたらない（…）」, 「その他の項目の変更」, 「法改正に伴う修正」 */
const EXPLANATION_WORDS = /重要な変更|項目の変更|に伴う(?:変更|修正)|による変更/;
/** a cell's whole text when the document says it has none (after NFKC, spaces removed) */
export const WHOLE_MARK = /^(?:記載なし|\(記載なし\)|[-‐―−－ー])$/;

/** A line or the part of one, with its offset in the source. */
interface Piece {
  text: string;
  from: number;
}

const lineStart = (b: Block, k: number) => b.lines.slice(0, k).reduce((at, l) => at + l.length + 1, b.span.from);
const pieceOfLine = (b: Block, k: number, col = 0, end = b.lines[k]!.length): Piece => ({ text: b.lines[k]!.slice(col, end), from: lineStart(b, k) + col });

function chunkOf(pieces: Piece[], oneLine: boolean): Chunk | null {
  const kept = pieces
    .map((p) => {
      const text = p.text.trim();
      return { text, from: p.from + p.text.indexOf(text) };
    })
    .filter((p) => p.text !== '');
  if (!kept.length) return null;
  const last = kept[kept.length - 1]!;
  const lines = kept.map((p) => p.text);
  return {
    text: lines.join('\n'),
    span: { from: kept[0]!.from, to: last.from + last.text.length },
    oneLine: oneLine && kept.length === 1,
    markFirst: lines.length > 1 && WHOLE_MARK.test(compact(lines[0]!)),
  };
}

/** Display width: the documents wrap each column at a width, full-width characters count two. */
const width = (s: string) => [...s.trim()].reduce((w, c) => w + (c.codePointAt(0)! >= 0x1100 && !/[\uff61-\uffdc]/.test(c) ? 2 : 1), 0);

/**
 * The widest line an item box wraps at on this page, from the other item boxes: the item
 * column's wrapped lines (all but a box's last) have about the same width; a much wider line
 * below an item belongs to the next column (「Ⅰ－４個人番号の利用」 over
 * 「番号法第9条第１項別表第一第10の項、第93条」).
 */
export function itemWrapWidth(page: Page): (b: Block) => number {
  const items = page.blocks.filter((b) => ITEM.test(nfkc(b.lines[0]!)));
  // each item box's wrapped widths, measured once for all the boxes asking
  let wrapped: Map<Block, number[]> | null = null;
  // all of them in order, sorted once: a box that is an item leaves out its own
  let all: number[] = [];
  return (b) => {
    if (!wrapped) {
      wrapped = new Map(items.map((x) => [x, x.lines.slice(0, -1).map(width)]));
      all = [...wrapped.values()].flat().sort((x, y) => x - y);
    }
    const own = wrapped.get(b);
    let widths = all;
    if (own?.length) {
      widths = all.slice();
      for (const w of own) widths.splice(widths.indexOf(w), 1);
    }
    if (widths.length < 3) return Infinity;
    return widths[Math.floor(widths.length * 0.9)]! + 4;
  };
}

/**
 * What follows a date or an item on its line, and the box's lines below: texts, then
 * perhaps the timing with its explanation after it.
 */
function rest(b: Block, pieces: Piece[], sharesLine: boolean): Cell[] {
  const at = pieces.findIndex((p) => TIMING_WORD.test(p.text));
  if (at < 0) {
    const chunk = chunkOf(pieces, sharesLine);
    return chunk ? [{ kind: 'text', chunk, block: b }] : [];
  }
  const p = pieces[at]!;
  const m = TIMING_WORD.exec(p.text)!;
  const start = m.index + m[1]!.length;
  const head = chunkOf([...pieces.slice(0, at), { text: p.text.slice(0, start), from: p.from }], at === 0);
  const explanation = chunkOf([{ text: p.text.slice(start + 2), from: p.from + start + 2 }, ...pieces.slice(at + 1)], false);
  return [{ kind: 'timing', value: m[2] as Timing, head, explanation, block: b }];
}

/** Where a date printed at the start of a line ends in the raw line (digits may be full-width). */
function dateEnd(line: string, raw: string): number {
  for (let k = 1; k <= line.length; k++) if (fold(line.slice(0, k)).includes(raw)) return k;
  return line.length;
}

/** One box of the change table as cells: a header says nothing; the rest is read as printed. */
export function cellsOf(b: Block, itemWidth: (b: Block) => number): Cell[] {
  const isHeader = (l: string) => compact(l).replace(HEADER_WORDS, '') === '';
  if (isHeader(b.lines.join(''))) return [];
  // the table's header on a line of its own atop a box (where a tool lost the boxes, the line
  // below it may have been joined to it): the box is what follows
  const below = b.lines.findIndex((l) => !isHeader(l));
  if (below > 0) return cellsOf({ ...b, lines: b.lines.slice(below), first: b.first + below, span: { from: lineStart(b, below), to: b.span.to }, flat: compact(b.lines.slice(below).join('')), memo: newMemo() }, itemWidth);
  const first = b.lines[0]!;
  const date = findDate(first);
  if (date && date.index === 0 && fold(first).startsWith(date.raw)) return [{ kind: 'date', raw: date.raw, block: b }, ...afterDate(b, dateEnd(first, date.raw), itemWidth)];
  if (ITEM.test(nfkc(first)) && !/変更箇所$/.test(b.flat)) return itemCells(b, itemWidth(b));
  if (b.lines.some((l) => TIMING_WORD.test(l))) return rest(b, b.lines.map((_, k) => pieceOfLine(b, k)), false);
  const chunk = chunkOf(b.lines.map((_, k) => pieceOfLine(b, k)), false)!;
  if (EXPLANATION_WORDS.test(compact(chunk.text)) && compact(chunk.text).length <= 80) return [{ kind: 'explanation', chunk, block: b }];
  return [{ kind: 'text', chunk, block: b }];
}

/**
 * What a date's box holds after the date: the row's item (「令和6年4月30日」 over 「「（別紙）…」の
 * とおり」: the row printed date first), or the row's texts and timing on the date's line
 * (「令和3年9月15日 令和3年3月8日 令和3年9月15日 事後」).
 */
function afterDate(b: Block, end: number, itemWidth: (b: Block) => number): Cell[] {
  const first = b.lines[0]!.slice(end);
  const box: Block = { ...b, lines: first.trim() ? [first, ...b.lines.slice(1)] : b.lines.slice(1), span: { from: first.trim() ? b.span.from + end : lineStart(b, 1), to: b.span.to }, memo: newMemo() };
  if (!box.lines.length) return [];
  if (ITEM.test(nfkc(box.lines[0]!))) return itemCells(box, itemWidth(b));
  if (!first.trim() && !box.lines.some((l) => TIMING_WORD.test(l))) return [itemCell(box, 0, box.lines.length)];
  return rest(box, box.lines.map((_, k) => pieceOfLine(box, k)), !!first.trim());
}

function itemCell(b: Block, from: number, to: number, lastEnd?: number): Cell {
  const lines = b.lines.slice(from, to).map((l, k) => (k === to - from - 1 && lastEnd !== undefined ? l.slice(0, lastEnd) : l).trim());
  const end = lastEnd !== undefined ? lineStart(b, to - 1) + lastEnd : lineStart(b, to - 1) + b.lines[to - 1]!.length;
  return { kind: 'item', text: lines.join(''), span: { from: lineStart(b, from), to: end }, block: b };
}

/**
 * An item box: the item's lines, then what else the box holds — cells printed on the item's
 * last line after an ASCII space (「１０　その他のリスク対策 略」, 「Ⅳ－２①連絡先 電話… 電話… 事後」:
 * taken apart only where the rest is a blank mark or ends in a timing), or lines wider than
 * the item column.
 */
function itemCells(b: Block, itemWidth: number): Cell[] {
  for (let k = 0; k < b.lines.length; k++) {
    const line = b.lines[k]!;
    if (k > 0 && width(line) > itemWidth) return [itemCell(b, 0, k), ...rest(b, b.lines.slice(k).map((_, j) => pieceOfLine(b, k + j)), false)];
    const lead = line.length - line.trimStart().length;
    const space = line.indexOf(' ', lead);
    if (space < 0) continue;
    const tail = line.slice(space + 1);
    if (!TIMING_WORD.test(tail) && !WHOLE_MARK.test(compact(tail)) && compact(tail) !== '略') continue;
    const below = b.lines.slice(k + 1).map((_, j) => pieceOfLine(b, k + 1 + j));
    return [itemCell(b, 0, k + 1, space), ...rest(b, [pieceOfLine(b, k, space + 1), ...below], true)];
  }
  return [itemCell(b, 0, b.lines.length)];
}
