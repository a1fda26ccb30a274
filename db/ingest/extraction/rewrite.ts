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
  private readonly parts: string[] = [];
  private readonly origins: number[] = [];

  constructor(private readonly from: string) {}

  /** Keeps the earlier text's characters [a, b). */
  keep(a: number, b: number): this {
    if (b <= a) return this;
    this.parts.push(this.from.slice(a, b));
    for (let i = a; i < b; i++) this.origins.push(i);
    return this;
  }

  /** Writes `s`, every character of it standing for the earlier text's offset `at`. */
  insert(s: string, at: number): this {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) this.origins.push(at);
    return this;
  }

  done(): Rewritten {
    const text = this.parts.join('');
    const origin = Int32Array.from([...this.origins, this.from.length]);
    return { text, origin };
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
