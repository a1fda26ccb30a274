import { joinOf } from './cell-breaks';
import { PAGE_BREAK } from './form-feed';
import { glyphCount, hasGlyphs } from '../normalize/glyphs';
import { linesOf, RewriteBuilder, type Rewritten } from './rewrite';


/**
 * Is this a text with a whole page on each line, its cells joined by single spaces? Evidence:
 * its lines are long on average (a cover holds 200 glyphs and more; the seeds' lines average
 * under 30) and most of its glyphs stand on long lines of many pieces.
 */
export function isPagePerLine(text: string): boolean {
  const all = linesOf(text);
  // the lines' code units bound their glyphs: most texts are too short a line for a count
  let filled = 0;
  for (const line of all) if (hasGlyphs(line)) filled++;
  if (text.length - (all.length - 1) < filled * 120) return false;
  // the text's glyphs and lines with glyphs, counted in one pass (a line break is no glyph)
  const lines: string[] = [];
  let total = 0;
  for (const line of all) {
    const glyphs = glyphCount(line);
    if (glyphs) lines.push(line);
    total += glyphs;
  }
  if (!total || total / lines.length < 120) return false;
  const onLong = lines.filter((l) => l.length >= 100 && (l.match(/ +/g)?.length ?? 0) >= 5).reduce((n, l) => n + glyphCount(l), 0);
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
