import { htmlToText } from '../../normalize/html';
import type { SourceText, Span } from '../../source-text';

/**
 * One line of the tab-separated export: a table row whose cells are tab-separated (each may
 * hold an HTML fragment), or a plain line of prose or a heading.
 */
export interface Row {
  cells: string[];
  /** no tab on the line: a heading, a label on its own, or prose */
  plain: boolean;
  line: number;
  span: Span;
}

/** Rows like 「---\t--\t---」 are the export's table rulers, not content. */
const RULER = /^[-\s|:]+$/;

export function readRows(source: SourceText): Row[] {
  const rows: Row[] = [];
  source.lines.forEach((line, i) => {
    if (line.trim() === '' || (line.includes('\t') && RULER.test(line))) return;
    const plain = !line.includes('\t');
    const cells = line.split('\t').map((c) => htmlToText(c).trim());
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    // a markdown list mark added by the export: 「- (1) …」
    if (plain) cells[0] = cells[0]!.replace(/^- /, '');
    rows.push({ cells, plain, line: i, span: source.spanOfLines(i) });
  });
  return rows;
}

/** The non-empty cells of a row. */
export const filled = (row: Row) => row.cells.filter((c) => c !== '');
