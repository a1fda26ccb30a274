import type { Span } from '../source-text';

/**
 * A text rewritten from another, with where each of its characters came from: `origin[i]` is
 * the offset in the earlier text of character i (origin has one more entry, the end). Inserted
 * characters (a line break that replaces a space, a page break that replaces a page number)
 * point at the place they stand for, so every span maps back into the stored source.
 */
export interface Rewritten {
  text: string;
  origin: Int32Array;
}

export const unchanged = (text: string): Rewritten => {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
};

/** Builds a rewritten text piece by piece: kept ranges of the earlier text and inserts. */
export class RewriteBuilder {
  /** a kept range [from, to) of the earlier text (text null), or an inserted text standing for `from` */
  private readonly parts: { from: number; to: number; text: string | null }[] = [];
  private length = 0;

  constructor(private readonly from: string) {}

  /** Keeps the earlier text's characters [a, b). */
  keep(a: number, b: number): this {
    if (b <= a) return this;
    const last = this.parts[this.parts.length - 1];
    // neighbouring kept ranges are one range: most of a text is kept as it was, and most
    // rewrites change nothing at all, so the kept text is sliced only when the rewrite is done
    if (last && last.text === null && last.to === a) last.to = b;
    else this.parts.push({ from: a, to: b, text: null });
    this.length += b - a;
    return this;
  }

  /** Writes `s`, every character of it standing for the earlier text's offset `at`. */
  insert(s: string, at: number): this {
    if (s) this.parts.push({ from: at, to: at, text: s });
    this.length += s.length;
    return this;
  }

  done(): Rewritten {
    const origin = new Int32Array(this.length + 1);
    let i = 0;
    for (const p of this.parts)
      if (p.text === null) for (let k = p.from; k < p.to; k++) origin[i++] = k;
      else for (let k = 0; k < p.text.length; k++) origin[i++] = p.from;
    origin[i] = this.from.length;
    return { text: this.parts.map((p) => p.text ?? this.from.slice(p.from, p.to)).join(''), origin };
  }
}

/**
 * A text's lines (`text.split('\n')`), shared: the fixes each test every line of the same text
 * (most find nothing to do, so each gets the text it was given), and splitting it once for all
 * spares a copy of every line per fix. The array must not be changed.
 */
export function linesOf(text: string): readonly string[] {
  if (text !== splitText) {
    splitLines = text.split('\n');
    splitText = text;
  }
  return splitLines;
}
let splitText: string | null = null;
let splitLines: readonly string[] = [];

/** Lends linesOf a text's lines already split (a SourceText's): they must not be changed. */
export function shareLines(text: string, lines: readonly string[]) {
  splitText = text;
  splitLines = lines;
}

/** Line by line: `fix` returns a line's replacement (kept, dropped or inserted parts) or null. */
export function rewriteLines(text: string, fix: (line: string, b: RewriteBuilder, start: number) => boolean): Rewritten | null {
  const b = new RewriteBuilder(text);
  let changed = false;
  let start = 0;
  // what no fix touched is kept as one range, up to the next line a fix rewrites
  let kept = 0;
  for (const line of linesOf(text)) {
    b.keep(kept, start);
    kept = start;
    if (fix(line, b, start)) {
      changed = true;
      kept = start + line.length;
    }
    start += line.length + 1;
  }
  return changed ? b.keep(kept, text.length).done() : null;
}

/** Two rewrites in turn: the second's origins pass through the first's. */
export function compose(first: Rewritten, second: Rewritten): Rewritten {
  const origin = new Int32Array(second.origin.length);
  for (let i = 0; i < origin.length; i++) origin[i] = first.origin[second.origin[i]!]!;
  return { text: second.text, origin };
}

/** A span of the rewritten text as a span of the earlier text. */
export function mapSpan(r: Rewritten, span: Span): Span {
  const from = r.origin[span.from]!;
  const to = span.to > span.from ? r.origin[span.to - 1]! + 1 : from;
  return { from, to: Math.max(from, to) };
}
