/**
 * Text folding shared by every normalizer: NFKC (full-width ＡＢＣ１２３ → ABC123, （ → (),
 * every kind of whitespace (U+3000 ideographic space included) folded to one ASCII space.
 */
export function fold(s: string): string {
  let folded = folds.get(s);
  if (folded === undefined) {
    folded = nfkc(s).replace(/\s+/gu, ' ').trim();
    if (folds.size > CACHED) folds.clear();
    folds.set(s, folded);
  }
  return folded;
}

/** The readers fold the same labels and boxes again and again: each string is folded once. */
const folds = new Map<string, string>();

/**
 * How many folded strings are kept. A key is most often a slice of a document's text, and a
 * slice keeps the whole text alive: a large cache held hundreds of documents' texts on every
 * parsing thread (100,000 entries: 130 MB after a thousand documents, and slower, for the
 * garbage collector's sake, than a few thousand, which still hold the form's recurring labels).
 */
const CACHED = 5_000;

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
  let c = compacts.get(s);
  if (c === undefined) {
    c = fold(s).replace(/ /g, '');
    if (compacts.size > CACHED) compacts.clear();
    compacts.set(s, c);
  }
  return c;
}
const compacts = new Map<string, string>();

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
