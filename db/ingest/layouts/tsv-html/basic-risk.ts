import { fact, type AuditFacts, type RatingFacts } from '../../facts';
import { parseCheckboxes, parseGraded } from '../../form/answers';
import { BASIC_QUESTIONS, BASIC_RISK_ITEMS, DECLINE_BOXES, declines, optionsOf } from '../../form/basic-form';
import { labelKey } from '../../form/labels';
import { stageOfHeading, type Stage } from '../../form/parts';
import { SCALES } from '../../../form/scales';
import { compact } from '../../normalize/text';
import type { FoundFacts, ThresholdMention } from '../compose-facts';
import { gradedFact } from './basic-form';
import { labelAndValue, type Context } from './context';
import { filled, type Row } from './rows';

const key = (label: string) => labelKey(label).replace(/【再掲】$/, '');
const AUDITS = ['自己点検', '内部監査', '外部監査'] as const;

/**
 * Ⅳ リスク対策 of the 基礎項目評価書, row by row. The item headings (「4. 特定個人情報ファイルの取扱い
 * の委託」) give the stage, and with it which of the two 「目的外の入手が行われるリスクへの対策は十分か」
 * a row answers; a heading's ticked 「…しない」 box takes its questions out of the answers. A
 * question's 判断の根拠 may follow it on a later row, so the ratings are handed over at the end.
 */
export class BasicRiskRows {
  readonly ratings: RatingFacts[] = [];
  private stage: Stage | null = null;
  private section: Context['section'] = null;
  private declined: (typeof DECLINE_BOXES)[number][] = [];
  private reasoned = new Map<Stage, RatingFacts>();

  row(ctx: Context, row: Row): FoundFacts | null {
    if (ctx.section !== this.section) {
      this.section = ctx.section;
      if (ctx.section) this.stage = stageOfHeading(`${ctx.section.no}.${ctx.section.key}`)?.stage ?? null;
    }
    const cells = filled(row);
    const heading = stageOfHeading(cells[0] ?? '');
    if (heading) return this.heading(heading.stage, cells.slice(1).join(' '), row);
    const lv = labelAndValue(row);
    // a value row under its item's heading: 「1. 提出する特定個人情報保護評価書の種類」 then 「[基礎項目評価書] <選択肢> …」
    const item = lv?.key ?? (cells.length === 1 ? ctx.section?.key : undefined);
    const value = lv?.value ?? cells[0] ?? '';
    if (!item) return null;
    const threshold = (t: Omit<ThresholdMention, 'span'>): FoundFacts => ({ threshold: [{ span: row.span, ...t }] });
    if (item === BASIC_RISK_ITEMS.formsSubmitted) return parseGraded(value) ? threshold({ formsSubmitted: gradedFact(value, row.span) }) : null;
    if (item === BASIC_RISK_ITEMS.priority && lv) {
      const answer = gradedFact(value, row.span);
      // the answer may carry its option number: 「[3) 権限のない者…への対策]」
      return threshold({ priorityMeasure: answer && fact(answer.value.replace(/^\d{1,2}\)\s*/, ''), row.span) });
    }
    if (item === BASIC_RISK_ITEMS.reason && lv) return this.reason(value, row);
    if (item === '実施の有無' && this.stage === '監査') return { audits: this.audits(value, row) };
    if (lv) this.question(lv.label, value, row);
    return null;
  }

  /** 「4. 特定個人情報ファイルの取扱いの委託\t[] 委託しない」: the item and its decline box. */
  private heading(stage: Stage, boxes: string, row: Row): FoundFacts {
    this.stage = stage;
    const threshold: ThresholdMention[] = [];
    // 「接続しない(提供)」: the checkbox reader takes the bracket for a note, put it back
    const ticked = parseCheckboxes(boxes)
      .filter((x) => x.ticked)
      .map((x) => compact(x.extra ? `${x.label}(${x.extra})` : x.label));
    for (const box of DECLINE_BOXES.filter((d) => d.stage === stage)) {
      if (!ticked.includes(compact(box.label))) continue;
      this.declined.push(box);
      // the priority left to the 重点・全項目評価: the document leaves it empty
      if (stage === '最も優先度が高いと考えられる対策') threshold.push({ span: row.span, priorityMeasure: fact('', row.span) });
    }
    return { threshold };
  }

  private question(label: string, value: string, row: Row) {
    const candidates = BASIC_QUESTIONS.filter((q) => key(q.label) === key(label));
    const q = candidates.find((c) => c.stage === this.stage) ?? candidates[0];
    if (!q || this.declined.some((box) => declines(box, q))) return;
    const printed = parseGraded(value)?.options ?? [];
    const rating: RatingFacts = {
      fileNo: null,
      section: 'Ⅳ',
      stage: q.stage,
      risk: q.risk,
      question: q.question,
      answer: gradedFact(value, row.span),
      options: printed.length ? printed : optionsOf(q, SCALES),
      measure: null,
      measurePrinted: !!q.reasoned,
      span: row.span,
    };
    this.ratings.push(rating);
    if (q.reasoned) this.reasoned.set(q.stage, rating);
  }

  /** 判断の根拠: of the 人手 item's answer, or of the priority (stored with it too). */
  private reason(value: string, row: Row): FoundFacts | null {
    const text = fact(value, row.span);
    const rating = this.stage ? this.reasoned.get(this.stage) : undefined;
    if (rating) rating.measure = text;
    return this.stage === '最も優先度が高いと考えられる対策' ? { threshold: [{ span: row.span, priorityReason: text }] } : null;
  }

  private audits(value: string, row: Row): AuditFacts[] {
    const audits: AuditFacts[] = [];
    for (const box of parseCheckboxes(value)) {
      const kind = AUDITS.find((k) => compact(box.label).startsWith(k));
      if (kind) audits.push({ kind, checked: fact(box.ticked, row.span) });
    }
    return audits;
  }
}
