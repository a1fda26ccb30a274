import { reason } from '../../../form/reasons';
import { fact, type AuditFacts, type Maybe } from '../../facts';
import { PRIORITY_MEASURES } from '../../form/basic-form';
import { compact } from '../../normalize/text';
import { firstLineFlat, type Page } from './pages';
import { blockText, blockWithoutOptions, labelPattern } from './tokens';

const MEASURES = PRIORITY_MEASURES.map((m) => ({ m, key: compact(m) }));

/**
 * Ⅳ 最も優先度が高いと考えられる対策: one of nine measures, printed in brackets (with or without
 * its option number) and again, numbered, in the option list — so only a bracketed one is the
 * answer. With the box 「全項目評価又は重点項目評価を実施する」 ticked the item is left empty: the
 * answer is an empty cell of the document.
 */
export function readPriority(pages: Page[], declinedBy: string | null): Maybe {
  if (declinedBy) {
    const box = pages.flatMap((p) => p.blocks).find((x) => new RegExp(labelPattern(declinedBy)).test(blockText(x)));
    return box ? fact('', box.span) : null;
  }
  const hits: { m: string; span: Page['span'] }[] = [];
  for (const page of pages)
    for (const x of page.blocks) {
      const text = blockText(x);
      // a bracket opened or closed in this box: its contents up to the box's edge
      for (const m of text.matchAll(/\[([^\[\]]*)\]|\[([^\[\]]*)$|^([^\[\]]*)\]/g)) {
        const inside = compact(m[1] ?? m[2] ?? m[3] ?? '').replace(/^\d{1,2}\)/, '');
        const hit = MEASURES.find((x) => x.key === inside);
        if (hit) hits.push({ m: hit.m, span: x.span });
      }
    }
  const distinct = [...new Set(hits.map((h) => h.m))];
  if (!hits.length) return null;
  return distinct.length === 1 ? fact(distinct[0]!, hits[0]!.span) : fact(hits[0]!.m, hits[0]!.span, false, reason('severalAnswers', { answers: distinct }));
}

const KINDS = ['自己点検', '内部監査', '外部監査'] as const;

/**
 * 監査 実施の有無 (Ⅳ-8, Ⅳ-9 in later versions): three boxes, each certain only when its own
 * bracket and mark are printed right before its label.
 */
export function readAudits(pages: Page[]): AuditFacts[] {
  const page = pages.find((p) => p.blocks.some((x) => /^(\d{1,2}\.?)?監査$/.test(firstLineFlat(x)) || /^実施の有無/.test(firstLineFlat(x))));
  if (!page) return [];
  const text = page.blocks.map((x) => blockWithoutOptions(x)).join('\n');
  const own = (kind: string) => new RegExp(`\\[\\s*([○〇◯O●]?)\\s*\\]\\s*${kind}`).exec(text);
  const kinds = KINDS.filter((k) => text.includes(k));
  const intact = kinds.every((k) => own(k));
  return kinds.map((kind) => {
    const block = page.blocks.find((x) => blockText(x).includes(kind))!;
    const m = own(kind);
    return intact && m ? { kind, checked: fact(m[1] !== '', block.span) } : { kind, checked: fact(null, block.span, false, reason('marksApart', { labels: [kind] })) };
  });
}
