import { detached } from './detached';
import { RecurringTexts } from './recurring';
/**
 * Text folding shared by every normalizer: NFKC (full-width ＡＢＣ１２３ → ABC123, （ → (),
 * every kind of whitespace (U+3000 ideographic space included) folded to one ASCII space.
 */
export function fold(s: string): string {
  return folds.get(s, (t) => detached(foldOnce(t)));
}

const foldOnce = (s: string): string => nfkc(s).replace(/\s+/gu, ' ').trim();

/**
 * The readers fold the same labels and boxes again and again: each string is folded once.
 * A few thousand kept hold the form's recurring labels; more were slower, for the garbage
 * collector's sake (100,000 entries: 130 MB after a thousand documents).
 */
const folds = new RecurringTexts<string>(5_000, Infinity);

const CIRCLED = /[①-⑳]/;

/**
 * NFKC, except for the circled numbers ①…⑳ that number the form's fields: NFKC would turn
 * 「委託事項１ ①委託内容」 into 「委託事項1 1委託内容」.
 */
export function nfkc(s: string): string {
  if (!CIRCLED.test(s)) return s.normalize('NFKC');
  return s
    .split(/([①-⑳])/)
    .map((part) => (/^[①-⑳]$/.test(part) ? part : part.normalize('NFKC')))
    .join('');
}

/** Like fold, but keeps line breaks (folded to \n) so multi-line prose stays readable. */
export function foldKeepLines(s: string): string {
  // without a carriage return, line by line is the same as over the whole: spaces folded, each
  // line trimmed, runs of blank lines made one, the ends trimmed — without a string per line
  if (!s.includes('\r'))
    return nfkc(s)
      .replace(/[^\S\n]+/gu, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return nfkc(s)
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** Folded text without any spaces, for comparing labels and names whose spacing varies. */
export function compact(s: string): string {
  // folded afresh, not through fold's memo: a text compact has not met is seldom one fold has
  // met, and keeping it there would only push out the labels fold is asked for
  return compacts.get(s, (t) => detached(foldOnce(t).replace(/ /g, '')));
}
const compacts = new RecurringTexts<string>(5_000, Infinity);

/**
 * The form prints 「―」, 「-」 or 「－」 in a cell that has nothing to say: no value, not a value.
 * 「略」 (the change table's "omitted") is kept as printed: it says the text exists elsewhere.
 */
export function isBlankMark(s: string): boolean {
  return /^[-‐―−－ー—–]?$/.test(compact(s));
}

/**
 * One line from text wrapped over several. The documents wrap by width, mid-word (「…を用い」
 * 「た特定個人情報…」, 「ＶＲ」「Ｓ」), so a line break joins without a space.
 */
export function unwrap(s: string): string {
  return s.replace(/[ \t]*\n[ \t]*/g, '');
}
