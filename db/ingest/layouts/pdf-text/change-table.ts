import { reason } from '../../../form/reasons';
import { fact, type ChangeFacts, type DocumentFacts, type Fact } from '../../facts';
import { findDate } from '../../normalize/era-date';
import { joinSpans } from '../../source-text';
import type { Block, Page } from './pages';
import { blockText } from './tokens';

const TIMING = /(?:^|\s)(事前|事後)(?=\s|$)/g;
/** an item names the part it changes: 「Ⅱ－４委託事項４」, 「Ⅲリスク対策」, 「（別添１）…」 */
const ITEM = /^\s*(?:(?:VI|IV|V|I{1,3})(?=[\s\-‐ー特基リそ開評\d])|\(別添)/; // on NFKC text: Ⅱ → II

/** A box's text as printed, its wrapped lines joined (normalized later, ①… kept). */
const rawValue = (b: Block) => b.lines.map((l) => l.trim()).join('');

interface Token {
  block: Block;
  value: string;
}

/**
 * The change table (別添 変更箇所) as the PDF extraction prints it, in one of two ways: each
 * row's date right before the row, or page by page in columns — the page's dates as one run,
 * then the items, the texts and the timings, the counts agreeing. Dates and timings are paired
 * in order; where a page's dates (or timings) differ from each other, the pairing is a
 * reading of the layout, not a certainty, and is marked so.
 */
export function readChangeTable(pages: Page[], facts: DocumentFacts) {
  const rowed = pages.filter(dateBeforeRow);
  if (rowed.length === pages.length && pages.length) return readRowLayout(pages, facts);
  for (const page of pages) readColumnPage(page, facts);
}

function tokens(page: Page) {
  const dates: Token[] = [];
  const timings: Token[] = [];
  const items: Token[] = [];
  for (const b of page.blocks) {
    const text = blockText(b);
    const first = findDate(b.lines[0]!);
    if (first && first.index === 0) dates.push({ block: b, value: first.raw });
    for (const m of text.matchAll(TIMING)) timings.push({ block: b, value: m[1]! });
    if (ITEM.test(b.lines[0]!.normalize('NFKC')) && !/変更箇所$/.test(b.flat)) items.push({ block: b, value: rawValue(b) });
  }
  return { dates, timings, items };
}

/**
 * A page where each date box is followed, within the next three boxes, by a timing (the
 * page's last date may be a row's date whose row went to the page before).
 */
function dateBeforeRow(page: Page): boolean {
  const { dates } = tokens(page);
  if (!dates.length) return false;
  return dates.every((d, i) => {
    if (i === dates.length - 1 && i > 0 && page.blocks.slice(d.block.index + 1).every((b) => !/事前|事後/.test(b.flat))) return true;
    const next = dates[i + 1]?.block.index ?? Infinity;
    return page.blocks.slice(d.block.index, Math.min(d.block.index + 4, next)).some((b) => TIMING.test(blockText(b)) && ((TIMING.lastIndex = 0), true));
  });
}

function readColumnPage(page: Page, facts: DocumentFacts) {
  const { dates, timings, items } = tokens(page);
  const n = Math.max(dates.length, timings.length);
  if (!n) return;
  const sameDates = new Set(dates.map((d) => d.value)).size <= 1;
  const counts = dates.length === timings.length;
  const byItem = items.length === n ? timingsByItem(items, timings) : null;
  const sameTimings = new Set(timings.map((t) => t.value)).size <= 1;
  // with one date and one timing for the whole page, every row's item is certain whatever the
  // order the columns come out in
  const itemsCertain = n === 1 || (sameDates && sameTimings && counts && items.length === n) || !!byItem;
  const why = reason('columnsByOrder', { dates: dates.length, timings: timings.length });
  for (let i = 0; i < n; i++) {
    const d = dates[i];
    const item = items.length === n ? items[i] : undefined;
    const t = byItem ? byItem[i]! : timings[i] ? { token: timings[i]!, certain: (sameTimings && counts) || n === 1 } : null;
    const span = joinSpans([d?.block.span, t?.token.block.span, item?.block.span])!;
    facts.changes.push({
      span,
      date: d ? fact(d.value, d.block.span, (sameDates && counts) || n === 1, (sameDates && counts) || n === 1 ? undefined : why) : null,
      item: item ? fact(item.value, item.block.span, itemsCertain, itemsCertain ? undefined : why) : null,
      before: null,
      after: null,
      timing: t ? fact(t.token.value, t.token.block.span, t.certain, t.certain ? undefined : why) : null,
      explanation: null,
    });
  }
}

/**
 * Each row's boxes — item, 変更前, 変更後, then 提出時期 — mostly come out together: a timing
 * printed between a row's item and the next row's item is that row's. The timings left over go
 * to the rows left over: certain when they are all the same word.
 */
function timingsByItem(items: Token[], timings: Token[]): ({ token: Token; certain: boolean } | null)[] {
  const used = new Set<Token>();
  const rows = items.map((item, k) => {
    const end = items[k + 1]?.block.index ?? Infinity;
    const inRange = timings.filter((t) => t.block.index >= item.block.index && t.block.index < end);
    if (inRange.length !== 1) return null;
    used.add(inRange[0]!);
    return { token: inRange[0]!, certain: true };
  });
  const left = timings.filter((t) => !used.has(t));
  const open = rows.map((r, k) => (r ? -1 : k)).filter((k) => k >= 0);
  const alike = new Set(left.map((t) => t.value)).size <= 1 && left.length === open.length;
  open.forEach((k, i) => {
    if (left[i]) rows[k] = { token: left[i]!, certain: alike };
  });
  return rows;
}

/**
 * 「変更前 変更後 事後」 on one line: the two texts are told apart only when they are the same
 * words twice (「「（別紙）…」のとおり 「（別紙）…」のとおり」); otherwise the space between them
 * could be inside either.
 */
function beforeAfter(b: Block): { before: Fact | null; after: Fact | null } {
  const line = b.lines.find((l) => /(?:^|\s)(事前|事後)(?=\s|$)/.test(l.normalize('NFKC')));
  const head = line?.normalize('NFKC').replace(/\s*(事前|事後)(\s.*)?$/, '').trim() ?? '';
  const words = head.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    if (a === words.slice(i).join(' ')) return { before: fact(a, b.span), after: fact(a, b.span) };
  }
  return { before: null, after: null };
}

/**
 * Each date sits right before its row: date, item, then 「変更前 変更後 提出時期」. A row whose
 * date went to another page takes the one date left without a row.
 */
function readRowLayout(pages: Page[], facts: DocumentFacts) {
  const rows: { date: Fact | null; timing: Fact; item: Fact | null; before: Fact | null; after: Fact | null; span: ChangeFacts['span'] }[] = [];
  const orphanDates: Token[] = [];
  for (const page of pages) {
    const { dates, timings } = tokens(page);
    const datedTimings = new Set<Token>();
    for (const [i, d] of dates.entries()) {
      const nextDate = dates[i + 1]?.block.index ?? Infinity;
      const t = timings.find((x) => x.block.index >= d.block.index && x.block.index < nextDate && !datedTimings.has(x));
      if (!t) {
        orphanDates.push(d);
        continue;
      }
      datedTimings.add(t);
      // the item follows the date in its own box, or in the date's box below the date
      const itemBlock = d.block.lines.length > 1 ? d.block : page.blocks[d.block.index + 1];
      const itemText = itemBlock === d.block ? d.block.lines.slice(1).map((l) => l.trim()).join('') : itemBlock ? rawValue(itemBlock) : '';
      const item = itemBlock && itemBlock !== t.block && itemText ? fact(itemText, itemBlock.span) : null;
      rows.push({ date: fact(d.value, d.block.span), timing: fact(t.value, t.block.span), item, ...beforeAfter(t.block), span: joinSpans([d.block.span, t.block.span])! });
    }
    for (const t of timings.filter((x) => !datedTimings.has(x))) {
      const itemBlock = page.blocks[t.block.index - 1];
      rows.push({ date: null, timing: fact(t.value, t.block.span), item: itemBlock ? fact(rawValue(itemBlock), itemBlock.span) : null, ...beforeAfter(t.block), span: t.block.span });
    }
  }
  const undated = rows.filter((r) => !r.date);
  // rows that say the same thing are interchangeable: which of them takes the lone date
  // changes nothing
  const key = (r: (typeof rows)[number]) => [r.item?.value, r.before?.value, r.after?.value, r.timing.value].join('|');
  const alike = rows.length > 1 && rows.every((r) => key(r) === key(rows[0]!));
  undated.forEach((r, i) => {
    const d = orphanDates[i];
    if (!d) return;
    const certain = alike && undated.length === orphanDates.length;
    r.date = fact(d.value, d.block.span, certain, certain ? undefined : reason('orphanDate', { count: orphanDates.length }));
    r.span = joinSpans([r.span, d.block.span])!;
  });
  for (const r of rows) facts.changes.push({ span: r.span, date: r.date, item: r.item, before: r.before, after: r.after, timing: r.timing, explanation: null });
}
