import { reason } from '../../../form/reasons';
import { parse } from 'node-html-parser';
import { findDate } from '../../normalize/era-date';
import { htmlToText } from '../../normalize/html';
import { RecurringTexts } from '../../normalize/recurring';
import { detached } from '../../normalize/detached';
import { compact } from '../../normalize/text';
import { fact, type ChangeFacts } from '../../facts';
import type { Span } from '../../source-text';

const TIMING = /^(事前|事後)$/;

/** A cell's paragraphs: the export sometimes puts two columns into one cell, one <p> each. */
function paragraphs(cell: string): string[] {
  if (!/<p[\s>]/i.test(cell)) return [htmlToText(cell).trim()];
  return [...cellParagraphs.get(cell, (c) => readParagraphs(c).map(detached))];
}

/** Change rows repeat between versions of a document and between bodies: each cell is parsed once per thread. */
const cellParagraphs = new RecurringTexts<string[]>(2_000);

function readParagraphs(cell: string): string[] {
  const root = parse(cell);
  const ps = root.childNodes
    .map((n) => htmlToText(n.toString()).trim())
    .filter((t) => t !== '');
  return ps.length ? ps : [''];
}

/**
 * One 変更箇所 row: 変更日, 項目, 変更前の記載, 変更後の記載, 提出時期, 提出時期に係る説明.
 * The export merges neighbouring columns into one cell now and then (「<p>令和6年4月1日</p>
 * <p>Ⅲ-2 リスク1 …</p>」 holds the date and the item), so cells are split back at their
 * paragraphs where a date or a timing word marks the seam.
 */
export function parseChangeRow(line: string, span: Span): ChangeFacts | null {
  const raw = line.split('\t');
  const cells = raw.map(paragraphs);
  const first = cells[0]!;
  const date = findDate(first[0] ?? '');
  if (!date || compact(first[0]!).length > date.raw.length + 2) return null;

  const columns: string[] = [first[0]!];
  if (first.length > 1) columns.push(first.slice(1).join('\n'));
  const rest = cells.slice(1);
  const timingAt = rest.findIndex((ps) => TIMING.test(compact(ps[0] ?? '')));
  const middle = (timingAt < 0 ? rest : rest.slice(0, timingAt)).map((ps) => ps.join('\n'));
  if (columns.length === 1) columns.push(middle.shift() ?? '');
  // a cell the row has but leaves empty is printed empty (the blank state), not unread
  const f = (v: string | undefined) => (v === undefined ? null : fact(v.trim(), span));
  const change: ChangeFacts = {
    span,
    date: fact(first[0]!, span),
    item: f(columns[1]),
    before: null,
    after: null,
    timing: null,
    explanation: null,
  };
  if (middle.length === 2) {
    change.before = f(middle[0]);
    change.after = f(middle[1]);
  } else if (middle.length === 1) {
    change.after = middle[0] ? fact(middle[0], span, false, reason('beforeAfterOneCell')) : null;
  } else if (middle.length > 2) {
    change.before = f(middle[0]);
    change.after = f(middle.slice(1).join('\n'));
    if (change.after) Object.assign(change.after, { certain: false, reason: reason('beforeAfterCells', { cells: middle.length }) });
  }
  if (timingAt >= 0) {
    const timingCell = rest[timingAt]!;
    change.timing = fact(compact(timingCell[0]!), span);
    const cells = [...timingCell.slice(1), ...rest.slice(timingAt + 1).flat()];
    change.explanation = cells.length ? f(cells.join('\n')) : null;
  }
  return change;
}
