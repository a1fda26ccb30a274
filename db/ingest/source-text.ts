/** The decoded text of one document, with line bookkeeping for provenance. */
export interface Span {
  /** UTF-16 offsets into the decoded text, end exclusive */
  from: number;
  to: number;
}

export class SourceText {
  readonly lines: string[];
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.lines = text.split('\n');
    this.starts = [];
    let at = 0;
    for (const line of this.lines) {
      this.starts.push(at);
      at += line.length + 1;
    }
  }

  /** Span of lines [a, b] (0-based, inclusive). */
  spanOfLines(a: number, b: number = a): Span {
    return { from: this.starts[a]!, to: this.starts[b]! + this.lines[b]!.length };
  }

  /** 1-based inclusive line numbers of a span. */
  lineRange(span: Span): { lineFrom: number; lineTo: number } {
    return { lineFrom: this.lineAt(span.from) + 1, lineTo: this.lineAt(Math.max(span.from, span.to - 1)) + 1 };
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export const joinSpans = (spans: (Span | undefined | null)[]): Span | null => {
  const real = spans.filter((s): s is Span => !!s);
  if (!real.length) return null;
  return { from: Math.min(...real.map((s) => s.from)), to: Math.max(...real.map((s) => s.to)) };
};
