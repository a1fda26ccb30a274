import { blankMark, type FieldSpans, type FieldStates } from '../form/field-states';
import { reason, type Reason } from '../form/reasons';
import type { Maybe } from './facts';
import { parseBand, type Band } from './normalize/band';
import { parseDateStrict } from './normalize/era-date';
import { fold, foldKeepLines, unwrap } from './normalize/text';
import { joinSpans, type SourceText, type Span } from './source-text';

/** Where a stored row was read, and the state of each of its fields (see to-rows.ts). */
export interface Provenance {
  srcFrom: number;
  srcTo: number;
  lineFrom: number;
  lineTo: number;
  certain: boolean;
  states: FieldStates;
  spans: FieldSpans;
}

/** A fact's text with its lines kept, or null where the document wrote it as empty. */
export const text = (f: Maybe): string | null => {
  if (!f) return null;
  const v = foldKeepLines(f.value);
  return blankMark(v) === null ? v : null;
};
/** The same on one line. */
export const line = (f: Maybe): string | null => {
  const v = text(f);
  return v === null ? null : fold(unwrap(v));
};
export const band = (f: Maybe): Band | null => (f ? parseBand(f.value) : null);

export const lineOf = (s: string) => fold(unwrap(foldKeepLines(s)));

/** A date the text holds, or why it holds none: 令和3年13月40日 is not a date, not a blank. */
export function dateOf(raw: string): { iso: string } | { why: Reason } {
  const parsed = parseDateStrict(raw);
  if (parsed.kind === 'date') return { iso: parsed.iso };
  return { why: parsed.kind === 'impossible' ? reason('impossibleDate', { raw: lineOf(raw) }) : reason('unreadableDate', { raw: lineOf(raw) }) };
}

// the converters and wordings of FieldReader's fields, made once
const showLine = (v: unknown) => lineOf(String(v));
const isoDate = (v: string) => {
  const d = dateOf(v);
  return 'iso' in d ? d.iso : d;
};
const same = <V>(v: V) => v;
const yesNo = (v: boolean) => (v ? 'はい' : 'いいえ');
const bandOrWhy = (v: string) => parseBand(v) ?? { why: reason('notFound') };

/**
 * Reads one row's fields from its facts, recording each field's state under the API's field
 * name as it goes, and the span that covers every fact it read.
 */
export class FieldReader {
  readonly states: FieldStates = {};
  readonly fieldSpans: FieldSpans = {};
  /** what each doubted field holds, as read (for the report) */
  readonly doubted: Record<string, { value: string | null; span: Span }> = {};
  private readonly spans: Span[];

  constructor(span: Span) {
    this.spans = [span];
  }

  /**
   * A fact's value converted by `convert` (null = the text holds no such value); a doubted value
   * is reported as `show` words it (a non-text value must be worded: the report is read by people).
   */
  value<T, V>(field: string, f: Maybe<V> | undefined, convert: (v: V) => T | null | { why: Reason }, show: (v: V) => string = showLine): T | null {
    if (!f) {
      this.states[field] = { state: 'unread', reason: reason('notFound') };
      return null;
    }
    this.spans.push(f.span);
    this.fieldSpans[field] = [f.span.from, f.span.to];
    if (typeof f.value === 'string') {
      const mark = blankMark(f.value);
      if (mark !== null) {
        this.states[field] = { state: 'blank', mark };
        return null;
      }
    }
    const v = f.value === null ? null : convert(f.value);
    // worded only for the report, which shows doubted values alone
    if (v === null || (typeof v === 'object' && 'why' in (v as object))) {
      const why = v && typeof v === 'object' && 'why' in v ? (v as { why: Reason }).why : (f.reason ?? reason('notFound'));
      this.states[field] = { state: 'unread', reason: why };
      if (why.code !== 'notFound') this.doubted[field] = { value: f.value === null ? null : show(f.value), span: f.span };
      return null;
    }
    if (f.certain === false) {
      this.states[field] = { state: 'uncertain', reason: f.reason ?? reason('notFound') };
      this.doubted[field] = { value: f.value === null ? null : show(f.value), span: f.span };
    }
    return v as T;
  }

  // methods, not arrow-function fields: a reader is made for every row, and each such field
  // was a closure made (and, under tsx, named) per reader
  text(field: string, f: Maybe | undefined) {
    return this.value(field, f, foldKeepLines);
  }
  line(field: string, f: Maybe | undefined) {
    return this.value(field, f, lineOf);
  }
  date(field: string, f: Maybe | undefined) {
    return this.value(field, f, isoDate);
  }
  bool(field: string, f: Maybe<boolean> | undefined) {
    return this.value(field, f, same, yesNo);
  }

  band(field: string, f: Maybe | undefined): { text: string | null; min: number | null; max: number | null } {
    const b = this.value(field, f, bandOrWhy);
    return { text: b?.text ?? null, min: b?.min ?? null, max: b?.max ?? null };
  }

  /** A fact that only says whether something else is certain (an item's numbering). */
  doubt(field: string, f: Maybe<unknown> | undefined) {
    if (f && f.certain === false) {
      this.spans.push(f.span);
      this.states[field] = { state: 'uncertain', reason: f.reason ?? reason('notFound') };
      this.doubted[field] = { value: String(f.value), span: f.span };
    }
  }

  /** Fields not found because the document lacks their part of the form. */
  absent(fields: string[], part: string) {
    for (const field of fields) {
      const s = this.states[field];
      if (s?.state === 'unread' && s.reason.code === 'notFound') this.states[field] = { state: 'absent', part };
    }
  }

  provenance(source: SourceText): Provenance {
    const all = joinSpans(this.spans)!;
    const doubted = Object.values(this.states).some((s) => s.state === 'uncertain' || (s.state === 'unread' && s.reason.code !== 'notFound'));
    return { srcFrom: all.from, srcTo: all.to, ...source.lineRange(all), certain: !doubted, states: this.states, spans: this.fieldSpans };
  }
}
