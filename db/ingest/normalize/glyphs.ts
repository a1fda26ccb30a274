/**
 * Counting a text's glyphs without copying it: the extraction checks count the non-space
 * characters of every line of every document, and `s.replace(/\s/g, '').length` made a copy
 * of each line to count them.
 */

/** Is the UTF-16 code unit whitespace as JavaScript's \s (and String.prototype.trim) reads it? */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many code units of `s` are not whitespace (`s.replace(/\s/g, '').length`), counted up to `atMost`. */
export function glyphCount(s: string, atMost = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n < atMost; i++) if (!isWhitespace(s.charCodeAt(i))) n++;
  return n;
}

/** Does `s` hold anything but whitespace (`s.trim() !== ''`)? */
export const hasGlyphs = (s: string) => glyphCount(s, 1) > 0;
