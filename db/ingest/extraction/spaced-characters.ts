import { glyphCount, isWhitespace } from '../normalize/glyphs';
import { linesOf, rewriteLines, type Rewritten } from './rewrite';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;

/**
 * Is the line spaced (see isSpacedLine)? Reads the gaps between its neighbouring glyphs: none,
 * one ASCII space, or wider, stopping at the first two glyphs side by side (such a line is never
 * spaced, and most lines are so). Read by code unit, between the line's first and last glyph,
 * without copying it.
 */
function spaced(line: string, inSpacedText: boolean): boolean {
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
    if (j === i + 1) return false;
    if (j === i + 2 && line.charCodeAt(i + 1) === 0x20) single++;
    else wide++;
    i = j;
  }
  if (single === 0) return false;
  if (inSpacedText) return true;
  let cjk = 0;
  for (const c of line.slice(lo, hi)) if (CJK.test(c)) cjk++;
  return cjk >= 2 && single >= (single + wide) * 0.5;
}

/**
 * Some tools print a space after every character: 「項 目 一 覧 Ⅰ 基 本 情 報」. A line is read
 * so only on evidence — two CJK characters at least, no two glyphs side by side, and most gaps a
 * single space — so ordinary lines (「[ ○ ] 住民基本台帳…」) pass unchanged. In a text where many
 * lines are so, the same holds for the lines without CJK (「3 1」 is 31).
 */
export function isSpacedLine(line: string, inSpacedText = false): boolean {
  return spaced(line, inSpacedText);
}

/**
 * Is the text spaced (three lines in ten of four glyphs or more are), and is any of its lines
 * spaced on its own evidence? Both in one pass: a text where neither holds is left as it is.
 */
function spacedLines(text: string): { spacedText: boolean; anySpaced: boolean } {
  let long = 0;
  let spacedLong = 0;
  let anySpaced = false;
  for (const line of linesOf(text)) {
    const isLong = glyphCount(line, 4) >= 4;
    if (isLong) long++;
    if (spaced(line, false)) {
      anySpaced = true;
      if (isLong) spacedLong++;
    }
  }
  return { spacedText: long > 0 && spacedLong >= long * 0.3, anySpaced };
}

/** On a spaced line the single spaces go; a wider gap was a space of the document and stays one. */
export function undoSpacedCharacters(text: string): Rewritten | null {
  const { spacedText, anySpaced } = spacedLines(text);
  if (!spacedText && !anySpaced) return null;
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
