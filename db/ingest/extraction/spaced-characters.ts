import { glyphCount, isWhitespace } from '../normalize/glyphs';
import { linesOf, rewriteLines, type Rewritten } from './rewrite';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;

/**
 * The gaps between a line's neighbouring glyphs: none, one ASCII space, or wider. Stops at the
 * first two glyphs side by side (`glued`): such a line is never spaced, and most lines are so.
 * Read by code unit, between the line's first and last glyph, without copying it.
 */
function gaps(line: string) {
  let lo = 0;
  let hi = line.length;
  while (lo < hi && isWhitespace(line.charCodeAt(lo))) lo++;
  while (hi > lo && isWhitespace(line.charCodeAt(hi - 1))) hi--;
  let single = 0;
  let wide = 0;
  for (let i = lo; i < hi - 1; ) {
    if (isWhitespace(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < hi && isWhitespace(line.charCodeAt(j))) j++;
    if (j >= hi) break;
    if (j === i + 1) return { glued: 1, single, wide, cjk: 0 };
    if (j === i + 2 && line.charCodeAt(i + 1) === 0x20) single++;
    else wide++;
    i = j;
  }
  let cjk = 0;
  for (const c of line.slice(lo, hi)) if (CJK.test(c)) cjk++;
  return { glued: 0, single, wide, cjk };
}

/**
 * Some tools print a space after every character: 「項 目 一 覧 Ⅰ 基 本 情 報」. A line is read
 * so only on evidence — two CJK characters at least, no two glyphs side by side, and most gaps a
 * single space — so ordinary lines (「[ ○ ] 住民基本台帳…」) pass unchanged. In a text where many
 * lines are so, the same holds for the lines without CJK (「3 1」 is 31).
 */
export function isSpacedLine(line: string, inSpacedText = false): boolean {
  const g = gaps(line);
  if (g.glued > 0 || g.single === 0) return false;
  return inSpacedText || (g.cjk >= 2 && g.single >= (g.single + g.wide) * 0.5);
}

const isSpacedText = (text: string) => {
  const long = linesOf(text).filter((l) => glyphCount(l, 4) >= 4);
  return long.length > 0 && long.filter((l) => isSpacedLine(l)).length >= long.length * 0.3;
};

/** On a spaced line the single spaces go; a wider gap was a space of the document and stays one. */
export function undoSpacedCharacters(text: string): Rewritten | null {
  const spacedText = isSpacedText(text);
  return rewriteLines(text, (line, b, start) => {
    if (!isSpacedLine(line, spacedText)) return false;
    const lead = line.length - line.trimStart().length;
    const end = line.trimEnd().length;
    b.keep(start, start + lead);
    for (let i = lead; i < end; ) {
      if (line[i] !== ' ' && line[i] !== '\u3000') {
        b.keep(start + i, start + i + 1);
        i++;
        continue;
      }
      let j = i;
      while (j < end && (line[j] === ' ' || line[j] === '\u3000')) j++;
      // a single ASCII space is the tool's; a wider gap was a space in the document
      if (j - i > 1 || line[i] === '\u3000') {
        const ideographic = line.slice(i, j).indexOf('\u3000');
        const at = ideographic >= 0 ? i + ideographic : i;
        b.keep(start + at, start + at + 1);
      }
      i = j;
    }
    b.keep(start + end, start + line.length);
    return true;
  });
}
