import { RewriteBuilder, type Rewritten } from './rewrite';

/** 「平成 30 年 6 月 1 日」, 「令和 ５年１２月」: an era date with spaces between its parts. */
const SPACED_DATE = /(令[ \u3000]*和|平[ \u3000]*成|昭[ \u3000]*和)[ \u3000]*([元0-9０-９]{1,2})[ \u3000]*年[ \u3000]*([0-9０-９]{1,2})[ \u3000]*月(?:[ \u3000]*([0-9０-９]{1,2})[ \u3000]*日)?/g;

/** Removes the spaces inside era dates, so a date is one word wherever it is read. */
export function joinSpacedDates(text: string): Rewritten | null {
  const b = new RewriteBuilder(text);
  let at = 0;
  let changed = false;
  for (const m of text.matchAll(SPACED_DATE)) {
    if (!/[ \u3000]/.test(m[0])) continue;
    changed = true;
    const from = m.index!;
    b.keep(at, from);
    for (let i = 0; i < m[0].length; i++) if (m[0][i] !== ' ' && m[0][i] !== '\u3000') b.keep(from + i, from + i + 1);
    at = from + m[0].length;
  }
  return changed ? b.keep(at, text.length).done() : null;
}
