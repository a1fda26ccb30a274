import { isWhitespace } from '../normalize/glyphs';
import { rewriteLines, type Rewritten } from './rewrite';

/** A line of more glyphs than this is never read as doubled (a page on one line). */
const MAX_GLYPHS = 400;

const LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Bold text drawn twice (a second pass offset by a fraction of a point) comes out with each run
 * doubled: 「評価書( 評価書(全項目…) 全項目…)」 is the runs 「評価書(」「全項目…)」 each printed
 * twice. A line is read so only when all of its glyphs, spaces aside, split into such squares
 * (xx), each x at least two glyphs holding a kana or kanji and not one glyph repeated; the
 * second copy of each is dropped, with the spaces before it.
 */
export function doubledRuns(glyphs: string): number[] | null {
  const n = glyphs.length;
  if (n < 6 || n % 2) return null;
  // cheap test first: a doubled line opens with a square
  let opens = false;
  for (let half = 2; half * 2 <= n && !opens; half++) opens = glyphs.startsWith(glyphs.slice(0, half), half);
  if (!opens) return null;
  // best[i]: the fewest squares covering glyphs[i..], and the first square's half length
  const best: { count: number; half: number }[] = new Array(n + 1);
  best[n] = { count: 0, half: 0 };
  for (let i = n - 2; i >= 0; i--) {
    for (let half = Math.floor((n - i) / 2); half >= 2; half--) {
      const next = best[i + 2 * half];
      if (!next) continue;
      const x = glyphs.slice(i, i + half);
      if (x !== glyphs.slice(i + half, i + 2 * half) || !LETTER.test(x) || new Set(x).size === 1) continue;
      if (!best[i] || next.count + 1 < best[i]!.count) best[i] = { count: next.count + 1, half };
    }
  }
  if (!best[0]) return null;
  const halves: number[] = [];
  for (let i = 0; i < n; i += 2 * best[i]!.half) halves.push(best[i]!.half);
  return halves;
}

/** The code units of a line's glyphs and where they stand, reused line after line. */
const glyphCodes = new Uint16Array(MAX_GLYPHS + 1);
const glyphAt = new Int32Array(MAX_GLYPHS + 1);

/** Do the glyphs [0, n) open with a square (xx, x two glyphs at least)? doubledRuns' first test, on codes. */
function opensWithSquare(n: number): boolean {
  for (let half = 2; half * 2 <= n; half++) {
    let k = 0;
    while (k < half && glyphCodes[k] === glyphCodes[half + k]) k++;
    if (k === half) return true;
  }
  return false;
}

/** Do the line's first two glyphs come again, side by side (spaces aside), after them? */
function firstPairRecurs(line: string): boolean {
  let p0 = 0;
  while (p0 < line.length && isWhitespace(line.charCodeAt(p0))) p0++;
  let p1 = p0 + 1;
  while (p1 < line.length && isWhitespace(line.charCodeAt(p1))) p1++;
  if (p1 >= line.length) return false;
  const c0 = line.charCodeAt(p0);
  const c1 = line.charCodeAt(p1);
  for (let q = p1 + 1; q < line.length; q++) {
    if (line.charCodeAt(q) !== c0) continue;
    let r = q + 1;
    while (r < line.length && isWhitespace(line.charCodeAt(r))) r++;
    if (r < line.length && line.charCodeAt(r) === c1) return true;
  }
  return false;
}

export function undoBoldDoubling(text: string): Rewritten | null {
  return rewriteLines(text, (line, b, start) => {
    // a doubled line's first glyph comes again, and its glyphs open with a square: most lines
    // are ruled out here, reading their code units without a string made
    if (!firstPairRecurs(line)) return false;
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (isWhitespace(c)) continue;
      if (n === MAX_GLYPHS) return false;
      glyphCodes[n] = c;
      glyphAt[n++] = i;
    }
    if (n < 6 || n % 2 || !opensWithSquare(n)) return false;
    const positions = Array.from(glyphAt.subarray(0, n));
    const halves = doubledRuns(positions.map((p) => line[p]).join(''));
    if (!halves) return false;
    let g = 0;
    let at = 0;
    for (const half of halves) {
      b.keep(start + at, start + positions[g + half - 1]! + 1);
      g += 2 * half;
      // whatever follows the second copy (a space the document had) is kept
      at = positions[g - 1]! + 1;
    }
    b.keep(start + at, start + line.length);
    return true;
  });
}
