import { reason } from '../../../../form/reasons';
import { SUFFICIENCY } from '../../../form/measure-labels';
import { STAGES } from '../../../form/parts';
import { compact } from '../../../normalize/text';
import type { Page } from '../pages';
import type { GradedAnswers, PlacedQuestion, PlacedRisk } from './graded-answers';

export const stageOrder = (s: string | null) => (s === null ? 99 : (STAGES as readonly string[]).indexOf(s));

/**
 * Each risk has one 「リスクへの対策は十分か」, printed after its heading, and both come in the
 * form's order. Over a file's pages, then, the k-th such question answers the k-th risk, even
 * where a row ran over a page break and a page holds more (or fewer) questions than risks.
 * Within a page the order is scrambled: the page's questions share its risks, which is certain
 * only when their answers agree. Where the counts differ, or a question would come before its
 * risk, the page-by-page reading stands.
 */
export function alignRisks(section: Page[], graded: GradedAnswers) {
  const onPages = <X extends { page: Page }>(xs: X[]) => xs.filter((x) => section.includes(x.page));
  const questions = onPages([...graded.ratings, ...graded.unrated])
    .filter((q) => compact(q.question) === SUFFICIENCY)
    .sort((a, b) => a.page.no - b.page.no || a.block.index - b.block.index);
  const risks = onPages(graded.risks).sort((a, b) => a.page.no - b.page.no || stageOrder(a.stage) - stageOrder(b.stage) || (a.no ?? 0) - (b.no ?? 0));
  if (!questions.length || questions.length !== risks.length) return;
  const groups: { questions: PlacedQuestion[]; risks: PlacedRisk[] }[] = [];
  const pending: PlacedRisk[] = [];
  for (const page of section) {
    pending.push(...risks.filter((r) => r.page === page));
    const here = questions.filter((q) => q.page === page);
    if (here.length > pending.length) return;
    if (here.length) groups.push({ questions: here, risks: pending.splice(0, here.length) });
  }
  for (const g of groups) {
    const pairs = byStage(g.questions, g.risks);
    const answers = new Set(g.questions.map((q) => q.rating?.answer?.value ?? null));
    const tied = g.questions.length === 1 || answers.size === 1 || pairs.every((p) => p.byStage);
    for (const p of pairs) tie(p.question, p.risk, tied, g.questions.length);
  }
}

/**
 * Within a page: a question whose stage only one of the page's risks has goes with that risk;
 * one the page-by-page reading already gave one of these risks keeps it; the rest by order.
 */
function byStage(questions: PlacedQuestion[], risks: PlacedRisk[]) {
  const single = <X extends { stage: string | null }>(xs: X[], stage: string | null) => stage !== null && xs.filter((x) => x.stage === stage).length === 1;
  const pairs: { question: PlacedQuestion; risk: PlacedRisk; byStage: boolean }[] = [];
  const left = [...risks];
  const take = (q: PlacedQuestion, r: PlacedRisk | undefined, byStage: boolean) => {
    if (!r) return false;
    pairs.push({ question: q, risk: r, byStage });
    left.splice(left.indexOf(r), 1);
    return true;
  };
  let rest = questions.filter((q) => !(single(questions, q.stage) && single(risks, q.stage) && take(q, left.find((x) => x.stage === q.stage), true)));
  rest = rest.filter((q) => !take(q, left.find((r) => r.name !== null && r.name === q.rating?.risk && r.stage === q.stage), false));
  rest.forEach((q, i) => take(q, left[i], false));
  return pairs;
}

function tie(q: PlacedQuestion, r: PlacedRisk, tied: boolean, count: number) {
  q.risk = r;
  q.stage = r.stage ?? q.stage;
  const rating = q.rating;
  if (!rating) return;
  rating.risk = r.name;
  rating.stage = q.stage;
  const a = rating.answer;
  if (!a) return;
  const doubted = a.certain === false && a.reason?.code === 'riskNotTied';
  if (tied && doubted) rating.answer = { value: a.value, span: a.span };
  if (!tied && a.certain !== false) rating.answer = { ...a, certain: false, reason: reason('riskNotTied', { answers: count, risks: count }) };
}
