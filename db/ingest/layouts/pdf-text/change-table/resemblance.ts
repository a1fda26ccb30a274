import { compact } from '../../../normalize/text';

const made = new Map<string, Set<string>>();
/** past this many texts the memo starts afresh: it serves one page's pairings, not the corpus (2,000 sets of pairs held tens of MB per thread) */
const MEMO_LIMIT = 256;

/**
 * Pairs of neighbouring characters, punctuation and brackets left out. A row's texts are
 * compared with every fragment's, and again on each round of the pairing: made once per text.
 */
function bigrams(text: string): Set<string> {
  let out = made.get(text);
  if (out) return out;
  const s = compact(text).replace(/[\p{P}\p{S}]/gu, '');
  out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  if (made.size >= MEMO_LIMIT) made.clear();
  made.set(text, out);
  return out;
}

/** How alike two texts read (Dice over character pairs): a row's 変更前 and 変更後 mostly share their words. */
export function resemblance(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** How much of `part` the text `whole` holds: an explanation names what its row changes. */
export function coverage(part: string, whole: string): number {
  const x = bigrams(part);
  const y = bigrams(whole);
  if (x.size < 2) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / x.size;
}
