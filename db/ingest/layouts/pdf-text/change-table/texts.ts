import { reason, type Reason } from '../../../../form/reasons';
import { fact, type Fact } from '../../../facts';
import { joinSpans, type Span } from '../../../source-text';
import { compact } from '../../../normalize/text';
import { WHOLE_MARK, type Chunk } from './cells';

const OPEN = /[(（「『〔【［[＜<]/;
const CLOSE = /[)）」』〕】］\]＞>]/;

/** ASCII spaces of a line where no bracket is open: where one cell can end and the next begin. */
function seams(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.test(c)) depth++;
    else if (CLOSE.test(c)) depth = Math.max(0, depth - 1);
    else if (c === ' ' && depth === 0 && text[i - 1] !== ' ') out.push(i);
  }
  return out;
}

/** How many cells a chunk can hold at most. */
export const maxCells = (c: Chunk) => (c.oneLine ? seams(c.text).length + 1 : c.markFirst ? 2 : 1);

interface Pair {
  before: { text: string; span: Span } | null;
  after: { text: string; span: Span } | null;
  /** null when the text decides the two; else why it does not */
  doubt: Reason | null;
}

const part = (c: Chunk, from: number, to: number) => {
  const text = c.text.slice(from, to).trim();
  const at = c.text.indexOf(text, from);
  return { text, span: c.oneLine ? { from: c.span.from + at, to: c.span.from + at + text.length } : c.span };
};
const whole = (c: Chunk) => ({ text: c.text, span: c.span });
const joined = (cs: Chunk[]) => ({ text: cs.map((c) => c.text).join('\n'), span: joinSpans(cs.map((c) => c.span))! });

/**
 * 「変更前 変更後」 printed on one line: split where the text decides it — the only space
 * outside brackets, the same words twice (「「（別紙）…」のとおり 「（別紙）…」のとおり」), or a
 * whole 「記載なし」 first (the form's words for an empty 変更前, never the start of a text).
 * Otherwise the middlemost space, and the pair stays in doubt.
 */
function splitLine(c: Chunk): Pair {
  const at = seams(c.text);
  if (!at.length) return { before: whole(c), after: null, doubt: reason('beforeAfterOneCell') };
  const decided =
    at.find((i) => c.text.slice(0, i).trim() === c.text.slice(i + 1).trim()) ??
    (at.length === 1 ? at[0] : at.find((i) => WHOLE_MARK.test(compact(c.text.slice(0, i)))));
  const middle = (best: number, i: number) => (Math.abs(i - c.text.length / 2) < Math.abs(best - c.text.length / 2) ? i : best);
  const cut = decided ?? at.reduce(middle);
  const doubt = decided !== undefined ? null : reason('pairOnOneLine', { spaces: at.length });
  return { before: part(c, 0, cut), after: part(c, cut + 1, c.text.length), doubt };
}

/**
 * A row's 変更前 and 変更後 from its texts in the order printed: two boxes are the two; one
 * box on a shared line is split where the text decides it; one box that starts with a whole
 * blank mark (「記載なし」 over the new text) is the mark, then the rest. More boxes than two
 * (a cell's paragraphs come out as boxes of their own: 「略」, 「（…）」, 「略」) are halved, in doubt.
 */
export function beforeAfter(chunks: Chunk[]): Pair {
  if (!chunks.length) return { before: null, after: null, doubt: null };
  if (chunks.length === 2) return { before: whole(chunks[0]!), after: whole(chunks[1]!), doubt: null };
  if (chunks.length === 1) {
    const c = chunks[0]!;
    if (c.oneLine) return splitLine(c);
    if (c.markFirst) {
      const nl = c.text.indexOf('\n');
      return { before: { text: c.text.slice(0, nl), span: c.span }, after: { text: c.text.slice(nl + 1), span: c.span }, doubt: null };
    }
    return { before: whole(c), after: null, doubt: reason('beforeAfterOneCell') };
  }
  const half = Math.floor(chunks.length / 2);
  return { before: joined(chunks.slice(0, half)), after: joined(chunks.slice(half)), doubt: reason('textsSplit', { pieces: chunks.length }) };
}

/** The pair as facts: certain only when the text decides it and the row holds its texts. */
export function pairFacts(p: Pair, apart: Reason | null): { before: Fact | null; after: Fact | null } {
  const why = p.doubt ?? apart;
  const f = (x: Pair['before']) => (x ? fact(x.text, x.span, !why, why ?? undefined) : null);
  return { before: f(p.before), after: f(p.after) };
}
