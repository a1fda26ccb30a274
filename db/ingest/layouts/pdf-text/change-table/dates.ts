import { reason } from '../../../../form/reasons';
import { fact, type Fact } from '../../../facts';
import { joinSpans, type Span } from '../../../source-text';
import type { Row } from './matching';
import type { PageRuns } from './page-runs';

export interface DatedRow {
  row: Row;
  span: Span;
  date: Fact | null;
}

type DateCell = PageRuns['dates'][number];

/**
 * A page's dates: a date printed right before its row's item is that row's. A page that
 * prints its dates in a run apart from the rows pairs them in order — certain only when it
 * is one date for as many rows. Dates and rows left over where rows carry their dates are
 * paired across the table (a row whose date went to another page). A date is no row by
 * itself: dates beyond the page's rows (a text that is a date, 「令和3年3月8日」 of a changed
 * 実施日, come out among them where the boxes are lost) are left over too, never rows.
 */
export function datesOfPage<R extends DatedRow>(pr: PageRuns, rows: R[]) {
  const tied = rows.filter((r) => r.row.own.date);
  for (const r of tied) {
    const d = r.row.own.date!;
    r.date = fact(d.raw, d.block.span);
    r.span = joinSpans([r.span, d.block.span])!;
  }
  const used = new Set(tied.map((r) => r.row.own.date));
  const dates = pr.dates.filter((d) => !used.has(d));
  const undated = rows.filter((r) => !r.date);
  // where the page ties some rows to their dates, the rest may be a row whose date went to
  // another page: those are paired across the table
  if (tied.length && (!dates.length || !undated.length)) return { untiedDates: dates, undatedRows: undated };
  const sure = (new Set(dates.map((d) => d.raw)).size <= 1 && dates.length === undated.length) || (dates.length === 1 && undated.length <= 1);
  const timings = pr.runs.filter((r) => r.timing).length;
  const why = reason('columnsByOrder', { dates: dates.length, timings });
  const dateFact = (d: DateCell) => fact(d.raw, d.block.span, sure, sure ? undefined : why);
  undated.forEach((r, i) => {
    const d = dates[i];
    if (!d) return;
    r.date = dateFact(d);
    r.span = joinSpans([r.span, d.block.span])!;
  });
  return { untiedDates: dates.slice(undated.length), undatedRows: [] as R[] };
}

/** Rows printed without a date take the dates printed without a row, in order. */
export function datesLeftOver(dates: DateCell[], rows: DatedRow[], alike: boolean) {
  const certain = alike && rows.length === dates.length;
  rows.forEach((r, i) => {
    const d = dates[i];
    if (!d) return;
    r.date = fact(d.raw, d.block.span, certain, certain ? undefined : reason('orphanDate', { count: dates.length }));
    r.span = joinSpans([r.span, d.block.span])!;
  });
}
