import { AFFAIR_DEFS, LEGAL_BASIS_ITEMS, type Affair, type AffairDef } from '../../form/affairs';
import { reason, type Reason } from '../../form/reasons';
import type { Span } from '../source-text';
import { compact, fold } from './text';

export type AffairClass = { kind: 'one'; affair: Affair } | { kind: 'several'; affairs: Affair[] } | { kind: 'none' };

/** The affair an affair's name (事務の名称, or the 評価書名 that repeats it) is about. */
export function classifyAffairName(name: string): AffairClass {
  const s = compact(name);
  const named = AFFAIR_DEFS.filter((d) => d.words.test(s));
  const ids = new Set<string>(named.map((d) => d.id));
  const kept = named.filter((d) => !(d as AffairDef).yieldsTo?.some((other) => ids.has(other)));
  if (kept.length === 1) return { kind: 'one', affair: kept[0]!.id };
  if (kept.length > 1) return { kind: 'several', affairs: kept.map((d) => d.id) };
  return { kind: 'none' };
}

export interface LegalBasisItem {
  table: keyof typeof LEGAL_BASIS_ITEMS;
  item: string;
  /** where the text cites it */
  span: Span;
}

const ITEM = String.raw`(?:第 *)?(?:項番 *)?\d+(?: *の *\d+)*(?![\d条])(?: *の?項)?`;
/**
 * 「番号法第9条第1項 別表第一の10の項、93の2の項」, 「第9条第1項 別表第1 項番10」, 「第9条第１項別表第一
 * 第10の項、第93の2の項」, 「第9条第1項、別表第1 10項」, and after the 2023 amendment 「第9条第1項及び
 * 別表14の項」: the items of the table that allows the number's use. 別表第二 (information
 * linkage) and other laws' tables are not it.
 */
const BASIS = new RegExp(String.raw`第9条第1項 *(?:及び|、|,)? *別表 *(第一|第1|1(?!\d))? *(?:の|、)? *(${ITEM}(?: *(?:、|,|及び) *${ITEM})*)`, 'g');

/** Full-width ASCII folded and each whitespace character made one space: the text's offsets are kept. */
const widthFold = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, ' ');

/** The 別表 items a document cites as the legal basis for using the number. */
export function legalBasisItems(text: string): LegalBasisItem[] {
  const out: LegalBasisItem[] = [];
  for (const m of widthFold(text).matchAll(BASIS)) {
    const table = m[1] ? '別表第一' : '別表';
    const span = { from: m.index, to: m.index + m[0].length };
    for (const raw of m[2]!.split(/ *(?:、|,|及び) */)) {
      const item = raw.replace(/ /g, '').replace(/^第|項番|の?項$/g, '');
      if (/^\d+(?:の\d+)*$/.test(item) && !out.some((o) => o.table === table && o.item === item)) out.push({ table, item, span });
    }
  }
  return out;
}

export interface AffairReading {
  affair: Affair | null;
  /** false with a reason when the text does not decide; null reason = read plainly */
  reason: Reason | null;
  source: 'name' | 'title' | 'legalBasis' | null;
  /** where the legal basis it was classed by is cited */
  span?: Span;
}

const itemWords = (items: LegalBasisItem[]) => items.map((i) => `${i.table} ${i.item}の項`);

/**
 * An assessment's affair, from the strongest evidence it has: ①事務の名称, then the 評価書名,
 * then the 別表 items its 法令上の根拠 cites (a document that holds only a change table often
 * cites no name but its legal basis).
 */
export function classifyAffair(input: { name: string | null; title: string | null; text: string }): AffairReading {
  const names = [
    { source: 'name' as const, text: input.name },
    { source: 'title' as const, text: input.title },
  ].filter((n): n is { source: 'name' | 'title'; text: string } => !!n.text);
  for (const n of names) {
    const c = classifyAffairName(n.text);
    if (c.kind === 'one') return { affair: c.affair, reason: null, source: n.source };
    if (c.kind === 'several') return { affair: null, reason: reason('affairSeveral', { name: fold(n.text), affairs: c.affairs }), source: null };
  }
  const items = legalBasisItems(input.text);
  const known = [...new Set(items.flatMap((i) => LEGAL_BASIS_ITEMS[i.table][i.item] ?? []))];
  if (known.length === 1) return { affair: known[0]!, reason: reason('affairByLegalBasis', { items: itemWords(items) }), source: 'legalBasis', span: items[0]!.span };
  if (known.length > 1) return { affair: null, reason: reason('affairSeveral', { name: itemWords(items).join('、'), affairs: known }), source: null };
  const name = names[0]?.text;
  return { affair: null, reason: name ? reason('affairUnclassified', { name: fold(name) }) : null, source: null };
}
