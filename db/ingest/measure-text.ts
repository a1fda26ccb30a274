import { blankMark } from '../form/field-states';
import { reason } from '../form/reasons';
import { fact, type Fact, type Maybe } from './facts';
import { joinSpans, type Span } from './source-text';

/** One text box of a graded answer: its label, and its text (null = the box was not read). */
export interface MeasurePart {
  label: string;
  text: Maybe;
  /** where the label was found, when its text was not */
  span?: Span;
}

/**
 * A graded answer's measure from its boxes, in the form's order: the one box's text, or, where
 * several boxes say something, each text after its label. Boxes written as empty (「－」) add
 * nothing; when all are empty the measure is that mark. A box whose text was not read leaves
 * the measure uncertain, never silently shortened.
 */
export function measureOfParts(parts: MeasurePart[]): Maybe<string | null> {
  if (!parts.length) return null;
  const read = parts.filter((p): p is MeasurePart & { text: Fact } => p.text !== null);
  const unread = parts.filter((p) => p.text === null);
  const span = joinSpans(parts.map((p) => p.text?.span ?? p.span))!;
  if (!read.length) return fact<string | null>(null, span, false, reason('measureNotTied', { labels: unread.map((p) => p.label) }));
  const said = read.filter((p) => blankMark(p.text.value) === null);
  const value = !said.length ? read[0]!.text.value : said.length === 1 ? said[0]!.text.value : said.map((p) => `${p.label}\n${p.text.value}`).join('\n');
  const doubt = read.find((p) => p.text.certain === false);
  if (unread.length) return fact(value, span, false, reason('measureNotTied', { labels: unread.map((p) => p.label) }));
  return doubt ? fact(value, span, false, doubt.text.reason) : fact(value, span);
}
