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
  private readonly parts: { text: string; from: number; kept: boolean }[] = [];
  private length = 0;

  constructor(private readonly from: string) {}

  /** Keeps the earlier text's characters [a, b). */
  keep(a: number, b: number): this {
    if (b <= a) return this;
    const last = this.parts[this.parts.length - 1];
    // neighbouring kept ranges are one range: most of a text is kept as it was
    if (last?.kept && last.from + last.text.length === a) last.text += this.from.slice(a, b);
    else this.parts.push({ text: this.from.slice(a, b), from: a, kept: true });
    this.length += b - a;
    return this;
  }

  /** Writes `s`, every character of it standing for the earlier text's offset `at`. */
  insert(s: string, at: number): this {
    if (s) this.parts.push({ text: s, from: at, kept: false });
    this.length += s.length;
    return this;
  }

  done(): Rewritten {
    const origin = new Int32Array(this.length + 1);
    let i = 0;
    for (const p of this.parts) for (let k = 0; k < p.text.length; k++) origin[i++] = p.kept ? p.from + k : p.from;
    origin[i] = this.from.length;
    return { text: this.parts.map((p) => p.text).join(''), origin };
  }
}

/** Line by line: `fix` returns a line's replacement (kept, dropped or inserted parts) or null. */
export function rewriteLines(text: string, fix: (line: string, b: RewriteBuilder, start: number) => boolean): Rewritten | null {
  const b = new RewriteBuilder(text);
  let changed = false;
  let start = 0;
  for (const line of text.split('\n')) {
    if (fix(line, b, start)) changed = true;
    else b.keep(start, start + line.length);
    if (start + line.length < text.length) b.keep(start + line.length, start + line.length + 1);
    start += line.length + 1;
  }
  return changed ? b.done() : null;
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
