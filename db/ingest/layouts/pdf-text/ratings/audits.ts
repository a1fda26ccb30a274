import { reason } from '../../../../form/reasons';
import { fact, type AuditFacts } from '../../../facts';
import { firstLineFlat, type Page } from '../pages';
import { blockText, blockWithoutOptions } from '../tokens';

/** Ⅲ-8 監査: each of the three boxes is certain only when its own bracket and mark sit beside it. */
export function readAudits(pages: Page[]): AuditFacts[] {
  const audits: AuditFacts[] = [];
  for (const page of pages) {
    const label = page.blocks.find((b) => /^(8\.?)?監査$/.test(firstLineFlat(b)) || b.flat === '実施の有無');
    if (!label) continue;
    const text = page.blocks.map((b) => blockWithoutOptions(b)).join('\n');
    const kinds = (['自己点検', '内部監査', '外部監査'] as const).filter((k) => text.includes(k));
    const own = (kind: string) => /\[\s*([○〇O]?)\s*\]\s*$/.exec(text.slice(Math.max(0, text.indexOf(kind) - 6), text.indexOf(kind)));
    // once one box's bracket is split from its label, the page's brackets cannot be told apart
    const intact = kinds.every((k) => own(k));
    for (const kind of kinds) {
      const block = page.blocks.find((b) => blockText(b).includes(kind))!;
      const m = own(kind);
      if (intact && m) audits.push({ kind, checked: fact(m[1] !== '', block.span) });
      else audits.push({ kind, checked: fact(null, block.span, false, reason('marksApart', { labels: [kind] })) });
    }
    return audits;
  }
  return audits;
}

