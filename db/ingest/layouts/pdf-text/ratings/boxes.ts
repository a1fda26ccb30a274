import { blankMark } from '../../../../form/field-states';
import { isWideLabel, TEXT_LABELS, type TextLabelKind } from '../../../form/measure-labels';
import { partOfHeading, stageInLine } from '../../../form/parts';
import { compact } from '../../../normalize/text';
import type { Block, Page } from '../pages';
import { answerWords, blockText, cleanValue, isBracketDebris, isOptionsOnly, isVertical, labelHead, labelPattern, withoutOptions } from '../tokens';
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

const LABEL_AT_LINE = TEXT_LABELS.map((t) => ({ ...t, head: labelHead(t.label), re: new RegExp(`(?:^|\\n)[\\s\\[\\]]*(?:[①-⑳]|\\d{1,2}\\s*[.．)）])?\\s*${labelPattern(t.label)}(?:\\s*※)?(?=\\s|$)`) }));
const MARK_THEN_LABEL = TEXT_LABELS.map((t) => ({ ...t, head: labelHead(t.label), re: new RegExp(`^\\s*([-‐―−－ー—–])\\s+${labelPattern(t.label)}\\s*$`) }));

/** A text label at the start of a box (after any option list glued before it), with what follows it. */
function labelIn(b: Block): LabelBox | null {
  const text = blockText(b);
  for (const t of LABEL_AT_LINE) {
    if (!text.includes(t.head)) continue;
    const m = t.re.exec(text);
    if (m && withoutOptions(text.slice(0, m.index)).replace(/[\s\[\]]/g, '') === '') {
      const rest = cleanValue(text.slice(m.index + m[0].length));
      return { kind: 'label', block: b, label: t.label, labelKind: t.kind, inline: rest === '' ? null : rest };
    }
  }
  // 「― その他の措置の内容」: the extraction put the box's dash before its label
  for (const t of MARK_THEN_LABEL) {
    if (!text.includes(t.head)) continue;
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
  if (partOfHeading(b.lines[0]!) || stageInLine(b.lines[0]!)) return true;
  const text = blockText(b);
  if (blankMark(text) !== null) return false;
  const words = compact(withoutOptions(text)).replace(/[\[\]○〇]/g, '');
  // a checkbox's tail (「] 委託しない」, 「[] 内部監査[ ○ [」) or a label of no text box (実施の有無)
  if (/[\[\]]/.test(text) && !text.includes('。') && words.length <= 20) return true;
  return words.length < 4 || NO_TEXT_LABELS.test(words);
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
