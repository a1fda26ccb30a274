import { fact, type RatingFacts } from '../../facts';
import type { FactsBuilder } from '../../facts-builder';
import { parseCheckboxes, parseGraded } from '../../form/answers';
import { BASIC_QUESTIONS, BASIC_RISK_ITEMS, DECLINE_BOXES, declines, optionsOf } from '../../form/basic-form';
import { labelKey } from '../../form/labels';
import { stageOfHeading, type Stage } from '../../form/parts';
import { SCALES } from '../../../form/scales';
import { compact } from '../../normalize/text';
import { gradedFact } from './basic-form';
import { filled, type Row } from './rows';
import { labelAndValue, type Context } from './sections';

const key = (label: string) => labelKey(label).replace(/【再掲】$/, '');
const AUDITS = ['自己点検', '内部監査', '外部監査'] as const;

/**
 * Ⅳ リスク対策 of the 基礎項目評価書, row by row. The item headings (「4. 特定個人情報ファイルの取扱い
 * の委託」) give the stage, and with it which of the two 「目的外の入手が行われるリスクへの対策は十分か」
 * a row answers; a heading's ticked 「…しない」 box takes its questions out of the answers.
 */
export class BasicRiskRows {
  private stage: Stage | null = null;
  private section: Context['section'] = null;
  private declined: (typeof DECLINE_BOXES)[number][] = [];
  private reasoned = new Map<Stage, RatingFacts>();

  constructor(private readonly b: FactsBuilder) {}

  row(ctx: Context, row: Row) {
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
    if (!item) return;
    const t = () => this.b.threshold(row.span);
    if (item === BASIC_RISK_ITEMS.formsSubmitted) {
      if (parseGraded(value)) t().formsSubmitted = gradedFact(value, row.span);
    } else if (item === BASIC_RISK_ITEMS.priority && lv) {
      const answer = gradedFact(value, row.span);
      // the answer may carry its option number: 「[3) 権限のない者…への対策]」
      t().priorityMeasure = answer && fact(answer.value.replace(/^\d{1,2}\)\s*/, ''), row.span);
    } else if (item === BASIC_RISK_ITEMS.reason && lv) this.reason(value, row);
    else if (item === '実施の有無' && this.stage === '監査') this.audits(value, row);
    else if (lv) this.question(lv.label, value, row);
  }

  /** 「4. 特定個人情報ファイルの取扱いの委託\t[] 委託しない」: the item and its decline box. */
  private heading(stage: Stage, boxes: string, row: Row) {
    this.stage = stage;
    // 「接続しない(提供)」: the checkbox reader takes the bracket for a note, put it back
    const ticked = parseCheckboxes(boxes)
      .filter((x) => x.ticked)
      .map((x) => compact(x.extra ? `${x.label}(${x.extra})` : x.label));
    for (const box of DECLINE_BOXES.filter((d) => d.stage === stage)) {
      if (!ticked.includes(compact(box.label))) continue;
      this.declined.push(box);
      // the priority left to the 重点・全項目評価: the document leaves it empty
      if (stage === '最も優先度が高いと考えられる対策') this.b.threshold(row.span).priorityMeasure = fact('', row.span);
    }
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
    this.b.facts.ratings.push(rating);
    if (q.reasoned) this.reasoned.set(q.stage, rating);
  }

  /** 判断の根拠: of the 人手 item's answer, or of the priority (stored with it too). */
  private reason(value: string, row: Row) {
    const text = fact(value, row.span);
    const rating = this.stage ? this.reasoned.get(this.stage) : undefined;
    if (rating) rating.measure = text;
    if (this.stage === '最も優先度が高いと考えられる対策') this.b.threshold(row.span).priorityReason = text;
  }

  private audits(value: string, row: Row) {
    for (const box of parseCheckboxes(value)) {
      const kind = AUDITS.find((k) => compact(box.label).startsWith(k));
      if (kind) this.b.facts.audits.push({ kind, checked: fact(box.ticked, row.span) });
    }
  }
}
