import { compact } from '../../normalize/text';

/**
 * The repeated tables of Ⅱ (委託事項N, 提供先N, 移転先N) are read by the form's item structure:
 * item-structure.ts (which item owns each row label), item-placement.ts (where the count of rows
 * leaves a choice), item-values.ts (a label's value), item-ties.ts (headings and the change
 * table), item-fill.ts (bare values onto the items). What they share to compare wordings is here.
 */

/**
 * Character-bigram overlap: the share of the shorter text's bigrams found in the longer one.
 * A title (「予防接種台帳システムの運用・保守」) is mostly inside its item's 委託内容; a Dice
 * coefficient would punish the content for being longer.
 */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = compact(s);
    const m = new Map<string, number>();
    for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  const smaller = Math.min(total(ga), total(gb));
  return smaller ? shared / smaller : 0;
}
