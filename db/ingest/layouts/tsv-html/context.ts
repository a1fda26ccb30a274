import { fact, type Maybe } from '../../facts';
import { parseGraded } from '../../form/answers';
import { labelKey, type GroupKind } from '../../form/labels';
import type { PartName, Stage } from '../../form/parts';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import { filled, type Row } from './rows';

/**
 * Where the walk over the rows stands in the form, as the part readers need to know it. The walk
 * moves it on at headings; a reader moves on `fileNo`, `group.titled` and `afterHeading` itself,
 * as only reading the row tells that a name opened the next file or that a slot's title or a
 * heading's value was taken. Facts are never kept here: the readers return them.
 */
export interface Context {
  part: PartName | 'header';
  section: { no: number; key: string } | null;
  stage: Stage | null;
  group: { kind: GroupKind; no: number; span: Span; titled: boolean } | null;
  risk: string | null;
  fileNo: number;
  /**
   * The files met so far, by number, with their names: a row naming a file under Ⅱ's
   * 「特定個人情報ファイル名」 opens the next file unless it names one of these.
   */
  files: Map<number, string | null>;
  /** the section heading just read, whose value may be the next unlabeled row */
  afterHeading: string | null;
}

/** A row as label and value: options in their own cell belong to the answer before them. */
export function labelAndValue(row: Row): { key: string; label: string; value: string } | null {
  const cells: string[] = [];
  for (const c of filled(row)) {
    const continuesOptions = /^\d{1,2}[)）]/.test(c) && /[<＜]選択肢[>＞]/.test(cells[cells.length - 1] ?? '');
    if ((/^[<＜]選択肢[>＞]/.test(c) || continuesOptions) && cells.length > 1) cells[cells.length - 1] += ' ' + c;
    else cells.push(c);
  }
  if (cells.length < 2) return null;
  const label = cells.length >= 3 ? cells[cells.length - 2]! : cells[0]!;
  return { key: labelKey(label), label, value: cells[cells.length - 1]! };
}

export const gradedAnswer = (value: string) => parseGraded(value)?.answer ?? null;

export const orNull = (value: string, span: Span): Maybe => (compact(value) === '' ? null : fact(value, span));

export function answerFact(value: string, span: Span): Maybe {
  const a = gradedAnswer(value);
  return a ? fact(a, span) : null;
}
