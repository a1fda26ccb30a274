import { reason } from '../../../form/reasons';
import { fact, type Fact } from '../../facts';
import { parseBand } from '../../normalize/band';
import { looksLikeContractor } from '../../normalize/contractor';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import type { Block, Page } from './pages';
import { bandIn } from './basic';
import { blockText, cleanValue, isBracketDebris, isOptionsOnly, isVertical, labelPattern, withoutOptions } from './tokens';

/**
 * The repeated tables of Ⅱ (委託事項N, 提供先N, 移転先N) as the PDF extraction prints them:
 * each item's labels come out together, in a run — a cluster — and a label printed with its
 * value on the same line or in the same box is certain. Bare values (a contractor, a band, an
 * answer) land anywhere on the page; they are matched to the clusters that lack them by
 * their kind, and are certain only where the text leaves one choice: one slot, or identical
 * values.
 */
export type ValueKind = 'text' | 'band' | 'contractor' | 'answer';

export interface FieldSpec {
  key: string;
  /** the label's words without its ①…⑨ number (numbers differ between the forms) */
  labels: string[];
  kind: ValueKind;
  answers?: string[];
}

export interface Cluster {
  blocks: Block[];
  values: Map<string, Fact<string>>;
  /** fields whose label the cluster printed */
  labelled: Set<string>;
}

export interface Labelled {
  block: Block;
  key: string;
  rest: string;
}

/** Matches a field label with or without its number: 「③委託先名」, 「⑥委託先名」. */
export function matchField(b: Block, specs: FieldSpec[], extraLabels: string[] = []): { key: string; rest: string } | null {
  const text = blockText(b);
  const all = [
    ...specs.flatMap((s) => s.labels.map((l) => ({ key: s.key, label: l }))),
    ...extraLabels.map((l) => ({ key: '', label: l })),
  ].sort((a, c) => c.label.length - a.label.length);
  for (const { key, label } of all) {
    const m = new RegExp(`^\\s*(?:\\d{1,2}\\s*)?${labelPattern(label)}(?:\\s*※)?`).exec(text);
    if (m) return { key, rest: cleanValue(text.slice(m[0].length).replace(/^\s*\[\s*/, '').replace(/\s*\[\s*$/, '')) };
  }
  return null;
}

/**
 * A text field whose label stands alone takes the prose box printed right after the label,
 * when nothing else has taken it.
 */
export function fillFromNextBox(page: Page, cs: Cluster[], labelled: Labelled[], bare: Bare[], keys: string[]) {
  const free = new Map(bare.filter((v) => v.kind === 'text').map((v) => [v.block, v]));
  for (const c of cs)
    for (const key of keys) {
      if (c.values.has(key)) continue;
      const label = labelled.find((l) => l.key === key && c.blocks.includes(l.block));
      const next = label ? free.get(page.blocks[label.block.index + 1]!) : undefined;
      if (!next) continue;
      c.values.set(key, fact(next.value, next.block.span));
      free.delete(next.block);
      bare.splice(bare.indexOf(next), 1);
    }
}

export function clusters(page: Page, specs: FieldSpec[], extraLabels: string[]): { clusters: Cluster[]; labelled: Labelled[] } {
  const out: Cluster[] = [];
  const labelled: Labelled[] = [];
  let current: Cluster | null = null;
  for (const b of page.blocks) {
    const m = matchField(b, specs, extraLabels);
    if (!m) continue;
    labelled.push({ block: b, ...m });
    if (!m.key) continue;
    if (!current || current.labelled.has(m.key)) {
      current = { blocks: [], values: new Map(), labelled: new Set() };
      out.push(current);
    }
    current.blocks.push(b);
    current.labelled.add(m.key);
    const spec = specs.find((s) => s.key === m.key)!;
    const v = inlineValue(m.rest, spec);
    if (v) current.values.set(m.key, fact(v, b.span));
  }
  return { clusters: out, labelled };
}

function inlineValue(rest: string, spec: FieldSpec): string | null {
  const r = withoutOptions(rest).replace(/[\[\]]/g, ' ').trim();
  if (!r) return null;
  if (spec.kind === 'band') return parseBand(r.replace(/\s/g, '')) ? r.replace(/\s/g, '') : null;
  if (spec.kind === 'answer') return spec.answers!.find((a) => compact(r) === a) ?? null;
  return cleanValue(rest);
}

export interface Bare {
  block: Block;
  kind: ValueKind;
  value: string;
}

/** The page's boxes that are values by themselves, typed; labels, options and debris excluded. */
export function bareValues(page: Page, labelled: Labelled[], answers: string[], ignore: (b: Block) => boolean): Bare[] {
  const used = new Set(labelled.map((l) => l.block));
  const out: Bare[] = [];
  for (const b of page.blocks) {
    if (used.has(b) || ignore(b) || isBracketDebris(b) || isVertical(b)) continue;
    const rest = compact(withoutOptions(blockText(b)).replace(/[\[\]]/g, ''));
    if (!rest) continue;
    if (isOptionsOnly(b) && !answers.includes(rest)) continue;
    const answer = answers.find((a) => rest === a);
    if (answer) out.push({ block: b, kind: 'answer', value: answer });
    else if (bandIn(b) && compact(bandIn(b)!) === rest) out.push({ block: b, kind: 'band', value: rest });
    else if (/[\[\]]/.test(blockText(b))) continue; // checkbox lines of another field
    else if (looksLikeContractor(rest)) out.push({ block: b, kind: 'contractor', value: cleanValue(blockText(b)) });
    else out.push({ block: b, kind: 'text', value: cleanValue(blockText(b)) });
  }
  return out;
}

/**
 * Fills the clusters' empty `key` fields from bare values of its kind. One slot or identical
 * values decide; otherwise the values are placed in page order and marked uncertain.
 */
export function fillByKind(cs: Cluster[], key: string, values: Bare[]) {
  const slots = cs.filter((c) => !c.values.has(key));
  if (!slots.length || !values.length) return;
  const distinct = [...new Set(values.map((v) => v.value))];
  const decided = slots.length === values.length && (slots.length === 1 || distinct.length === 1);
  const why = reason('valuesByOrder', { values: values.length, slots: slots.length });
  slots.forEach((c, i) => {
    const v = values[Math.min(i, values.length - 1)];
    if (!v || (i >= values.length && !decided)) return;
    c.values.set(key, fact(v.value, v.block.span, decided, decided ? undefined : why));
  });
}

/**
 * Character-bigram overlap: the share of the shorter text's bigrams found in the longer one.
 * A title (「予防接種台帳システムの運用・保守」) is mostly inside its item's 委託内容.
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
  const smaller = Math.min([...ga.values()].reduce((x, y) => x + y, 0), [...gb.values()].reduce((x, y) => x + y, 0));
  return smaller ? shared / smaller : 0;
}

export const spanOf = (c: Cluster): Span => ({ from: Math.min(...c.blocks.map((b) => b.span.from)), to: Math.max(...c.blocks.map((b) => b.span.to)) });

/**
 * Several items on one page: their labels' runs interleave, so even a value printed beside its
 * label is only known to belong to *an* item of the page — unless every item has that value.
 */
export function markShared(cs: Cluster[], keys: string[], item: string) {
  if (cs.length < 2) return;
  for (const key of keys) {
    const values = cs.map((c) => c.values.get(key)?.value);
    const same = values.every((v) => v !== undefined && v === values[0]);
    if (same) continue;
    for (const c of cs) {
      const v = c.values.get(key);
      if (v && v.certain !== false)
        c.values.set(key, { ...v, certain: false, reason: reason('itemsSharePage', { count: cs.length, item }) });
    }
  }
}

/**
 * The change table names items by number beside their texts (「Ⅱ…委託事項１ ①委託内容」 then
 * the content; 「提供先２ ①法令上の根拠」 then the basis): a text of one cluster found there ties
 * that cluster to the number.
 */
export function crossReferences(cs: Cluster[], nos: number[], changePages: Page[], word: string, keys: string[]): Map<Cluster, number> {
  const links = new Map<Cluster, number>();
  const texts = (c: Cluster) => keys.map((k) => c.values.get(k)?.value).filter((v): v is string => !!v && compact(v).length >= 6);
  for (const no of nos) {
    const windows: string[] = [];
    for (const page of changePages)
      page.blocks.forEach((x, i) => {
        if (new RegExp(`${word}${no}(?!\\d)`).test(x.flat)) windows.push(page.blocks.slice(i, i + 3).map((y) => y.flat).join(''));
      });
    if (!windows.length) continue;
    const hits = cs.filter((c) => !links.has(c) && texts(c).some((t) => windows.some((w) => w.includes(compact(t).slice(0, 30)))));
    if (hits.length === 1 && ![...links.values()].includes(no)) links.set(hits[0]!, no);
  }
  return links;
}
