import { partOfFlat, stageInFlat, type PartName, type Stage } from '../../form/parts';
import { compact } from '../../normalize/text';
import type { SourceText, Span } from '../../source-text';
import type { ItemHeading } from './item-structure';
import type { Question } from './ratings/graded-answers';

/**
 * The PDF text extraction: a run of three or more blank lines is a page break; within a
 * page, text boxes are separated by single blank lines, and a box's own lines follow each
 * other. Much of the form's structure only holds within a page.
 */
export interface Block {
  page: number;
  /** position of the block on its page */
  index: number;
  lines: string[];
  /** 0-based line numbers in the source */
  first: number;
  last: number;
  span: Span;
  /** the block's text folded and without spaces or line breaks, for matching labels */
  flat: string;
  memo: BlockMemo;
}

/**
 * What the readers work out of a box once and ask again and again. Kept on the box, not in
 * WeakMaps keyed by it: every minor garbage collection walks a WeakMap's entries, and the
 * boxes of a document are many and short-lived.
 */
export interface BlockMemo {
  /** tokens.ts blockText */
  text: string | undefined;
  /** tokens.ts blockWithoutOptions */
  optionless: string | undefined;
  /** tokens.ts answerWords: the text without options, brackets, spaces and ※ */
  answerText: string | undefined;
  /** ratings: questionIn */
  question: Question | null | undefined;
  /** provisions: the box as a 提供先N / 移転先N heading */
  provisionHeading: RegExpExecArray | null | undefined;
  /** contracts: the box as a 委託事項N heading */
  contractHeading: ItemHeading | null | undefined;
  /** ratings/column-width: the display widths of its lines, and of those that wrapped */
  widths: { lines: number[]; wrapped: number[] } | undefined;
  /** headingPart */
  part: PartName | null | undefined;
  /** stageHeading */
  stage: { no: number; stage: Stage } | null | undefined;
  /** firstLineFlat */
  firstFlat: string | undefined;
}

/** A memo with every field present from the start: one shape for all boxes. */
export const newMemo = (firstFlat?: string): BlockMemo => ({
  text: undefined,
  optionless: undefined,
  answerText: undefined,
  question: undefined,
  provisionHeading: undefined,
  contractHeading: undefined,
  widths: undefined,
  part: undefined,
  stage: undefined,
  firstFlat,
});

/**
 * The box's first line folded and without spaces, as its headings are matched: compacted once
 * per box (several readers ask); a box of one line has it from the start, its flat text.
 */
export function firstLineFlat(b: Block): string {
  if (b.memo.firstFlat === undefined) b.memo.firstFlat = compact(b.lines[0]!);
  return b.memo.firstFlat;
}

/** The part of the form the box's first line opens (form/parts partOfFlat), asked by the part marking and Ⅲ's readers. */
export function headingPart(b: Block): PartName | null {
  if (b.memo.part === undefined) b.memo.part = partOfFlat(firstLineFlat(b));
  return b.memo.part;
}

/** The stage of Ⅲ the box's first line heads (form/parts stageInFlat), asked by several of Ⅲ's readers. */
export function stageHeading(b: Block): { no: number; stage: Stage } | null {
  if (b.memo.stage === undefined) b.memo.stage = stageInFlat(firstLineFlat(b));
  return b.memo.stage;
}

export interface Page {
  no: number;
  blocks: Block[];
  span: Span;
}

export function readPages(source: SourceText): Page[] {
  const pages: Page[] = [];
  let page: Block[] = [];
  let blank = 0;
  let current: { first: number; lines: string[] } | null = null;
  const closeBlock = () => {
    if (!current) return;
    const last = current.first + current.lines.length - 1;
    const flat = compact(current.lines.join(''));
    page.push({
      page: pages.length,
      index: page.length,
      lines: current.lines,
      first: current.first,
      last,
      span: source.spanOfLines(current.first, last),
      flat,
      memo: newMemo(current.lines.length === 1 ? flat : undefined),
    });
    current = null;
  };
  const closePage = () => {
    closeBlock();
    if (page.length) pages.push({ no: pages.length, blocks: page, span: { from: page[0]!.span.from, to: page[page.length - 1]!.span.to } });
    page = [];
  };
  source.lines.forEach((line, i) => {
    if (line.trim() === '') {
      blank++;
      closeBlock();
      return;
    }
    if (blank >= 3) closePage();
    blank = 0;
    if (!current) current = { first: i, lines: [] };
    current.lines.push(line);
  });
  closePage();
  return pages;
}
