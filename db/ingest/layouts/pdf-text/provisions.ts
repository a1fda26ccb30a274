import { reason } from '../../../form/reasons';
import { fact, type Fact, type ProvisionFacts } from '../../facts';
import { provisionTable, type ItemTable } from '../../form/item-rows';
import { joinSpans, type Span } from '../../source-text';
import { fill, pageValues, slotsFor, type ItemValues } from './item-fill';
import { place, runs } from './item-placement';
import { openAfter, pageStructure, readLabels, settleCandidates, type HeadingReader, type ItemHeading, type OpenItem } from './item-structure';
import { changeTableTies, headingAnchors, seams } from './item-ties';
import { bareValues, bindValues, wordsSpan } from './item-values';
import type { Block, Page } from './pages';

type Verb = '提供' | '移転';
/** 「提供先2 市町村長」 or, as often, 「市町村長 提供先1」: the recipient beside its heading */
const HEADING = /^(?:(.*?)\s*)?(提供先|移転先)\s*(\d{1,2})(?![～~\-\d])\s*(.*)$/;
const RANGE = /^(提供先|移転先)(\d{1,2})[～~\-]\d{1,2}$/;

/** A box as a heading is matched: its lines on one line, NFKC (asked of every box for each table, so matched once). */
function headingIn(b: Block): RegExpExecArray | null {
  if (b.memo.provisionHeading === undefined) {
    // both headings end in 先: a box without it is none, and the pattern's lazy prefix need not
    // scan it; its flat text (NFKC too) tells, before the lines are joined and normalized
    if (!b.flat.includes('先')) b.memo.provisionHeading = null;
    else {
      const text = b.lines.join(' ').normalize('NFKC');
      b.memo.provisionHeading = text.includes('先') ? HEADING.exec(text.trim()) : null;
    }
  }
  return b.memo.provisionHeading;
}

const HEADINGS: Record<Verb, HeadingReader> = { 提供: headingsOf('提供'), 移転: headingsOf('移転') };
/** made once: the tables' label patterns are made once per table (item-structure.ts) */
const TABLES: Record<Verb, ItemTable> = { 提供: provisionTable('提供'), 移転: provisionTable('移転') };

function headingsOf(verb: Verb): HeadingReader {
  return {
    item(b: Block): ItemHeading | null {
      const m = headingIn(b);
      if (!m || m[2] !== `${verb}先`) return null;
      return { no: Number(m[3]), title: (m[1] || m[4] || '').trim() || null, titleAt: 0, block: b };
    },
    range(b: Block) {
      const m = RANGE.exec(b.flat);
      return m && m[1] === `${verb}先` ? Number(m[2]) : null;
    },
  };
}
const isHeading = (b: Block) => headingIn(b) !== null || RANGE.test(b.flat);

interface ProvisionFound {
  span: Span;
  values: Map<string, Fact<string>>;
  numbering?: Fact<number>;
}

/**
 * Ⅱ-5 提供・移転: the 提供先N and 移転先N tables, each read by the form's item structure like
 * the contracts (item-structure.ts). The two tables share two labels (①法令上の根拠,
 * ⑦時期・頻度), so a page is read for a table only where that table's own words are printed or
 * its open item may continue.
 */
export function readProvisions(pages: Page[], fileNo: (page: Page) => number, changePages: Page[]): ProvisionFacts[] {
  const provisions: ProvisionFacts[] = [];
  for (const verb of ['提供', '移転'] as const) {
    const otherVerb = verb === '提供' ? '移転' : '提供';
    const table = TABLES[verb];
    const other = TABLES[otherVerb];
    const form = table.forms[0]!;
    const headings = HEADINGS[verb];
    const otherHeaded = (page: Page) => page.blocks.some((b) => HEADINGS[otherVerb].item(b) !== null);
    for (const file of [...new Set(pages.map(fileNo))]) {
      const found = new Map<number, ProvisionFound>();
      let open: OpenItem | null = null;
      for (const page of pages.filter((p) => fileNo(p) === file)) {
        const labels = readLabels(page, table, form, headings);
        const own = labels.headings.length > 0 || labels.rows.some((r) => !r.spec.labels.some((l) => other.forms[0]!.rows.some((o) => o.labels.includes(l))));
        if (!labels.rows.length || (!own && (!open || otherHeaded(page)))) continue;
        const s = pageStructure(labels, open, form.rows.length);
        const { bound, used } = bindValues(labels, [], isHeading);
        const seamTies = seams(labels, s);
        settleCandidates(s, new Map([...changeTableTies(labels, s, bound, changePages, table.item, ['legalBasis', 'information', 'purpose']), ...seamTies]));
        const placed = place(s, runs(page, labels, new Set(seamTies.keys())), headingAnchors(labels, s, bound));
        open = openAfter(s, placed);
        const items = pageValues(s, placed, bound, table.item);
        const pool = bareValues(labels, [], (x) => used.has(x) || isHeading(x));
        fill(slotsFor(items, 'people'), pool.filter((v) => v.kind === 'band'));
        for (const x of items) gather(found, x, s.items.length, table.item);
      }
      for (const [no, k] of [...found].sort((x, y) => x[0] - y[0])) {
        if (![...k.values.keys()].some((key) => key !== 'recipient')) continue;
        const v = (key: string) => k.values.get(key) ?? null;
        provisions.push({
          fileNo: file,
          direction: verb,
          no,
          span: k.span,
          recipient: v('recipient'),
          legalBasis: v('legalBasis'),
          purpose: v('purpose'),
          information: v('information'),
          peopleBand: v('people'),
          method: null,
          timing: v('timing'),
          numbering: k.numbering,
        });
      }
    }
  }
  return provisions;
}

function gather(found: Map<number, ProvisionFound>, x: ItemValues, onPage: number, word: string) {
  const { item } = x;
  if (item.heading?.title) x.values.set('recipient', fact(item.heading.title, wordsSpan(item.heading.block, item.heading.title)));
  const span = item.heading?.block.span ?? [...x.values.values()][0]?.span;
  if (!span) return;
  const k: ProvisionFound = found.get(item.no) ?? { span, values: new Map() };
  k.span = joinSpans([k.span, span])!;
  for (const [key, v] of x.values) {
    const had = k.values.get(key);
    if (!had || (had.certain === false && v.certain !== false)) k.values.set(key, v);
  }
  if (item.unheaded && x.values.size) k.numbering = fact(item.no, span, false, reason('numberingNotTied', { count: onPage, item: word }));
  found.set(item.no, k);
}
