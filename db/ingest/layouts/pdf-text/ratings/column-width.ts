import type { Block } from '../pages';

/**
 * Ⅲ's text boxes come in two widths: a graded answer's boxes sit in the right-hand column
 * beside their labels, while each stage's 「…におけるその他のリスク及びそのリスクに対する措置」
 * (and 「その他のリスク対策」) span the page. Wrapped lines reach their box's edge, so the width
 * of a box's lines tells which kind of box it is — evidence the scrambled order keeps.
 */
export type Width = 'narrow' | 'wide' | 'short';

/** Display width: full-width characters count two. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line.trimEnd()) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

const isWide = (c: number) =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x2010 || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x2500 && c <= 0x27bf);

// a line broken by its author ends a sentence or a heading; a wrapped one stops anywhere
const AUTHOR_BREAK = /[。＞>)）」]$/;

/**
 * The width of the answers' column, from the lines that wrapped: the most common width of
 * wrapped lines. Null when too few lines wrapped to tell.
 */
export function columnWidth(blocks: Block[]): number | null {
  const widths = blocks.flatMap(wrapWidths).filter((w) => w >= 60);
  if (widths.length < 10) return null;
  const buckets = new Map<number, number>();
  for (const w of widths) buckets.set(w >> 3, (buckets.get(w >> 3) ?? 0) + 1);
  const [mode] = [...buckets.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  return mode * 8 + 8;
}

/** The widths of a box's lines, and of those that wrapped: measured once for the column and for the box's own width. */
function widthsOf(b: Block) {
  if (!b.memo.widths) {
    const lines = b.lines.map(displayWidth);
    b.memo.widths = { lines, wrapped: lines.slice(0, -1).filter((_, k) => !AUTHOR_BREAK.test(b.lines[k]!.trim())) };
  }
  return b.memo.widths;
}

/** The widths of a box's lines that wrapped (not its last, not one its author ended). */
const wrapWidths = (b: Block) => widthsOf(b).wrapped;

/**
 * A box's kind by its lines: any line wider than the answers' column (beyond what mixing half-
 * and full-width characters explains) spans the page; a line that wrapped at the column's edge
 * is an answer's box; a box whose lines all end before either edge could be either.
 */
export function widthOf(b: Block, column: number | null): Width {
  if (column === null) return 'short';
  if (Math.max(...widthsOf(b).lines) > column + 12) return 'wide';
  return wrapWidths(b).some((w) => w >= column - 14) ? 'narrow' : 'short';
}
