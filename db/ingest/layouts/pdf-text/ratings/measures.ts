import type { Maybe } from '../../../facts';
import { INCIDENT_QUESTION, INCIDENT_TEXTS, isSpecificRiskText, OTHER_MEASURES, RISK_MEASURE, RISK_TEXTS, riskPrints, SUFFICIENCY, textsOfQuestion } from '../../../form/measure-labels';
import { QUESTIONS } from '../../../../form/scales';
import { measureOfParts, type MeasurePart } from '../../../measure-text';
import { compact } from '../../../normalize/text';
import type { Block, Page } from '../pages';
import { boxesOf, type Box } from './boxes';
import { columnWidth } from './column-width';
import type { GradedAnswers, PlacedQuestion } from './graded-answers';
import { bindInOrder, boundText, sharedWords, type Binding } from './owners';
import { stageOrder } from './risk-order';
import { tieTexts, type TiedLabel } from './text-ties';

/** A risk of one file's Ⅲ: its heading (or, with none read, its sufficiency answer's place). */
interface Slot {
  page: Page;
  block: Block | null;
  stage: string | null;
  name: string | null;
  no: number | null;
  /** a risk with questions or boxes of its own closes with 「その他の措置の内容」 */
  complex: boolean;
  /** its stage is marked 「…しない」: its boxes are printed empty */
  empty: boolean;
  parts: Map<string, MeasurePart>;
}

const isSufficiency = (q: PlacedQuestion) => compact(q.question) === SUFFICIENCY;

/**
 * Fills each rating's measure (and 「発生あり」's その内容 / 再発防止策の内容) from the text boxes
 * of its file's pages: texts tied to labels (text-ties), labels tied to their question or risk.
 */
export function readMeasures(pages: Page[], graded: GradedAnswers, fileNo: (p: Page) => number | null) {
  const column = columnWidth(pages.flatMap((p) => p.blocks));
  const boxes = new Map(pages.map((p) => [p, boxesOf(p, column)]));
  for (const file of new Set(pages.map(fileNo))) {
    const section = pages.filter((p) => fileNo(p) === file);
    const questions = [...graded.ratings, ...graded.unrated].filter((r) => section.includes(r.page));
    const slots = slotsOf(section, graded, questions, section.flatMap((p) => boxes.get(p)!));
    const { labels, leads } = tieTexts(section, (p) => boxes.get(p)!, (block) => slots.some((s) => s.block === block && !s.complex));
    for (const lead of leads) slots.find((s) => s.block === lead.risk)?.parts.set(RISK_MEASURE, { label: RISK_MEASURE, text: lead.text });
    const free = labels.filter((l) => !l.lead && !bindAfterHeading(l, slots));
    bindRiskTexts(free, slots);
    bindQuestionTexts(free, questions);
    for (const q of questions) if (q.rating && isSufficiency(q)) q.rating.measure = asAnswered(measureOfRisk(slotOf(q, slots)), q);
  }
}

function slotsOf(section: Page[], graded: GradedAnswers, questions: PlacedQuestion[], boxes: Box[]): Slot[] {
  const specific = boxes.flatMap((b) => (b.kind === 'label' && isSpecificRiskText(b.label) ? [b.label] : []));
  const own = questions.filter((q) => !isSufficiency(q));
  const complex = (stage: string | null, name: string | null) =>
    own.some((q) => {
      if (q.stage !== stage) return false;
      const risk = QUESTIONS.find((x) => x.label === compact(q.question))?.risk;
      return !risk || name === null || risk.test(compact(name));
    }) || specific.some((label) => riskPrints(label, stage, name));
  const unrated = (stage: string | null) => graded.unrated.some((q) => section.includes(q.page) && q.stage === stage);
  const slots: Slot[] = graded.risks
    .filter((r) => section.includes(r.page))
    .map((r) => ({ page: r.page, block: r.block, stage: r.stage, name: r.name, no: r.no, complex: complex(r.stage, r.name), empty: unrated(r.stage), parts: new Map() }));
  // a risk whose heading was not read
  for (const q of questions)
    if (q.rating && isSufficiency(q) && !q.risk && q.rating.risk === null && !slots.some((s) => s.name === null && s.stage === q.stage))
      slots.push({ page: q.page, block: null, stage: q.stage, name: null, no: null, complex: complex(q.stage, null), empty: false, parts: new Map() });
  return slots;
}

const expects = (s: Slot, label: string) => (label === RISK_MEASURE ? !s.complex : label === OTHER_MEASURES ? s.complex : riskPrints(label, s.stage, s.name));

/** A label printed right after a risk's heading is that risk's. */
function bindAfterHeading(l: TiedLabel, slots: Slot[]): boolean {
  if (l.box.labelKind !== 'risk') return false;
  const slot = slots.find((s) => s.page === l.page && s.block?.index === l.box.block.index - 1);
  if (!slot || !expects(slot, l.box.label) || slot.parts.has(l.box.label)) return false;
  slot.parts.set(l.box.label, partOf(l, l.text));
  return true;
}

function bindRiskTexts(labels: TiedLabel[], slots: Slot[]) {
  for (const { label } of RISK_TEXTS) {
    const owners = slots
      .filter((s) => expects(s, label) && !s.parts.has(label))
      .map((s) => ({ owner: s, page: s.page, order: stageOrder(s.stage) * 100 + (s.no ?? 0), empty: s.empty }));
    const boxes = labels.filter((l) => l.box.label === label);
    for (const b of bindInOrder(boxes, owners, label, (text, s) => sharedWords(text, s.name ?? ''))) b.owner.parts.set(label, partOf(b.label, boundText(b)));
  }
}

function bindQuestionTexts(labels: TiedLabel[], questions: PlacedQuestion[]) {
  const found = new Map<PlacedQuestion, Map<string, MeasurePart>>();
  const take = (b: Binding<PlacedQuestion>) => {
    if (!found.has(b.owner)) found.set(b.owner, new Map());
    found.get(b.owner)!.set(b.label.box.label, partOf(b.label, boundText(b)));
  };
  const kinds = new Set(labels.filter((l) => l.box.labelKind === 'question' || l.box.labelKind === 'incident').map((l) => l.box.label));
  for (const label of kinds) {
    const prints = (q: PlacedQuestion) => (INCIDENT_QUESTION.test(q.question) ? (Object.values(INCIDENT_TEXTS) as string[]).includes(label) : textsOfQuestion(q.question).includes(label));
    const boxes = labels.filter((l) => l.box.label === label);
    const owners = questions.filter(prints);
    const order = (q: PlacedQuestion) => QUESTIONS.findIndex((x) => x.label === compact(q.question));
    const owned = owners.map((o) => ({ owner: o, page: o.page, order: order(o), empty: !o.rating }));
    bindInOrder(boxes, owned, label, (text, o) => sharedWords(text, o.question)).forEach(take);
  }
  for (const [q, texts] of found) {
    if (!q.rating) continue;
    if (INCIDENT_QUESTION.test(q.question)) {
      q.rating.incidentContent = texts.get(INCIDENT_TEXTS.content)?.text ?? null;
      q.rating.incidentPrevention = texts.get(INCIDENT_TEXTS.prevention)?.text ?? null;
    } else q.rating.measure = measureOfParts(textsOfQuestion(q.question).flatMap((l) => texts.get(l) ?? []));
  }
}

/** A label's box as a part of its owner's measure: its text, or where the unread box is. */
const partOf = (l: TiedLabel, text: Maybe): MeasurePart => ({ label: l.box.label, text, span: l.box.block.span });

function slotOf(q: PlacedQuestion, slots: Slot[]): Slot | null {
  if (q.risk) return slots.find((s) => s.block === q.risk!.block) ?? null;
  const risk = q.rating?.risk ?? null;
  if (risk === null) return slots.find((s) => s.name === null && s.stage === q.stage) ?? null;
  const named = slots.filter((s) => s.stage === q.stage && s.name !== null && compact(s.name) === compact(risk));
  return named.find((s) => s.parts.size) ?? named[0] ?? null;
}

/** A measure is its risk's; when which risk the answer is for is a guess, so is the measure. */
function asAnswered(measure: Maybe<string | null>, q: PlacedQuestion): Maybe<string | null> {
  const why = q.rating?.answer?.reason;
  if (!measure || measure.certain === false || why?.code !== 'riskNotTied') return measure;
  return { ...measure, certain: false, reason: why };
}

function measureOfRisk(slot: Slot | null) {
  if (!slot || !slot.parts.size) return null;
  return measureOfParts(RISK_TEXTS.flatMap((t) => slot.parts.get(t.label) ?? []));
}
