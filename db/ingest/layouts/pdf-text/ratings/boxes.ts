import { blankMark } from '../../../../form/field-states';
import { isWideLabel, TEXT_LABELS, type TextLabelKind } from '../../../form/measure-labels';
import { compact } from '../../../normalize/text';
import { headingPart, stageHeading, type Block, type Page } from '../pages';
import { answerWords, blockText, blockWithoutOptions, cleanValue, isBracketDebris, isOptionsOnly, isVertical, labelHead, labelPattern, withoutOptions } from '../tokens';
import { widthOf, type Width } from './column-width';
import { ALL_ANSWERS, isRiskList, questionIn, RISK } from './graded-answers';

/** A label of a text box: a graded answer's (具体的な管理方法, リスクに対する措置の内容 …) or a page-wide one. */
export interface LabelBox {
  kind: 'label';
  block: Block;
  label: string;
  labelKind: TextLabelKind | 'wide';
  /** the text printed with the label in its box (「 その他の措置の内容 －」), else null */
  inline: string | null;
}

export interface TextBox {
  kind: 'text';
  block: Block;
  width: Width;
  /** a box holding only a heading like 「＜横浜市における措置＞」: the start of a text, never all of it */
  fragment: boolean;
}

export type Box = LabelBox | TextBox | { kind: 'risk' | 'question' | 'other'; block: Block };

// a label whose first character could be part of what the pattern allows before it: only its pattern decides where it starts
const inLead = (head: string) => /[\s\[\]①-⑳\d.．)）\-‐―−－ー—–]/.test(head);
const LABEL_AT_LINE = TEXT_LABELS.map((t) => ({ ...t, head: labelHead(t.label), anywhere: inLead(labelHead(t.label)), re: new RegExp(`(?:^|\\n)[\\s\\[\\]]*(?:[①-⑳]|\\d{1,2}\\s*[.．)）])?\\s*${labelPattern(t.label)}(?:\\s*※)?(?=\\s|$)`) }));
const MARK_THEN_LABEL = TEXT_LABELS.map((t) => ({ ...t, head: labelHead(t.label), anywhere: inLead(labelHead(t.label)), re: new RegExp(`^\\s*([-‐―−－ー—–])\\s+${labelPattern(t.label)}\\s*$`) }));

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const skipSpaces = (text: string, at: number) => {
  while (isSpace(text[at])) at++;
  return at;
};
const charAt = (text: string, at: number) => (at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '');

/**
 * The characters a label of LABEL_AT_LINE can begin with in a text: at a line's start, after
 * spaces and brackets, and after a number (「①」, 「2.」, 「3）」). A label whose first character
 * is not among them cannot match there, and its pattern need not scan the whole box.
 */
function lineHeads(text: string): Set<string> {
  const heads = new Set<string>();
  for (let start = 0; start >= 0; start = text.indexOf('\n', start) < 0 ? -1 : text.indexOf('\n', start) + 1) {
    let at = start;
    while (at < text.length && /[\s\[\]]/.test(text[at]!)) at++;
    heads.add(charAt(text, at));
    if (/[①-⑳]/.test(text[at] ?? '')) heads.add(charAt(text, skipSpaces(text, at + 1)));
    for (let digits = 1; digits <= 2 && /\d/.test(text[at + digits - 1] ?? ''); digits++) {
      const mark = skipSpaces(text, at + digits);
      if (/[.．)）]/.test(text[mark] ?? '')) heads.add(charAt(text, skipSpaces(text, mark + 1)));
    }
  }
  return heads;
}

/** Where MARK_THEN_LABEL can put a label's first character: after spaces, a dash and spaces. */
function headAfterMark(text: string): string {
  const dash = skipSpaces(text, 0);
  if (!/[-‐―−－ー—–]/.test(text[dash] ?? '') || !isSpace(text[dash + 1])) return '';
  return charAt(text, skipSpaces(text, dash + 1));
}

/** A text label at the start of a box (after any option list glued before it), with what follows it. */
function labelIn(b: Block): LabelBox | null {
  const text = blockText(b);
  const heads = lineHeads(text);
  for (const t of LABEL_AT_LINE) {
    if (t.anywhere ? !text.includes(t.head) : !heads.has(t.head)) continue;
    const m = t.re.exec(text);
    if (m && withoutOptions(text.slice(0, m.index)).replace(/[\s\[\]]/g, '') === '') {
      const rest = cleanValue(text.slice(m.index + m[0].length));
      return { kind: 'label', block: b, label: t.label, labelKind: t.kind, inline: rest === '' ? null : rest };
    }
  }
  // 「― その他の措置の内容」: the extraction put the box's dash before its label
  const afterMark = headAfterMark(text);
  for (const t of MARK_THEN_LABEL) {
    if (t.anywhere ? !text.includes(t.head) : t.head !== afterMark) continue;
    const m = t.re.exec(text);
    if (m) return { kind: 'label', block: b, label: t.label, labelKind: t.kind, inline: m[1]! };
  }
  if (isWideLabel(b.flat)) return { kind: 'label', block: b, label: b.flat, labelKind: 'wide', inline: null };
  return null;
}

/** Labels of Ⅲ whose value is a checkbox list, not a text. */
const NO_TEXT_LABELS = /^実施の有無$/;

/** Bracket, option and answer debris, headings, and bits of labels wrapped apart from them. */
function isDebris(b: Block): boolean {
  if (isOptionsOnly(b) || isBracketDebris(b) || isVertical(b)) return true;
  if (answerWords(b, ALL_ANSWERS).length) return true;
  if (headingPart(b) || stageHeading(b)) return true;
  const text = blockText(b);
  const words = compact(blockWithoutOptions(b)).replace(/[\[\]○〇]/g, '');
  // a checkbox's tail (「] 委託しない」, 「[] 内部監査[ ○ [」) or a label of no text box (実施の有無)
  const debris = (/[\[\]]/.test(text) && !text.includes('。') && words.length <= 20) || words.length < 4 || NO_TEXT_LABELS.test(words);
  // a blank mark (「－」, 「記載なし」) is a text box's value, never debris (asked last: it folds the whole box)
  return debris && blankMark(text) === null;
}

/** Every box of a page of Ⅲ, by what it is. */
export function boxesOf(page: Page, column: number | null): Box[] {
  return page.blocks.map((b): Box => {
    if (questionIn(b)) return { kind: 'question', block: b };
    if (RISK.test(b.flat) || isRiskList(b)) return { kind: 'risk', block: b };
    const label = labelIn(b);
    if (label) return label;
    if (isDebris(b)) return { kind: 'other', block: b };
    const fragment = b.lines.length === 1 && /^\s*[<＜][^>＞]*[>＞]\s*$/.test(b.lines[0]!);
    return { kind: 'text', block: b, width: widthOf(b, column), fragment };
  });
}

/** The text of a run of boxes, as printed. */
export const runText = (blocks: Block[]) => blocks.map((b) => cleanValue(blockText(b))).join('\n');
