import type { Lang, Reason } from './reasons';

/**
 * What is known of a field that holds no plainly read value. Every extracted field is in one
 * of three states, kept apart from the reader to the screen:
 * (a) read from the text — no entry here (or `uncertain`: read, but the text does not decide it);
 * (b) written as empty by the document — `blank`, with the mark it printed;
 * (c) not read — `absent` (the part of the form is not in the document) or `unread` (the reader
 *     could not read it), with the reason.
 */
export type FieldState<R = Reason> =
  | { state: 'blank'; mark: string }
  | { state: 'absent'; part: string }
  | { state: 'unread'; reason: R }
  | { state: 'uncertain'; reason: R };

export type FieldStateKind = FieldState['state'];

/** A row's fields that are not plainly read, by the API's field name. */
export type FieldStates<R = Reason> = Record<string, FieldState<R>>;

/** Where each field's value was read: [from, to) offsets into the document's text. */
export type FieldSpans = Record<string, [number, number]>;

/**
 * The marks the form prints in a cell that has nothing to say. A dash (any of the dashes the
 * documents use) or 「-」; 「略」 (omitted: the change table's "not repeated here"); 「項目ごと削除」
 * (the whole item removed); 「なし」, 「記載なし」, 「該当なし」.
 */
const WORD_MARKS = ['略', '項目ごと削除', 'なし', '記載なし', '該当なし'];
const DASH = /^[-‐‑‒–—―−－ー─━]$/;

/**
 * A mark is 8 code units at most once folded (「(項目ごと削除)」), and NFKC makes one code point
 * of 4 at most (ᾂ), so a value of more than 64 code units but spaces is no mark: most values
 * (prose) are ruled out by counting, without normalizing them.
 */
const MARK_GLYPHS = 64;

/** Does `s` hold more than `n` code units that are not whitespace (as \s reads it)? */
function moreGlyphsThan(s: string, n: number): boolean {
  if (s.length <= n) return false;
  let glyphs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space =
      c < 0x80
        ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
        : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && ++glyphs > n) return true;
  }
  return false;
}

/** The mark, as printed, when a whole value is one of the blank marks; else null. */
export function blankMark(value: string): string | null {
  if (moreGlyphsThan(value, MARK_GLYPHS)) return null;
  const s = value.normalize('NFKC').replace(/\s+/g, '');
  if (s === '') return '';
  if (DASH.test(s)) return '-';
  const word = s.replace(/^[(（「]|[)）」]$/g, '');
  return WORD_MARKS.includes(word) ? word : null;
}

/** How the interface words each state; 「記載なし」 is only ever said of (b). */
export const STATE_WORDS: Record<FieldStateKind, Record<Lang, string>> = {
  blank: { ja: '記載なし', en: 'nothing written' },
  absent: { ja: '該当部分なし', en: 'part absent' },
  unread: { ja: '読み取れず', en: 'not read' },
  uncertain: { ja: '要確認', en: 'to check' },
};
