import { reason } from '../../../form/reasons';
import { fact, type AuditFacts, type Fact, type Maybe, type RatingFacts } from '../../facts';
import { BASIC_QUESTIONS, BASIC_RISK_ITEMS, DECLINE_BOXES, declines, FORMS_SUBMITTED, optionsOf, type BasicQuestion } from '../../form/basic-form';
import { SCALES } from '../../../form/scales';
import { compact } from '../../normalize/text';
import { joinSpans } from '../../source-text';
import type { ThresholdMention } from '../compose-facts';
import { readAudits, readPriority } from './basic-risk-items';
import { stageHeading, type Block, type Page } from './pages';
import { answerWords, blockText, blockWithoutOptions, labelPattern, matchLabel } from './tokens';

const WORDS = [...SCALES.sufficiency, ...SCALES.doing];
/** each question's label, longest first; 【再掲】 may be left out */
const LABELS = BASIC_QUESTIONS.flatMap((q) => [q.label, q.label.replace(/【再掲】$/, '')])
  .filter((l, i, all) => all.indexOf(l) === i)
  .sort((a, b) => b.length - a.length)
  .map((label) => ({ label, key: compact(label) }));
const WORDS_LONGEST_FIRST = [...WORDS].sort((a, c) => c.length - a.length);

interface Printed {
  q: BasicQuestion;
  block: Block;
  page: Page;
  inline: string | null;
}

/**
 * Ⅳ リスク対策 of the 基礎項目評価書 in the PDF extraction. Each graded question names its risk in
 * its own words (「目的外の入手が行われるリスクへの対策は十分か」), so a question is known by its
 * label; its answer is printed apart, beside the option list, and is tied to it within the page by
 * its scale: one question of a scale on the page, or the page's answers of that scale all equal,
 * decide; otherwise the answers are placed in order and marked uncertain.
 */
export function readBasicRisk(pages: Page[]): { ratings: RatingFacts[]; threshold: ThresholdMention; audits: AuditFacts[] } | null {
  if (!pages.length) return null;
  const printed = questionsOf(pages);
  const ticked = DECLINE_BOXES.filter((box) => pages.some((p) => boxTicked(p, box.label)));
  const asked = printed.filter((p) => !ticked.some((box) => declines(box, p.q)));
  const answers = new Map<Printed, Maybe>();
  for (const page of pages) pairAnswers(page, asked.filter((p) => p.page === page), printed, answers);
  const reasons = reasonsOf(pages, printed.filter((p) => p.q.reasoned));
  const ratings = asked.map(
    (p): RatingFacts => ({
      fileNo: null,
      section: 'Ⅳ',
      stage: p.q.stage,
      risk: p.q.risk,
      question: p.q.question,
      answer: answers.get(p) ?? null,
      options: optionsOf(p.q, SCALES),
      measure: p.q.reasoned ? (reasons.get(p) ?? null) : null,
      measurePrinted: !!p.q.reasoned,
      span: p.block.span,
    }),
  );
  const priority = printed.find((p) => p.q.stage === '最も優先度が高いと考えられる対策');
  const declined = ticked.find((box) => box.stage === '最も優先度が高いと考えられる対策');
  const threshold: ThresholdMention = {
    span: joinSpans(pages.map((p) => p.span))!,
    formsSubmitted: formsSubmitted(pages),
    priorityMeasure: readPriority(pages, declined ? declined.label : null),
  };
  if (priority) threshold.priorityReason = reasons.get(priority) ?? null;
  return { ratings, threshold, audits: readAudits(pages) };
}

/** A block that is one of Ⅳ's questions, maybe with its answer: 「[ 十分である 委託先における…十分か」. */
function questionIn(x: Block): { label: string; inline: string | null } | null {
  const text = compact(blockWithoutOptions(x)).replace(/[\[\]※]/g, '');
  for (const { label, key } of LABELS) {
    const at = text.indexOf(key);
    if (at < 0) continue;
    let rest = text.slice(0, at) + text.slice(at + key.length);
    const words: string[] = [];
    while (rest) {
      const w = WORDS_LONGEST_FIRST.find((s) => rest.startsWith(s));
      if (!w) return null; // prose that quotes the question is not the question
      words.push(w);
      rest = rest.slice(w.length);
    }
    return { label, inline: words.length === 1 ? words[0]! : null };
  }
  return null;
}

/**
 * Every question the pages print, in order. 入手 and the network connection ask the same
 * 「目的外の入手が行われるリスクへの対策は十分か」: the page's item heading decides, else the order
 * of the form (入手 is item 2, the connection item 6).
 */
function questionsOf(pages: Page[]): Printed[] {
  const out: Printed[] = [];
  for (const page of pages) {
    const headings = page.blocks.map((x) => stageHeading(x)?.stage).filter(Boolean);
    for (const x of page.blocks) {
      const hit = questionIn(x);
      if (!hit) continue;
      const candidates = BASIC_QUESTIONS.filter((q) => q.label === hit.label || q.label.replace(/【再掲】$/, '') === hit.label);
      const onPage = candidates.filter((q) => headings.includes(q.stage) && !out.some((o) => o.q === q));
      const q = candidates.length === 1 ? candidates[0]! : onPage.length === 1 ? onPage[0]! : candidates.find((c) => !out.some((o) => o.q === c));
      if (q) out.push({ q, block: x, page, inline: hit.inline });
    }
  }
  return out;
}

/** 「[ ○ ] 委託しない」: the mark beside its label, the bracket perhaps split over two boxes. */
function boxTicked(page: Page, label: string): boolean {
  const text = page.blocks.map(blockText).join('\n');
  const m = new RegExp(`\\[\\s*([○〇◯O●]?)\\s*\\]\\s*${labelPattern(label)}`).exec(text);
  return !!m && m[1] !== '';
}

function pairAnswers(page: Page, asked: Printed[], printed: Printed[], out: Map<Printed, Maybe>) {
  const used = new Set(printed.filter((p) => p.page === page).map((p) => p.block));
  const pool = page.blocks.filter((x) => !used.has(x)).flatMap((x) => answerWords(x, WORDS).map((word) => ({ word, x })));
  for (const scale of new Set(asked.map((p) => p.q.scale))) {
    const qs = asked.filter((p) => p.q.scale === scale);
    const words = SCALES[scale] as readonly string[];
    const answers = pool.filter((a) => words.includes(a.word));
    const open = qs.filter((p) => !p.inline);
    const distinct = [...new Set(answers.map((a) => a.word))];
    const decided = open.length > 0 && answers.length === open.length && (open.length === 1 || distinct.length === 1);
    let i = 0;
    for (const p of qs) {
      if (p.inline) out.set(p, fact(p.inline, p.block.span));
      else if (answers[i]) {
        const a = answers[i++]!;
        const why = reason('answersByOrder', { answers: distinct, questions: open.length });
        out.set(p, fact(a.word, joinSpans([a.x.span, p.block.span])!, decided, decided ? undefined : why));
      }
    }
  }
}

/**
 * 判断の根拠, printed after each question that asks for one (人手を介在させる作業, and the priority's
 * 当該対策は十分か). Paired in the form's order: certain when one of each stands on a page.
 */
function reasonsOf(pages: Page[], reasoned: Printed[]): Map<Printed, Maybe> {
  const labels: { page: Page; value: Fact<string> | null }[] = [];
  for (const page of pages)
    for (const x of page.blocks) {
      const m = matchLabel(x, [BASIC_RISK_ITEMS.reason]);
      if (!m) continue;
      const next = page.blocks[x.index + 1];
      const value = m.rest
        ? fact(m.rest, x.span)
        : next && !questionIn(next) && !/^[\[\]]/.test(next.lines[0]!.trim()) && !stageHeading(next)
          ? fact(blockText(next).trim(), next.span, false, reason('nextBox', { label: BASIC_RISK_ITEMS.reason }))
          : null;
      labels.push({ page, value });
    }
  const out = new Map<Printed, Maybe>();
  reasoned.forEach((p, i) => {
    const l = labels[i];
    if (!l?.value) return;
    const alone = labels.filter((o) => o.page === l.page).length === 1 && reasoned.filter((o) => o.page === l.page).length === 1;
    const certain = labels.length === reasoned.length && (alone || reasoned.length === 1);
    out.set(p, certain ? l.value : fact(l.value.value, l.value.span, false, l.value.reason ?? reason('valuesByOrder', { values: labels.length, slots: reasoned.length })));
  });
  return out;
}

/** Ⅳ-1 提出する特定個人情報保護評価書の種類: the one choice of its list the pages print as an answer. */
function formsSubmitted(pages: Page[]): Maybe {
  const hits = pages.flatMap((p) => p.blocks.flatMap((x) => answerWords(x, FORMS_SUBMITTED, [BASIC_RISK_ITEMS.formsSubmitted]).map((word) => ({ word, x }))));
  const distinct = [...new Set(hits.map((h) => h.word))];
  if (!hits.length) return null;
  return distinct.length === 1 ? fact(distinct[0]!, hits[0]!.x.span) : fact(hits[0]!.word, hits[0]!.x.span, false, reason('severalAnswers', { answers: distinct }));
}
