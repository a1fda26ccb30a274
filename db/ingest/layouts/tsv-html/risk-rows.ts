import { fact, type AuditFacts, type RatingFacts } from '../../facts';
import { parseCheckboxes, parseGraded } from '../../form/answers';
import { labelKey } from '../../form/labels';
import { INCIDENT_QUESTION, INCIDENT_TEXTS, RISK_TEXTS, SUFFICIENCY, TEXT_LABELS, textsOfQuestion } from '../../form/measure-labels';
import { measureOfParts, type MeasurePart } from '../../measure-text';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import type { FoundFacts } from '../compose-facts';
import { labelAndValue, type Context } from './context';
import { filled, type Row } from './rows';

/**
 * Ⅲ リスク対策 (and the full form's Ⅳ) in the tab-separated export: each graded answer on its
 * row, the text boxes it grades on the rows after it, labels beside their values. A rating is
 * complete only once the rows after it are read, so the ratings are handed over at the end.
 */
export class RiskRows {
  readonly ratings: RatingFacts[] = [];
  /** the current risk's own text boxes, for its 「リスクへの対策は十分か」 */
  private riskTexts: MeasurePart[] = [];
  /** a question's rating (ユーザ認証の管理…) whose text boxes (具体的な管理方法) follow it */
  private awaitingMeasure: RatingFacts | null = null;
  private questionTexts: MeasurePart[] = [];

  /** A risk or stage heading: the boxes read so far belong to the risk before it. */
  start() {
    this.riskTexts = [];
    this.questionTexts = [];
    this.awaitingMeasure = null;
  }

  row(ctx: Context, row: Row): FoundFacts | null {
    const lv = labelAndValue(row) ?? emptyTextBox(row);
    if (!lv) return null;
    const { key, label, value } = lv;
    if (key === '実施の有無' && ctx.stage === '監査') {
      const audits: AuditFacts[] = [];
      for (const box of parseCheckboxes(value)) {
        const kind = (['自己点検', '内部監査', '外部監査'] as const).find((k) => compact(box.label).startsWith(k));
        if (kind) audits.push({ kind, checked: fact(box.ticked, row.span) });
      }
      return { audits };
    }
    const graded = parseGraded(value);
    if (!graded) {
      this.textBox(key, value, row.span);
      return null;
    }
    const question = label.replace(/^[①-⑳]\s*/, '').replace(/\s*※\s*$/, '');
    const sufficiency = key === SUFFICIENCY;
    const rating: RatingFacts = {
      fileNo: ctx.files.size > 1 ? ctx.fileNo : null,
      section: ctx.part === 'otherRisk' ? 'Ⅳ' : 'Ⅲ',
      stage: ctx.stage,
      risk: ctx.risk,
      question,
      answer: graded.answer ? fact(graded.answer, row.span) : null,
      options: graded.options,
      measure: sufficiency ? measureOfParts(this.riskTexts) : null,
      span: row.span,
    };
    this.ratings.push(rating);
    if (sufficiency) this.start();
    else {
      this.awaitingMeasure = textsOfQuestion(question).length || INCIDENT_QUESTION.test(question) ? rating : null;
      this.questionTexts = [];
    }
    return null;
  }

  /**
   * A text box under a label: the question just read prints it (具体的な管理方法 after ユーザ認証の
   * 管理), or 重大事故 「発生あり」 its その内容 and 再発防止策の内容, or the risk (its 「リスクへの
   * 対策は十分か」 grades them). Other rows (the stage's 「その他のリスク」) grade nothing.
   */
  private textBox(key: string, value: string, span: Span) {
    const label = TEXT_LABELS.find((t) => compact(t.label) === key)?.label;
    if (!label) return;
    const text = fact(value, span);
    const asked = this.awaitingMeasure;
    if (asked && textsOfQuestion(asked.question).includes(label)) {
      this.questionTexts = [...this.questionTexts, { label, text }];
      asked.measure = measureOfParts(this.questionTexts);
      return;
    }
    if (asked && INCIDENT_QUESTION.test(asked.question) && (label === INCIDENT_TEXTS.content || label === INCIDENT_TEXTS.prevention)) {
      if (label === INCIDENT_TEXTS.content) asked.incidentContent = text;
      else asked.incidentPrevention = text;
      return;
    }
    if (RISK_TEXTS.some((t) => t.label === label)) this.riskTexts.push({ label, text });
  }
}

/** 「その内容」 printed alone on its row: a text box the document left empty. */
function emptyTextBox(row: Row): { key: string; label: string; value: string } | null {
  const cells = filled(row);
  const key = cells.length === 1 ? labelKey(cells[0]!) : '';
  return TEXT_LABELS.some((t) => compact(t.label) === key) ? { key, label: cells[0]!, value: '' } : null;
}
