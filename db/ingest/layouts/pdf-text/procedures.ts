import { fact, type ProcedureFacts } from '../../facts';
import { findDate } from '../../normalize/era-date';
import { compact, isBlankMark } from '../../normalize/text';
import { firstLineFlat, type Block, type Page } from './pages';
import { blockText, matchLabel } from './tokens';

const SECTIONS: [RegExp, ProcedureFacts['kind']][] = [
  [/^\d\.?基礎項目評価$/, 'basic_assessment'],
  [/^\d\.?国民・住民等からの意見の聴取/, 'public_comment'],
  [/^\d\.?第三者点検/, 'third_party_review'],
];
const DATE_LABELS = ['①実施日', '②実施日・期間', '①提出日'];

/**
 * 評価実施手続: each section's date label (①実施日, ②実施日・期間). A date label right after its
 * section heading belongs to it; a section whose date label came out alone takes the one bare
 * date left on the page.
 */
export function readProcedures(pages: Page[]): ProcedureFacts[] {
  const procedures: ProcedureFacts[] = [];
  for (const page of pages) {
    const headings = page.blocks.map((b) => ({ b, kind: SECTIONS.find(([re]) => re.test(firstLineFlat(b)))?.[1] })).filter((h) => h.kind);
    if (!headings.length) continue;
    const usedDates = new Set<Block>();
    const pending: ProcedureFacts[] = [];
    for (const { b: heading, kind } of headings) {
      const p: ProcedureFacts = { kind: kind!, date: null, detail: null, span: heading.span };
      const next = page.blocks[heading.index + 1];
      const label = next ? matchLabel(next, DATE_LABELS) : null;
      if (label && findDate(label.rest)) p.date = fact(label.rest, next!.span);
      else if (label && label.rest === '') pending.push(p);
      if (p.date || (label && label.rest !== '' && isBlankMark(label.rest))) usedDates.add(next!);
      procedures.push(p);
    }
    const bareDates = page.blocks.filter((b) => !usedDates.has(b) && findDate(b.flat) && compact(findDate(b.flat)!.raw) === b.flat);
    // one section still without its date and one date left on the page
    const undated = procedures.filter((p) => headings.some((h) => h.kind === p.kind) && !p.date);
    const waiting = pending.length === 1 ? pending : undated.length === 1 && page.blocks.some((b) => { const l = matchLabel(b, DATE_LABELS); return l && l.rest === ''; }) ? undated : [];
    if (waiting.length === 1 && bareDates.length === 1) waiting[0]!.date = fact(blockText(bareDates[0]!).trim(), bareDates[0]!.span);
  }
  return procedures.filter((p) => p.date || p.detail);
}
