import { fact, type DocumentFacts } from '../facts';
import type { SourceText } from '../source-text';

/**
 * The form kind when the document does not print it (a bare change table). The annexes are
 * numbered per form: the full form's change table is (別添3) — after 事務の内容 and 記録項目 —
 * while the focused form's is (別添2).
 */
export function inferKind(facts: DocumentFacts, source: SourceText) {
  if (facts.header.kind) return;
  const m = /[(（]\s*別添\s*([0-9０-９])\s*[)）]\s*変更箇所/.exec(source.text);
  if (!m) return;
  const n = Number(m[1]!.normalize('NFKC'));
  const kind = n === 3 ? '全項目評価書' : n === 2 ? '重点項目評価書' : null;
  if (!kind) return;
  const from = m.index;
  facts.header.kind = fact(kind, { from, to: from + m[0].length });
}
