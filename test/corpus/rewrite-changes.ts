import { addMonths, formatEraDate, isoDate, parseEraDate, type DateStyle } from './era-date';
import type { ExpectedDocument } from './expected';
import type { TemplateLines } from './line-edits';
import type { Prng } from './prng';
import type { Template } from './templates/template';

/** A change row's date opens its line: 「令和3年10月12日\t…」, 「<p>令和3年10月12日</p>\t…」, a PDF line 「令和4年7月7日」. */
const ROW_START = /^\s*(?:<p>)?(?=令和|平成)/;

/** How far the change dates move: whole years, some months, or not at all. */
function pickShift(prng: Prng): number {
  return prng.weighted([
    [0, 1],
    [prng.pick([-24, -12, 12]), 4],
    [prng.pick([-18, -14, -9, -7, -5, -3, -2, -1, 1, 2, 4, 6, 9]), 5],
  ]);
}

/**
 * Shifts every change date by the same number of months (only the row's own date: a date in
 * the before/after text is another fact) and, where rows are whole lines, drops some rows.
 */
export function rewriteChanges(lines: TemplateLines, template: Template, prng: Prng, style: (printed: DateStyle) => DateStyle): ExpectedDocument['changes'] {
  const { fromLine, dropRows, ordered } = template.changeTable;
  const rows: number[] = [];
  for (let no = fromLine; no <= lines.lines.length; no++) {
    const l = lines.line(no);
    const start = ROW_START.exec(l);
    if (start && parseEraDate(l)?.index === start[0].length) rows.push(no);
  }
  if (!rows.length) throw new Error(`${template.seed}: no change rows from line ${fromLine}`);
  const monthsShifted = pickShift(prng);
  const dropped = new Set<number>();
  if (dropRows && prng.chance(0.5)) {
    const count = prng.int(1, Math.max(1, Math.floor(rows.length * 0.2)));
    for (const no of prng.shuffle(rows).slice(0, count)) dropped.add(no);
  }
  const dates: string[] = [];
  for (const no of rows) {
    if (dropped.has(no)) {
      lines.drop(no);
      continue;
    }
    const printed = parseEraDate(lines.line(no))!;
    const date = addMonths(printed.date, monthsShifted);
    lines.replaceAt(no, printed.index, printed.raw, formatEraDate(date, style(printed.style)));
    dates.push(isoDate(date));
  }
  return { rows: dates.length, dates, ordered, monthsShifted, rowsDropped: dropped.size };
}
