import { reason } from '../../../../form/reasons';
import { fact, type ChangeFacts, type Fact } from '../../../facts';
import { joinSpans, type Span } from '../../../source-text';
import type { Page } from '../pages';
import { placeExplanations, joinFragments, type Row } from './matching';
import { pageRuns, type PageRuns, type Run } from './page-runs';
import { beforeAfter, pairFacts } from './texts';
import { dealColumns } from './columns';
import { datesOfPage, datesLeftOver, type DatedRow } from './dates';

interface Draft extends DatedRow {
  item: Fact | null;
  before: Fact | null;
  after: Fact | null;
  timing: Fact | null;
  explanation: Fact | null;
}

/**
 * The change table (別添 変更箇所) as the PDF extraction prints it. On some pages each row
 * comes out whole — item, 変更前, 変更後, 提出時期, 提出時期に係る説明 — with its date before it or
 * the page's dates in a run at the top; on others part of a row comes out apart from its
 * item. A row read together is certain; what had to be put back together is kept in doubt.
 * Where the extraction lost the boxes (`cellsRebuilt`), rows are still told by their items,
 * dates and timings, but where an item or a text ends is the rebuilt boxes' guess: in doubt.
 */
export function readChangeTable(pages: Page[], cellsRebuilt = false): ChangeFacts[] {
  const drafts: Draft[] = [];
  const leftOver: { dates: PageRuns['dates']; rows: Draft[] } = { dates: [], rows: [] };
  let carry: Run | null = null;
  const read = pages.map((page) => {
    const pr = pageRuns(page, carry);
    carry = pr.open;
    return pr;
  });
  for (const pr of read) {
    const rows = pageRows(pr);
    const dated = datesOfPage(pr, rows);
    leftOver.dates.push(...dated.untiedDates);
    leftOver.rows.push(...dated.undatedRows);
    drafts.push(...rows);
  }
  const key = (r: Draft) => [r.item?.value, r.before?.value, r.after?.value, r.timing?.value].join('|');
  datesLeftOver(leftOver.dates, leftOver.rows, leftOver.rows.length > 0 && drafts.every((r) => key(r) === key(drafts[0]!)));
  return drafts.map((r) => {
    const row = { span: r.span, date: r.date, item: r.item, before: r.before, after: r.after, timing: r.timing, explanation: r.explanation };
    return cellsRebuilt ? rebuiltRow(row) : row;
  });
}

/**
 * A row read from rebuilt boxes: its date and timing are words of their own, its item and
 * texts are cells whose ends were guessed. An explanation read as empty because no box of the
 * row held one says nothing where the boxes are lost: unread.
 */
function rebuiltRow<R extends Record<'item' | 'before' | 'after' | 'explanation', Fact | null>>(row: R): R {
  const why = reason('cellsRebuilt');
  const doubt = (f: Fact | null) => (f && f.certain !== false ? fact(f.value, f.span, false, why) : f);
  const explanation = row.explanation?.value === '' ? null : doubt(row.explanation);
  return { ...row, item: doubt(row.item), before: doubt(row.before), after: doubt(row.after), explanation };
}

/**
 * A fragment left without a row, whose timing line holds both texts (「「（別紙）…」のとおり
 * 「（別紙）…」のとおり 事後」) after a box of its own: a row printed without its date, that box
 * being its item. Several boxes before that line (an item's wrapped lines come out as boxes
 * where the boxes are lost) are joined as the item, in doubt.
 */
function asRow(f: Run, itemPieces: Map<Run, number>): Run {
  const line = f.chunks[f.chunks.length - 1];
  const boxes = f.chunks.slice(0, -1);
  if (!line || !boxes.length || boxes.some((b) => b.oneLine) || !line.oneLine || beforeAfter([line]).doubt || !beforeAfter([line]).after) return f;
  const row = { ...f, item: { text: boxes.map((b) => b.text.replace(/\n/g, '')).join(''), span: joinSpans(boxes.map((b) => b.span))! }, chunks: [line] };
  if (boxes.length > 1) itemPieces.set(row, boxes.length);
  return row;
}

function pageRows(pr: PageRuns): Draft[] {
  const columns = dealColumns(pr.runs);
  const joined = joinFragments(columns.runs);
  // a fragment left over is a row only with a timing or an item of its own: texts alone are
  // no evidence of a row (where the boxes are lost, a wrapped cell's lines come out as boxes)
  const itemPieces = new Map<Run, number>();
  const ownRows = joined.left.map((f) => asRow(f, itemPieces)).filter((f) => f.item || f.timing);
  const rows: Row[] = [...joined.rows, ...ownRows.map((own) => ({ own, joined: null }))].sort((a, b) => a.own.at - b.own.at);
  const pairs = new Map(rows.map((r) => [r, beforeAfter([...r.own.chunks, ...(r.joined?.chunks ?? [])])]));
  /** the row came out together: its item, then its texts, then its own timing */
  const whole = (r: Row) => !!r.own.item && !!r.own.timing && !r.joined && !columns.byOrder.has(r.own);
  const afterRows = pr.explanations.map((e) => e.after);
  const orderly =
    rows.every((r) => whole(r) && !pairs.get(r)!.doubt) &&
    afterRows.every((a, i) => a && !a.timing?.explanation && afterRows.indexOf(a) === i);
  const tiedExplanation = (r: Row) => (whole(r) ? r.own.timing?.explanation : null);
  const placed = orderly
    ? new Map(pr.explanations.map((e) => [rows.find((r) => r.own === e.after)!, e]))
    : placeExplanations(pr.explanations, rows, (r) => !!(r.own.timing?.explanation ?? r.joined?.timing?.explanation));
  const timings = pr.runs.filter((r) => r.timing).map((r) => r.timing!.value);
  // one word for every row: whichever timing a row takes, it says the same
  const oneTiming = new Set(timings).size === 1 && timings.length === rows.length;
  const apart = reason('apartFromRow');
  return rows.map((r) => {
    const dealt = columns.byOrder.get(r.own);
    const texts = pairFacts(pairs.get(r)!, whole(r) ? null : dealt ? reason('textsByOrder', dealt) : apart);
    const t = r.own.timing ?? r.joined?.timing ?? null;
    const timingSure = whole(r) || oneTiming;
    const timing = t ? fact(t.value, t.block.span, timingSure, timingSure ? undefined : apart) : null;
    const inBlock = t?.explanation;
    const loose = placed.get(r);
    const explanation = inBlock
      ? fact(inBlock.text, inBlock.span, !!tiedExplanation(r), tiedExplanation(r) ? undefined : apart)
      : loose
        ? fact(loose.chunk.text, loose.chunk.span, orderly, orderly ? undefined : apart)
        : orderly && t
          ? fact('', t.block.span) // every row of the page came out whole and none is printed here: the cell is empty
          : null;
    const spans: (Span | undefined)[] = [r.own.item?.span, ...r.own.chunks.map((c) => c.span), t?.block.span, ...(r.joined?.chunks.map((c) => c.span) ?? [])];
    const pieces = itemPieces.get(r.own);
    const item = r.own.item ? fact(r.own.item.text, r.own.item.span, !pieces, pieces ? reason('itemPieces', { pieces }) : undefined) : null;
    return { row: r, span: joinSpans(spans) ?? pr.page.span, date: null, item, ...texts, timing, explanation };
  });
}
