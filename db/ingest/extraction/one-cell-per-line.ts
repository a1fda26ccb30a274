import { joinOfLines } from './cell-breaks';
import { hasGlyphs } from '../normalize/glyphs';
import { linesOf, RewriteBuilder, type Rewritten } from './rewrite';

/**
 * Is this a text with one cell per line and no blank line between cells (「評価実施機関名」
 * 「和光市長」「公表日」「平成27年3月18日」 on four lines)? Evidence: nearly every line is
 * followed by another, where the pdf-text layout keeps boxes apart by blank lines (in the seeds
 * 36–61% of the lines run on into the next).
 */
export function isOneCellPerLine(text: string): boolean {
  const lines = linesOf(text);
  let filled = 0;
  let runOn = 0;
  lines.forEach((l, i) => {
    if (!hasGlyphs(l)) return;
    filled++;
    const next = lines[i + 1];
    if (next !== undefined && hasGlyphs(next)) runOn++;
  });
  return filled >= 20 && runOn >= filled * 0.85;
}

/** Puts a blank line between two lines wherever they are two cells, not one wrapped cell. */
export function separateCells(text: string): Rewritten | null {
  if (!isOneCellPerLine(text)) return null;
  const b = new RewriteBuilder(text);
  const lines = text.split('\n');
  let start = 0;
  lines.forEach((line, i) => {
    b.keep(start, start + line.length);
    const next = lines[i + 1];
    if (next === undefined) return;
    if (line.trim() && next.trim() && joinOfLines(line, next) === 'cell') b.insert('\n', start + line.length);
    b.keep(start + line.length, start + line.length + 1);
    start += line.length + 1;
  });
  return b.done();
}
