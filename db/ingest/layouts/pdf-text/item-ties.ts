import type { Fact } from '../../facts';
import { compact } from '../../normalize/text';
import type { PageLabels, PageStructure, RowLabel } from './item-structure';
import { similarity } from './items';
import type { Page } from './pages';

/**
 * What ties a row label to its item beyond the count of rows. A ① printed right under
 * 「委託事項N」 is item N's first row: the heading and its first row are one line of the form.
 */
export function seams(labels: PageLabels, s: PageStructure): Map<RowLabel, number> {
  const ties = new Map<RowLabel, number>();
  for (const r of labels.rows) {
    if (r.row !== 0) continue;
    const h = labels.headings.find((x) => x.block.index === r.block.index - 1);
    if (h && s.candidates.get(r)?.includes(h.no)) ties.set(r, h.no);
  }
  return ties;
}

/**
 * The change table names items by number beside their texts (「Ⅱ…委託事項１ ①委託内容」 then
 * the content): a label whose value is quoted there, and no other label's, is that item's.
 */
export function changeTableTies(labels: PageLabels, s: PageStructure, bound: Map<RowLabel, Fact<string>>, changePages: Page[], word: string, keys: string[]): Map<RowLabel, number> {
  const ties = new Map<RowLabel, number>();
  const texts = labels.rows.flatMap((r) => {
    const v = bound.get(r)?.value;
    return r.spec.key && keys.includes(r.spec.key) && v && compact(v).length >= 6 && (s.candidates.get(r)?.length ?? 0) > 1 ? [{ r, text: compact(v).slice(0, 30) }] : [];
  });
  if (!texts.length) return ties;
  for (const item of s.items) {
    const windows: string[] = [];
    const named = new RegExp(`${word}${item.no}(?!\\d)`);
    for (const page of changePages)
      page.blocks.forEach((x, i) => {
        if (named.test(x.flat)) windows.push(page.blocks.slice(i, i + 3).map((y) => y.flat).join(''));
      });
    const hits = texts.filter((t) => s.candidates.get(t.r)!.includes(item.no) && windows.some((w) => w.includes(t.text)));
    if (hits.length === 1 && ![...ties.values()].includes(item.no)) ties.set(hits[0]!.r, item.no);
  }
  return ties;
}

/**
 * Where a label leans when the count leaves a choice: to the heading printed right before it
 * (「委託事項2～5」 is printed above slot 2, then 「③委託先名 …」), or to the heading whose
 * title shares the wording of the 委託内容 beside it. Leanings order a placement; they decide
 * nothing for certain.
 */
export function headingAnchors(labels: PageLabels, s: PageStructure, bound: Map<RowLabel, Fact<string>>): Map<RowLabel, number> {
  const anchors = new Map<RowLabel, number>();
  for (const r of labels.rows) {
    const before = r.block.index - 1;
    const no = labels.ranges.find((x) => x.block.index === before)?.from ?? labels.headings.find((h) => h.block.index === before)?.no;
    if (no !== undefined && s.candidates.get(r)?.includes(no)) anchors.set(r, no);
  }
  for (const h of labels.headings) {
    if (!h.title) continue;
    const ranked = labels.rows
      .filter((r) => r.row === 0 && bound.has(r) && s.candidates.get(r)?.includes(h.no))
      .map((r) => ({ r, s: similarity(h.title!, bound.get(r)!.value) }))
      .sort((a, b) => b.s - a.s);
    if (ranked[0] && ranked[0].s >= 0.6 && (!ranked[1] || ranked[1].s < ranked[0].s - 0.2)) anchors.set(ranked[0].r, h.no);
  }
  return anchors;
}
