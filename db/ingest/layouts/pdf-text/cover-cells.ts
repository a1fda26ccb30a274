import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import { firstLineFlat, type Block, type Page } from './pages';
import { labelPattern } from './tokens';

/** The cover's labels, longest first so that 「評価書名」 is not read inside another. */
export const COVER_LABELS = [
  '個人のプライバシー等の権利利益の保護の宣言',
  '個人情報保護委員会承認日【行政機関等のみ】',
  '個人情報保護委員会承認日',
  '評価実施機関名',
  '評価書番号',
  '評価書名',
  '特記事項',
  '公表日',
] as const;
export type CoverLabel = (typeof COVER_LABELS)[number];

/** One cell of the cover: a label, or a text between labels, with its exact span. */
export interface Cell {
  text: string;
  /** folded, without spaces */
  flat: string;
  span: Span;
  label: CoverLabel | null;
  block: Block;
}

const LABELS_RE = new RegExp(COVER_LABELS.map(labelPattern).join('|'), 'g');
const ENDS_COVER = /^(項目一覧|(I|Ⅰ)(基本情報|関連情報))$/;

/**
 * The cover: the page that holds 評価書番号 or 評価書名, up to 項目一覧 or the first part (where
 * a tool lost the page breaks, the cover runs on into them). Each box is cut at the labels it
 * holds, so a label glued to its neighbour (「公表日枚方市長」, 「評価実施機関名 和光市長」) comes
 * apart: labels and values are cells of their own.
 */
export function coverCells(pages: Page[]): Cell[] | null {
  const cover = pages.find((p) => p.blocks.some((b) => /評価書番号|評価書名/.test(b.flat)));
  if (!cover) return null;
  const end = cover.blocks.findIndex((b) => ENDS_COVER.test(firstLineFlat(b)));
  const blocks = end > 0 ? cover.blocks.slice(0, end) : cover.blocks;
  return blocks.flatMap(cellsOf);
}

function cellsOf(block: Block): Cell[] {
  // a box's lines follow each other in the source, so offsets in the joined text are offsets there
  const raw = block.lines.join('\n');
  const folded = raw.normalize('NFKC');
  if (folded.length !== raw.length) return cellsByLength(block, raw);
  const cells: Cell[] = [];
  let at = 0;
  const push = (from: number, to: number, label: CoverLabel | null) => {
    const text = raw.slice(from, to);
    if (compact(text) === '') return;
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    cells.push({ text: text.trim(), flat: compact(text), span: { from: block.span.from + from + lead, to: block.span.from + to - trail }, label, block });
  };
  for (const m of folded.matchAll(LABELS_RE)) {
    push(at, m.index!, null);
    push(m.index!, m.index! + m[0].length, COVER_LABELS.find((l) => compact(m[0]) === compact(l)) ?? null);
    at = m.index! + m[0].length;
  }
  push(at, raw.length, null);
  return cells;
}

/** NFKC changed the length (rare ligatures): the box stays one cell, a label if it is one. */
function cellsByLength(block: Block, raw: string): Cell[] {
  const label = COVER_LABELS.find((l) => compact(l) === block.flat) ?? null;
  return [{ text: raw.trim(), flat: block.flat, span: block.span, label, block }];
}
