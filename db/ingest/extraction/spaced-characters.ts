import { rewriteLines, type Rewritten } from './rewrite';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;

/**
 * Some tools print a space after every character: 「項 目 一 覧 Ⅰ 基 本 情 報」. A line is read
 * so only on evidence — at least four CJK characters, and most of its characters followed by
 * exactly one space — so ordinary lines (「[ ○ ] 住民基本台帳…」) pass unchanged. On such a line
 * the single spaces go; a wider gap (two or more spaces, an ideographic space) was a real
 * one and stays as one space.
 */
export function isSpacedLine(line: string): boolean {
  const chars = [...line.trim()];
  const cjk = chars.filter((c) => CJK.test(c)).length;
  if (cjk < 4) return false;
  const glyphs = chars.filter((c) => !/\s/.test(c));
  // in a spaced line nearly every glyph but the last stands before a single space
  let spacedAfter = 0;
  const t = line.trim();
  for (let i = 0; i < t.length - 1; i++) if (!/\s/.test(t[i]!) && t[i + 1] === ' ' && (i + 2 >= t.length || t[i + 2] !== ' ')) spacedAfter++;
  let glued = 0;
  for (let i = 0; i < t.length - 1; i++) if (!/\s/.test(t[i]!) && !/\s/.test(t[i + 1]!)) glued++;
  return spacedAfter >= (glyphs.length - 1) * 0.7 && glued <= glyphs.length * 0.1;
}

export function undoSpacedCharacters(text: string): Rewritten | null {
  return rewriteLines(text, (line, b, start) => {
    if (!isSpacedLine(line)) return false;
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
      if (j - i > 1 || line[i] === '\u3000') b.keep(start + i, start + i + 1);
      i = j;
    }
    b.keep(start + end, start + line.length);
    return true;
  });
}
