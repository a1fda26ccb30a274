import { compact } from '../../normalize/text';
import type { SourceText, Span } from '../../source-text';

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
    page.push({
      page: pages.length,
      index: page.length,
      lines: current.lines,
      first: current.first,
      last,
      span: source.spanOfLines(current.first, last),
      flat: compact(current.lines.join('')),
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
