import { compact } from '../normalize/text';
import { glyphCount, hasGlyphs } from '../normalize/glyphs';
import { linesOf, RewriteBuilder, type Rewritten } from './rewrite';

/** A page number as printed: 「1 / 72」, 「-1-」, 「- 1 -」, 「1ページ」, a bare 「1」. */
const PAGE_NUMBER: { style: string; test: RegExp }[] = [
  { style: 'of', test: /^\s*(\d{1,3})\s*[/／]\s*(\d{1,3})\s*$/ },
  { style: 'dash', test: /^\s*[-－―‐−ー]\s*(\d{1,3})\s*[-－―‐−ー]\s*$/ },
  { style: 'page', test: /^\s*[(（]?\s*(?:P\.?\s*)?(\d{1,3})\s*(?:ページ|頁)?\s*[)）]?\s*$/i },
];

/**
 * Could the line be a page number of any style? Every style holds a digit and ten glyphs at
 * most (「（P.123ページ）」): the patterns are run only on such lines, a few of a page's.
 */
function mayBePageNumber(line: string): boolean {
  if (glyphCount(line, 11) > 10) return false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * Page furniture: what the page prints around the form, inside the extracted text — page
 * numbers and a running header or footer (「資料1-4-1」, the department's name). Found only by
 * evidence: page numbers that count up page after page (a bare 「31」, the 評価書番号, is no page
 * number), and a line that stands at the edge of most pages. Page numbers become page breaks
 * where the text has none; a running line is dropped.
 */
export function removePageFurniture(text: string): Rewritten | null {
  const lines = linesOf(text);
  const numbers = pageNumberLines(lines);
  const running = runningLines(lines, numbers);
  if (!numbers.size && !running.size) return null;
  const b = new RewriteBuilder(text);
  let start = 0;
  lines.forEach((line, no) => {
    const end = start + line.length;
    if (numbers.has(no) && !nearPageBreak(lines, no)) b.insert('\n\n\n', start);
    else if (!numbers.has(no) && !running.has(no)) b.keep(start, end);
    if (end < text.length) b.keep(end, end + 1);
    start = end + 1;
  });
  return b.done();
}

/** The lines (by number) of the longest runs of page numbers counting up by one (at least three pages). */
export function pageNumberLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const candidates: number[] = [];
  lines.forEach((line, no) => {
    if (mayBePageNumber(line)) candidates.push(no);
  });
  if (!candidates.length) return found;
  for (const { style, test } of PAGE_NUMBER) {
    const chains: { next: number; lines: number[]; lastLine: number }[] = [];
    for (const no of candidates) {
      const m = test.exec(lines[no]!);
      if (!m) continue;
      const n = Number(m[1]);
      // a page holds more than a line or two: numbers closer than that count table rows
      const chain = chains.find((c) => c.next === n && no - c.lastLine >= 4);
      if (chain) {
        chain.lines.push(no);
        chain.next = n + 1;
        chain.lastLine = no;
      } else chains.push({ next: n + 1, lines: [no], lastLine: no });
    }
    // 「1 / 2」「2 / 2」 say how many pages there are: two of them are evidence enough
    const min = style === 'page' ? 4 : style === 'of' ? 2 : 3;
    for (const c of chains) if (c.lines.length >= min) c.lines.forEach((n) => found.add(n));
  }
  return found;
}

/** Pages as runs of line numbers between page breaks (3+ blank lines) or page numbers. */
function pagesOf(lines: readonly string[], numbers: Set<number>): number[][] {
  const pages: number[][] = [[]];
  let blank = 0;
  for (let no = 0; no < lines.length; no++) {
    if (numbers.has(no)) {
      pages.push([]);
      blank = 0;
      continue;
    }
    if (!hasGlyphs(lines[no]!)) {
      blank++;
      continue;
    }
    if (blank >= 3) pages.push([]);
    blank = 0;
    pages[pages.length - 1]!.push(no);
  }
  return pages.filter((p) => p.length);
}

/** A short line, not of the form, that stands first or last on most pages (three at least). */
function runningLines(lines: readonly string[], numbers: Set<number>): Set<number> {
  const pages = pagesOf(lines, numbers);
  if (pages.length < 3) return new Set();
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, i) => {
    for (const no of [...page.slice(0, 2), ...page.slice(-2)]) {
      const key = compact(lines[no]!);
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(i);
    }
  });
  const furniture = new Set<string>();
  for (const [key, onPages] of seen)
    if (onPages.size >= 3 && onPages.size >= pages.length * 0.6 && key.length <= 40 && /[\p{L}\p{N}]/u.test(key)) furniture.add(key);
  const out = new Set<number>();
  if (!furniture.size) return out;
  for (const page of pages) for (const no of [...page.slice(0, 2), ...page.slice(-2)]) if (furniture.has(compact(lines[no]!))) out.add(no);
  return out;
}

function nearPageBreak(lines: readonly string[], no: number): boolean {
  const blankRun = (from: number, step: number) => {
    let n = 0;
    for (let i = from; i >= 0 && i < lines.length && !hasGlyphs(lines[i]!); i += step) n++;
    return n;
  };
  const before = blankRun(no - 1, -1);
  const after = blankRun(no + 1, 1);
  return before >= 3 || after >= 3 || no - before <= 0 || no + after >= lines.length - 1;
}
