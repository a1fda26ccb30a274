import type { Block } from './pages';

/** NFKC text of a block, line breaks kept: （→(, ＜→<, １→1, ①→1, Ⅲ→III. */
export const blockText = (b: Block) => b.lines.join('\n').normalize('NFKC');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label as a pattern that tolerates the spaces and line breaks the extraction inserts. */
export function labelPattern(label: string): string {
  return [...label.normalize('NFKC').replace(/\s+/g, '')].map(escape).join('\\s*');
}

/**
 * Does the block begin with one of the labels? Returns the label and whatever follows it in
 * the same block — the value when the label and its value were extracted together, the
 * strongest evidence the text gives.
 */
export function matchLabel(b: Block, labels: readonly string[]): { label: string; rest: string } | null {
  const text = blockText(b);
  for (const label of labels) {
    const m = new RegExp(`^\\s*${labelPattern(label)}(?:\\s*※)?`).exec(text);
    if (m) return { label, rest: cleanValue(text.slice(m[0].length)) };
  }
  return null;
}

/** Trims a value and drops a trailing 「[」 that belongs to the next box's bracket. */
export function cleanValue(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
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

/** A block that holds only option lists and brackets: never an answer. */
export function isOptionsOnly(b: Block): boolean {
  const t = blockText(b);
  return /[<＜]\s*選\s*択\s*肢|\d\s*[)）]/.test(t) && withoutOptions(t).replace(/[\s\[\]()（）○〇]/g, '') === '';
}

/** Bare bracket debris: 「[」, 「] 」, 「[ [」, 「）　件」 … */
export const isBracketDebris = (b: Block) => /^[\s\[\]()（）件○〇]*$/.test(blockText(b));

/** 「再」「委」「託」 printed vertically: one character per line. */
export const isVertical = (b: Block) => b.lines.length >= 2 && b.lines.every((l) => l.trim().length === 1);

/**
 * The answer words a block holds outside its option lists, e.g. 「[ 十分である」,
 * 「]十分である」, 「定めている[」, 「[ 十分である 2） 十分である」 → 十分である.
 */
export function answerWords(b: Block, words: readonly string[], labels: readonly string[] = []): string[] {
  let s = withoutOptions(blockText(b)).replace(/[\[\]\s※]/g, '');
  for (const l of labels) s = s.replace(new RegExp(`^(\\d{1,2})?${labelPattern(l)}|${labelPattern(l)}$`), '');
  // the rest must be answer words and nothing else: 「…を行っている。」 in prose is no answer
  const found: string[] = [];
  const sorted = [...words].sort((a, b2) => b2.length - a.length);
  while (s.length) {
    const w = sorted.find((x) => s.startsWith(x.normalize('NFKC')));
    if (!w) return [];
    found.push(w);
    s = s.slice(w.normalize('NFKC').length);
  }
  return found;
}

export const isTick = (s: string) => /^[○〇◯O●]$/.test(s.trim());
