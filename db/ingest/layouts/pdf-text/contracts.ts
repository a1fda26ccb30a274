import { blankMark } from '../../../form/field-states';
import { reason } from '../../../form/reasons';
import { fact, type ContractFacts, type DocumentFacts, type Fact } from '../../facts';
import { CONTRACT_TABLE } from '../../form/item-rows';
import { statedItems } from '../../form/answers';
import { joinSpans, type Span } from '../../source-text';
import { settleSubcontract, settleTexts } from './contract-values';
import { fill, pageValues, slotsFor, type ItemValues } from './item-fill';
import { changeTableTies, headingAnchors, seams } from './item-ties';
import { place, runs } from './item-placement';
import { chooseForm, openAfter, pageStructure, readLabels, settleCandidates, type HeadingReader, type ItemHeading, type OpenItem, type PageLabels, type RowLabel } from './item-structure';
import { bareValues, bindValues, valueSpan } from './item-values';
import type { Block, Page } from './pages';
import { blockText, cleanValue } from './tokens';

const ANSWERS = ['再委託する', '再委託しない', '委託する', '委託しない'];
const WORD = CONTRACT_TABLE.item;

/** 「委託事項3 予防接種予診票におけるパンチ委託」 (the title may sit on the next line of the box) */
export const CONTRACT_HEADINGS: HeadingReader = {
  // asked of every box by each step of a page's reading: read once per box
  item(b) {
    if (b.memo.contractHeading === undefined) b.memo.contractHeading = contractHeading(b);
    return b.memo.contractHeading;
  },
  range(b) {
    const m = /^委託事項(\d{1,2})[～~\-]\d{1,2}$/.exec(b.flat);
    return m ? Number(m[1]) : null;
  },
};
function contractHeading(b: Block): ItemHeading | null {
  const m = /^委託事項(\d{1,2})(?![～~\-\d])/.exec(b.flat);
  const text = blockText(b);
  const at = /^\s*委託事項\s*\d{1,2}\s*/.exec(text);
  if (!m || !at) return null;
  return { no: Number(m[1]), title: cleanValue(text.slice(at[0].length)) || null, titleAt: at[0].length, block: b };
}
const isHeading = (b: Block) => CONTRACT_HEADINGS.item(b) !== null || CONTRACT_HEADINGS.range(b) !== null;

interface ItemFacts {
  span: Span;
  values: Map<string, Fact<string>>;
  numbering?: Fact<number>;
}

/**
 * Ⅱ-4 委託: the pages of each file in order, each read by the form's item structure (see
 * item-structure.ts); an item whose rows run over a page break gathers them from both pages.
 */
export function readContracts(
  pages: Page[],
  fileNo: (page: Page) => number,
  changePages: Page[] = [],
): { contracts: ContractFacts[]; statedCounts: DocumentFacts['statedCounts'] } {
  const contracts: ContractFacts[] = [];
  const statedCounts: DocumentFacts['statedCounts'] = [];
  const files = [...new Set(pages.map(fileNo))];
  for (const file of files) {
    const own = pages.filter((p) => fileNo(p) === file);
    const form = chooseForm(CONTRACT_TABLE, own);
    const found = new Map<number, ItemFacts>();
    let open: OpenItem | null = null;
    for (const page of own) {
      const labels = readLabels(page, CONTRACT_TABLE, form, CONTRACT_HEADINGS);
      if (!labels.rows.length) continue;
      const count = statedCount(labels);
      if (count) statedCounts.push({ subject: WORD, count: count.n, span: count.block.span, fileNo: file });
      const stated = statedCounts.find((x) => x.fileNo === file)?.count;
      const s = pageStructure(labels, open, form.rows.length);
      const { bound, used } = bindValues(labels, ANSWERS, isHeading);
      const seamTies = seams(labels, s);
      const ties = new Map([...changeTableTies(labels, s, bound, changePages, WORD, ['content', 'contractor', 'method']), ...seamTies]);
      // the form states how many items there are: the slots beyond are printed empty
      const beyond = (r: RowLabel) => {
        const v = bound.get(r)?.value;
        return stated !== undefined && v !== undefined && blankMark(v) === null ? s.items.map((i) => i.no).filter((no) => no > stated) : [];
      };
      settleCandidates(s, ties, beyond);
      const placed = place(s, runs(page, labels, new Set(seamTies.keys())), headingAnchors(labels, s, bound));
      open = openAfter(s, placed);
      const items = pageValues(s, placed, bound, WORD);
      const pool = bareValues(labels, ANSWERS, (x) => used.has(x) || isHeading(x) || x === count?.block);
      settleSubcontract(items, pool.filter((v) => v.kind === 'answer'));
      fill(slotsFor(items, 'contractor'), pool.filter((v) => v.kind === 'contractor'));
      // handler bands run from 10人未満 to 1,000人以上; a band in 万人 answers another row
      fill(slotsFor(items, 'handlers'), pool.filter((v) => v.kind === 'band' && !v.value.includes('万')));
      settleTexts(items, pool.filter((v) => v.kind === 'text'));
      for (const x of items) keep(found, x, s.items.length, stated);
    }
    for (const [no, k] of [...found].sort((x, y) => x[0] - y[0])) {
      if (![...k.values.values()].length) continue;
      contracts.push(contractOf(file, no, k));
    }
  }
  return { contracts, statedCounts };
}

/** Gathers one page's values of an item into what the file has of it. */
function keep(found: Map<number, ItemFacts>, x: ItemValues, onPage: number, stated: number | undefined) {
  const { item } = x;
  if (item.heading?.title) x.values.set('title', fact(item.heading.title, valueSpan(item.heading.block, item.heading.titleAt)));
  const span = item.heading?.block.span ?? firstSpan(x);
  if (!span) return;
  const k: ItemFacts = found.get(item.no) ?? { span, values: new Map() };
  k.span = joinSpans([k.span, span])!;
  // values beyond the stated count belong to one of the stated items, which the text does not tell
  const beyond = stated !== undefined && item.no > stated;
  for (const [key, v] of x.values) {
    const value = beyond ? { ...v, certain: false, reason: reason('beyondStatedCount', { item: WORD, no: item.no, stated: stated! }) } : v;
    const had = k.values.get(key);
    if (!had || (had.certain === false && value.certain !== false)) k.values.set(key, value);
  }
  if (beyond && x.values.size) k.numbering = fact(item.no, span, false, reason('beyondStatedCount', { item: WORD, no: item.no, stated: stated! }));
  else if (item.unheaded && x.values.size) k.numbering = fact(item.no, span, false, reason('numberingNotTied', { count: onPage, item: WORD }));
  found.set(item.no, k);
}

const firstSpan = (x: ItemValues): Span | null => [...x.values.values()][0]?.span ?? [...x.open.values()][0]?.label.block.span ?? null;

/** The count printed beside 委託の有無: 「（ 2 ）件」, or a bare 「2」 when the brackets came apart. */
function statedCount(labels: PageLabels): { n: number; block: Block } | null {
  if (!labels.others.some((o) => /^委託の有無/.test(o.block.flat))) return null;
  const inline = labels.page.blocks.find((x) => statedItems(blockText(x)) !== null);
  if (inline) return { n: statedItems(blockText(inline))!, block: inline };
  const digits = labels.page.blocks.filter((x) => /^\d{1,2}$/.test(x.flat));
  return digits.length === 1 ? { n: Number(digits[0]!.flat), block: digits[0]! } : null;
}

function contractOf(fileNo: number, no: number, found: ItemFacts): ContractFacts {
  const v = (key: string) => found.values.get(key) ?? null;
  const sub = v('subcontract');
  return {
    fileNo,
    no,
    span: found.span,
    title: v('title'),
    content: v('content'),
    handlersBand: v('handlers'),
    contractor: v('contractor'),
    subcontract: sub ? { ...sub, value: sub.value === '再委託する' } : null,
    subcontractMethod: v('method'),
    subcontractItems: v('items'),
    numbering: found.numbering,
  };
}
