import { fact, type Fact } from '../../facts';
import { isFileSection, type ValueKind } from '../../form/item-rows';
import { parseBand } from '../../normalize/band';
import { looksLikeContractor } from '../../normalize/contractor';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import { bandIn } from './basic';
import type { PageLabels, RowLabel } from './item-structure';
import type { Block } from './pages';
import { blockText, blockWithoutOptions, cleanValue, isBracketDebris, isOptionsOnly, isVertical, labelPattern, withoutOptions } from './tokens';

/**
 * A row's value as the page prints it: beside its label in the same box (the strongest
 * evidence there is), or in the box right under the label — for a band or an answer, only
 * the bracketed answer box (「[ 10人以上50人未満 ]」), since a bare band may be any row's.
 * What no label claims is left on the page as bare values, typed, for the caller to place.
 */
export interface Bare {
  block: Block;
  kind: ValueKind;
  value: string;
}

/**
 * The span of a box's own words from `at` (an offset into its NFKC text) to its end, without
 * the spaces, brackets and ※ marks around them: the value's words, not its label's.
 */
export function valueSpan(b: Block, at = 0): Span {
  const raw = b.lines.join('\n');
  const edge = /[\s\[\]［］※　]/;
  let from = rawOffset(b, at);
  let to = raw.length;
  while (from < to && edge.test(raw[from]!)) from++;
  while (to > from && edge.test(raw[to - 1]!)) to--;
  return from < to ? { from: b.span.from + from, to: b.span.from + to } : b.span;
}

/** The span of `words` inside a box (「10人以上50人未満」 in 「[ 10人以上50人未満 ] 1） 10人未満 …」). */
export function wordsSpan(b: Block, words: string): Span {
  const found = new RegExp(labelPattern(words)).exec(blockText(b));
  if (!found) return valueSpan(b);
  return { from: b.span.from + rawOffset(b, found.index), to: b.span.from + rawOffset(b, found.index + found[0].length) };
}

/** The offset in a box's own text of an offset into its NFKC text (「１」 and 「①」 fold to 「1」). */
function rawOffset(b: Block, at: number): number {
  const raw = b.lines.join('\n');
  let folded = 0;
  for (let i = 0; i < raw.length; ) {
    if (folded >= at) return i;
    const ch = String.fromCodePoint(raw.codePointAt(i)!);
    folded += ch.normalize('NFKC').length;
    i += ch.length;
  }
  return raw.length;
}

/** What kind of value a box holds by itself, if any: an answer, a band, a contractor, prose. */
export function classifyBox(b: Block, answers: readonly string[]): { kind: ValueKind; value: string } | null {
  if (isBracketDebris(b) || isVertical(b) || isFileSection(b.flat)) return null;
  const rest = compact(blockWithoutOptions(b).replace(/[\[\]]/g, ''));
  // 「（ 2」: the count of another row's 「（ 2 ）件」, come apart
  if (!rest || /^[\d()（）件.,]*$/.test(rest)) return null;
  const answer = answers.find((a) => rest === a);
  if (isOptionsOnly(b) && !answer) return null;
  if (answer) return { kind: 'answer', value: answer };
  const band = bandIn(b);
  if (band && compact(band) === rest) return { kind: 'band', value: rest };
  if (/[\[\]]/.test(blockText(b))) return null; // a checkbox line of another row
  if (looksLikeContractor(rest)) return { kind: 'contractor', value: cleanValue(blockText(b)) };
  return { kind: 'text', value: cleanValue(blockText(b)) };
}

function inlineValue(r: RowLabel): string | null {
  const rest = withoutOptions(r.rest).replace(/[\[\]]/g, ' ').trim();
  if (!rest) return null;
  if (r.spec.kind === 'band') return parseBand(rest.replace(/\s/g, '')) ? rest.replace(/\s/g, '') : null;
  if (r.spec.kind === 'answer') return r.spec.answers?.find((a) => compact(rest) === a) ?? null;
  const text = cleanValue(r.rest.replace(/^\s*\[\s*/, '').replace(/\s*\[\s*$/, ''));
  return text || null;
}

/** The first box after a label that is not an option list, bracket debris or a vertical caption. */
function boxUnder(labels: PageLabels, b: Block, isHeading: (b: Block) => boolean): Block | null {
  for (const next of labels.page.blocks.slice(b.index + 1)) {
    if (isOptionsOnly(next) || isBracketDebris(next) || isVertical(next)) continue;
    return labels.labelBlocks.has(next) || isHeading(next) ? null : next;
  }
  return null;
}

/**
 * Every row label's value where the page ties it to the label, and the boxes so used. A row the
 * reader does not store (and an unnumbered sub-row) still claims the box under it, so that its
 * text is not taken for another row's.
 */
export function bindValues(labels: PageLabels, answers: readonly string[], isHeading: (b: Block) => boolean) {
  const bound = new Map<RowLabel, Fact<string>>();
  const used = new Set<Block>();
  for (const r of labels.rows) {
    const inline = inlineValue(r);
    if (inline) {
      bound.set(r, fact(inline, valueSpan(r.block, r.restAt)));
      continue;
    }
    const under = boxUnder(labels, r.block, isHeading);
    if (!under || used.has(under)) continue;
    const found = classifyBox(under, answers);
    const bracketed = /[\[\]]/.test(blockText(under));
    if (r.spec.key === null) used.add(under);
    else if (found && found.kind === r.spec.kind && (r.spec.kind === 'text' || r.spec.kind === 'contractor' || bracketed)) {
      bound.set(r, fact(found.value, r.spec.kind === 'band' || r.spec.kind === 'answer' ? wordsSpan(under, found.value) : valueSpan(under)));
      used.add(under);
    }
  }
  for (const o of labels.others) {
    if (o.rest.replace(/[\s\[\]※]/g, '')) continue;
    const under = boxUnder(labels, o.block, isHeading);
    if (under && classifyBox(under, answers)?.kind === 'text') used.add(under);
  }
  return { bound, used };
}

/** The page's boxes that are values by themselves, typed; labels, options and debris excluded. */
export function bareValues(labels: PageLabels, answers: readonly string[], ignore: (b: Block) => boolean): Bare[] {
  return labels.page.blocks.flatMap((b) => {
    if (labels.labelBlocks.has(b) || ignore(b)) return [];
    const found = classifyBox(b, answers);
    return found ? [{ block: b, ...found }] : [];
  });
}
