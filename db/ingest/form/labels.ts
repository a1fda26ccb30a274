import { compact } from '../normalize/text';

/**
 * A label as a comparison key: folded, without the ①…⑳ numbering (NFKC turns ① into 1),
 * the ※ mark of mandatory items, or brackets.
 */
export function labelKey(label: string): string {
  return compact(label)
    .replace(/※/g, '')
    .replace(/^[①-⑳]/, '')
    .replace(/^(\(?\d{1,2}[).．.]?)(?=\D)/, '')
    .replace(/^<p>|<\/p>$/g, '');
}

/** 「システム3」「委託事項12」「提供先2」「移転先1」 — a numbered slot of a repeated table. */
export type GroupKind = 'システム' | '委託事項' | '提供先' | '移転先';

export function groupOf(text: string): { kind: GroupKind; no: number; rest: string } | null {
  const m = /^(システム|委託事項|提供先|移転先)(\d{1,2})(?![～~\-\d])(.*)$/.exec(compact(text));
  return m ? { kind: m[1] as GroupKind, no: Number(m[2]), rest: m[3]! } : null;
}

/** 「委託事項6～10」: a printed heading for a range of (usually empty) slots, not an item. */
export const isGroupRange = (text: string) => /^(システム|委託事項|提供先|移転先)\d{1,2}[～~\-]\d{1,2}$/.test(compact(text));

/** 「リスク２：権限のない者…」 / 「リスク：委託先における…」 → the risk's name and number. */
export function riskOf(text: string): { no: number | null; name: string } | null {
  const m = /^リスク(\d{1,2})?\s*[:：]\s*(.+)$/.exec(compact(text));
  return m ? { no: m[1] ? Number(m[1]) : null, name: m[2]! } : null;
}
