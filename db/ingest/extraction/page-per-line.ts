import { joinOf } from './cell-breaks';
import { PAGE_BREAK } from './form-feed';
import { RewriteBuilder, type Rewritten } from './rewrite';

const LONG = 300;

const glyphCount = (s: string) => s.replace(/\s/g, '').length;

/**
 * Is this a text with a whole page on each line, its cells joined by single spaces? Evidence:
 * most of its glyphs stand on very long lines with many spaces. A pdf-text extraction that
 * keeps boxes apart has short lines (the seeds' longest are prose of under 200 characters).
 */
export function isPagePerLine(text: string): boolean {
  const lines = text.split('\n');
  const total = glyphCount(text);
  if (!total) return false;
  const onLong = lines.filter((l) => l.length >= LONG && (l.match(/ +/g)?.length ?? 0) >= 10).reduce((n, l) => n + glyphCount(l), 0);
  return onLong >= total * 0.7;
}

/**
 * Each line becomes a page (pages apart by the pdf-text page break), each page's pieces (text
 * between runs of spaces) become boxes, joined back where they were one printed line or one
 * wrapped run of prose (cell-breaks.ts).
 */
export function splitPagePerLine(text: string): Rewritten | null {
  if (!isPagePerLine(text)) return null;
  const b = new RewriteBuilder(text);
  let start = 0;
  let pages = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      if (pages++) b.insert(PAGE_BREAK, start - 1);
      splitLine(line, start, b);
    }
    start += line.length + 1;
  }
  return b.done();
}

function splitLine(line: string, start: number, b: RewriteBuilder) {
  const pieces = [...line.matchAll(/[^ ]+/g)].map((m) => ({ text: m[0], from: m.index!, to: m.index! + m[0].length }));
  pieces.forEach((p, i) => {
    if (i > 0) {
      const prev = pieces[i - 1]!;
      const join = joinOf(prev.text, p.text);
      if (join === 'same-line') b.keep(start + prev.to, start + p.from);
      else b.insert(join === 'wrapped' ? '\n' : '\n\n', start + prev.to);
    }
    b.keep(start + p.from, start + p.to);
  });
}
