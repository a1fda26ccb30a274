import type { Block } from './pages';

/**
 * NFKC text of a block, line breaks kept: （→(, ＜→<, １→1, ①→1, Ⅲ→III. Read many times per
 * block, so computed once.
 */
export function blockText(b: Block): string {
  return (b.memo.text ??= b.lines.join('\n').normalize('NFKC'));
}

/** Memoizes a function of one string: the readers build the same patterns for every block. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label as a pattern that tolerates the spaces and line breaks the extraction inserts. */
export const labelPattern = memo((label: string): string => [...label.normalize('NFKC').replace(/\s+/g, '')].map(escape).join('\\s*'));

/**
 * The character a label's pattern begins with: a text without it cannot hold the label, and
 * testing for it spares running the label's pattern over most boxes.
 */
export const labelHead = memo((label: string): string => [...label.normalize('NFKC').replace(/\s+/g, '')][0] ?? '');

/** A label's own characters: NFKC, without spaces. */
const labelGlyphs = memo((label: string): string => label.normalize('NFKC').replace(/\s+/g, ''));

const labelAtStart = memo((label) => new RegExp(`^\\s*${labelPattern(label)}(?:\\s*※)?`));
const labelAtEnds = memo((label) => new RegExp(`^(\\d{1,2})?${labelPattern(label)}|${labelPattern(label)}$`));

/**
 * Where a label's first character can stand in a text: after the leading characters `skip`
 * allows (spaces; an item row's brackets too), then after a number of one or two digits and
 * spaces. A label whose first character is at none of these places cannot open the text, and
 * its pattern need not run.
 */
export function labelStarts(text: string, skip: RegExp): number[] {
  let at = 0;
  while (at < text.length && skip.test(text[at]!)) at++;
  const starts = [at];
  for (let digits = 1; digits <= 2 && /\d/.test(text[at + digits - 1] ?? ''); digits++) {
    let next = at + digits;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    starts.push(next);
  }
  return starts;
}

/**
 * Does the block begin with one of the labels? Returns the label and whatever follows it in
 * the same block — the value when the label and its value were extracted together, the
 * strongest evidence the text gives.
 */
export function matchLabel(b: Block, labels: readonly string[]): { label: string; rest: string } | null {
  const text = blockText(b);
  // the pattern allows only spaces before the label: its first character must stand right after them
  const start = text.search(/\S/);
  const at = start < 0 ? text.length : start;
  for (const label of labels) {
    if (!text.startsWith(labelHead(label), at)) continue;
    const m = labelAtStart(label).exec(text);
    if (m) return { label, rest: cleanValue(text.slice(m[0].length)) };
  }
  return null;
}

/** Trims a value and drops a trailing 「[」 that belongs to the next box's bracket. */
export function cleanValue(s: string): string {
  // line by line is the same as over the whole: spaces folded and each line trimmed (its ends
  // are the text's ends or a line break), without a string per line
  return s
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/^ | $/g, '')
    .replace(/^\s*※\s*/, '')
    .trim();
}

// an option ends at a space, a bracket, or where the next glued option begins (「している1）」)
const OPTION_ITEM = /\d{1,2}\s*[)）]\s*[^\s\[\]<>＜＞]+?(?:\s*\([^)]*\))?(?=$|[\s\[\]<>＜＞]|\d{1,2}\s*[)）])/g;
const OPTIONS_MARK = /[<＜]\s*選\s*択\s*肢\s*[>＞]/g;

/** The block with its option lists (「＜選択肢＞ 1） 10人未満 …」) removed. */
export function withoutOptions(text: string): string {
  return text.replace(OPTIONS_MARK, ' ').replace(OPTION_ITEM, ' ');
}

/** A block's NFKC text without its option lists: asked by several readers of each box, so made once. */
export function blockWithoutOptions(b: Block): string {
  return (b.memo.optionless ??= withoutOptions(blockText(b)));
}

/** A block that holds only option lists and brackets: never an answer. */
export function isOptionsOnly(b: Block): boolean {
  const t = blockText(b);
  return /[<＜]\s*選\s*択\s*肢|\d\s*[)）]/.test(t) && blockWithoutOptions(b).replace(/[\s\[\]()（）○〇]/g, '') === '';
}

/** Bare bracket debris: 「[」, 「] 」, 「[ [」, 「）　件」 … */
export const isBracketDebris = (b: Block) => /^[\s\[\]()（）件○〇]*$/.test(blockText(b));

/** 「再」「委」「託」 printed vertically: one character per line. */
export const isVertical = (b: Block) => b.lines.length >= 2 && b.lines.every((l) => l.trim().length === 1);

/**
 * The answer words a block holds outside its option lists, e.g. 「[ 十分である」,
 * 「]十分である」, 「定めている[」, 「[ 十分である 2） 十分である」 → 十分である.
 */
const sortedWords = new WeakMap<readonly string[], { word: string; folded: string }[]>();
/** A word list longest first, each with its NFKC form (computed once per list). */
function longestFirst(words: readonly string[]) {
  let sorted = sortedWords.get(words);
  if (!sorted) {
    sorted = words.map((word) => ({ word, folded: word.normalize('NFKC') })).sort((a, b) => b.word.length - a.word.length);
    sortedWords.set(words, sorted);
  }
  return sorted;
}

/** A block's text outside its option lists, without brackets, spaces and ※ (asked for several word lists, so made once). */
function answerText(b: Block): string {
  return (b.memo.answerText ??= blockWithoutOptions(b).replace(/[\[\]\s※]/g, ''));
}

export function answerWords(b: Block, words: readonly string[], labels: readonly string[] = []): string[] {
  let s = answerText(b);
  // the text has no spaces left, so a label's pattern matches the label's own characters: at the
  // start (after a number of one or two digits) or at the end; elsewhere it cannot, and the
  // pattern (which scans the whole text for its end) need not run
  for (const l of labels) {
    const glyphs = labelGlyphs(l);
    if (s.endsWith(glyphs) || s.startsWith(glyphs) || (/^[0-9]/.test(s) && (s.startsWith(glyphs, 1) || (/^[0-9]{2}/.test(s) && s.startsWith(glyphs, 2))))) s = s.replace(labelAtEnds(l), '');
  }
  // the rest must be answer words and nothing else: 「…を行っている。」 in prose is no answer
  const found: string[] = [];
  const sorted = longestFirst(words);
  while (s.length) {
    const w = sorted.find((x) => s.startsWith(x.folded));
    if (!w) return [];
    found.push(w.word);
    s = s.slice(w.folded.length);
  }
  return found;
}

export const isTick = (s: string) => /^[○〇◯O●]$/.test(s.trim());
