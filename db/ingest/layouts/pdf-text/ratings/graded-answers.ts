import { reason } from '../../../../form/reasons';
import { fact, type RatingFacts } from '../../../facts';
import { QUESTIONS, SCALES, scaleOfAnswer, type Scale } from '../../../../form/scales';
import { stageOfFlat, stagesOfRisk, type Stage } from '../../../form/parts';
import { isWhitespace } from '../../../normalize/glyphs';
import { joinSpans } from '../../../source-text';
import { firstLineFlat, stageHeading, type Block, type Page } from '../pages';
import { answerWords, blockText, cleanValue, labelHead, labelPattern, labelStarts } from '../tokens';

export const ALL_ANSWERS = Object.values(SCALES).flat();

export interface Question {
  label: string;
  scale: Scale;
  /** the standard risk the question belongs to, where the form fixes it */
  risk?: RegExp;
  block: Block;
  inline: string | null;
}

const QUESTION_PATTERNS = [...QUESTIONS]
  .sort((x, y) => y.label.length - x.label.length)
  .map((q) => ({
    q,
    head: labelHead(q.label),
    start: new RegExp(`^\\s*(?:\\d{1,2}\\s*)?${labelPattern(q.label)}`),
    after: new RegExp(`^[\\s\\[]*(\\S+)?\\s*${labelPattern(q.label)}\\s*$`),
    /** what a text that `after` matches ends with, its spaces gone: tested first, as `after` backtracks through the whole box */
    end: q.label.normalize('NFKC').replace(/\s+/g, ''),
  }));

/** A graded question's label at the start of a box, its number dropped, maybe with the answer after it. */
export function questionIn(b: Block): Question | null {
  if (b.memo.question === undefined) b.memo.question = readQuestion(b);
  return b.memo.question;
}

/** the longest label's length without spaces: how much of a box's end can hold a label */
const LONGEST_END = Math.max(...QUESTION_PATTERNS.map((p) => p.end.length));

/** The last `n` characters of a text that are not spaces. */
function glyphTail(text: string, n: number): string {
  // where the last n of them begin, then that end of the text without its spaces: one string, not one a character
  let from = text.length;
  for (let glyphs = 0; from > 0 && glyphs < n; ) if (!isWhitespace(text.charCodeAt(--from))) glyphs++;
  return text.slice(from).replace(/\s+/g, '');
}

function readQuestion(b: Block): Question | null {
  const text = blockText(b);
  // a label opens the box (`start`) or ends it (`after`): tested by its first character at the
  // places it can begin, and by the box's last characters, not by a scan of every label's
  // characters through the whole box
  const starts = labelStarts(text, /\s/);
  const tail = glyphTail(text, LONGEST_END);
  for (const { q, head, start, after, end } of QUESTION_PATTERNS) {
    const atEnd = tail.endsWith(end);
    if (!atEnd && !starts.some((at) => text.startsWith(head, at))) continue;
    const m = start.exec(text) ?? (atEnd ? after.exec(text) : null);
    if (!m) continue;
    // a section heading 「９．従業者に対する教育・啓発」 is not the question
    if (/^\s*\d{1,2}\s*\./.test(text)) return null;
    const words = answerWords(b, ALL_ANSWERS, [q.label]).filter((w) => scaleOfAnswer(w) === q.scale);
    return { label: q.label, scale: q.scale, risk: q.risk, block: b, inline: words.length === 1 ? words[0]! : null };
  }
  return null;
}

/** labels that share a box with an answer: 「[ 十分である リスクへの対策は十分か」 */
const RISK_LABELS = QUESTIONS.map((q) => q.label);
export const RISK = /^リスク(\d{1,2})?[:：](.+)$/;

/** A graded question with the box it was read from; no rating when its stage is 「…しない」. */
export interface PlacedQuestion {
  question: string;
  stage: string | null;
  page: Page;
  block: Block;
  rating: RatingFacts | null;
  /** the risk heading a 「リスクへの対策は十分か」 answers, where the file's order ties them */
  risk?: PlacedRisk;
}

export type PlacedRating = PlacedQuestion & { rating: RatingFacts };

/** A risk heading (「リスク２：権限のない者…」) and the stage it was read in. */
export interface PlacedRisk {
  page: Page;
  block: Block;
  no: number | null;
  /** null: the full form's 委託 lists its risks instead of naming one */
  name: string | null;
  stage: Stage | null;
}

/** The full form's 委託 names its risks as a list of lines, each ending 「…リスク」. */
export const isRiskList = (b: Block) => b.lines.length >= 2 && b.lines.every((l) => /リスク\s*$/.test(l));

export interface GradedAnswers {
  ratings: PlacedRating[];
  /** questions of a stage whose 「…しない」 box is ticked: printed, with their boxes, but left empty */
  unrated: PlacedQuestion[];
  risks: PlacedRisk[];
}

/**
 * Ⅲ's graded answers, page by page. Each page holds some questions (「リスクへの対策は十分か」
 * once per risk, and the stage's own questions) and, apart from them, the answers. Answers are
 * matched to questions of their own scale; identical answers, or a single one, decide.
 */
export function readGradedAnswers(pages: Page[], section: 'Ⅲ' | 'Ⅳ', fileNo: (p: Page) => number | null): GradedAnswers {
  const out: GradedAnswers = { ratings: [], unrated: [], risks: [] };
  let lastStage: Stage | null = null;
  let lastRisk: { stage: Stage | null; name: string } | null = null;
  for (const page of pages) {
    const stages = page.blocks.map((b) => ({ b, s: stageHeading(b) })).filter((x) => x.s !== null);
    const risks = page.blocks
      .map((b) => ({ b, m: RISK.exec(b.flat) }))
      .filter((r) => r.m)
      .map((r) => ({ block: r.b, no: r.m![1] ? Number(r.m![1]) : null, name: cleanValue(blockText(r.b).normalize('NFKC').replace(/^\s*リスク\s*\d*\s*[:：]\s*/, '')).replace(/\n/g, ''), stage: null as Stage | null }));
    const pageStages = stages.map((x) => x.s!.stage);
    // a risk belongs to the page's one stage, or to the stage continued from the page before;
    // with several stages on the page, to the one its name belongs to, else the heading before it
    for (const r of risks) {
      const standard = stagesOfRisk(r.name);
      const onPage = standard.filter((x) => pageStages.includes(x));
      const before = stages.filter((x) => x.b.index < r.block.index).pop()?.s!.stage;
      if (onPage.length === 1) r.stage = onPage[0]!;
      // a standard risk of another stage than the page's: continued from the page before
      else if (standard.length && lastStage && standard.includes(lastStage)) r.stage = lastStage;
      else if (standard.length === 1) r.stage = standard[0]!;
      else r.stage = pageStages.length === 1 ? pageStages[0]! : (before ?? lastStage ?? pageStages[0] ?? null);
    }
    out.risks.push(...risks.map((r) => ({ page, block: r.block, no: r.no, name: r.name, stage: r.stage })));
    for (const b of page.blocks.filter(isRiskList)) out.risks.push({ page, block: b, no: null, name: null, stage: /委託/.test(b.flat) ? '委託' : (pageStages[0] ?? lastStage) });
    const declined = declinedStages(page);
    const all = page.blocks.map(questionIn).filter((q): q is Question => q !== null);
    const context = new Map(all.map((q) => [q, contextOf(q, risks, all, pageStages, lastStage, lastRisk)]));
    const questions = all.filter((q) => !declined.has(context.get(q)!.stage as Stage));
    for (const q of all.filter((x) => !questions.includes(x))) out.unrated.push({ question: q.label, stage: context.get(q)!.stage, page, block: q.block, rating: null });
    const used = new Set(questions.map((q) => q.block));
    const answers = page.blocks
      .filter((b) => !used.has(b))
      .flatMap((b) => answerWords(b, ALL_ANSWERS, RISK_LABELS).map((w) => ({ word: w, block: b })));
    // each risk has one 「リスクへの対策は十分か」: when a page's counts differ, a row ran over
    // the page break and which risk an answer is for is a guess
    const sufficiency = questions.filter((q) => q.label === 'リスクへの対策は十分か').length;
    // pairing by order holds when the page's risks are all of the stages it heads (a risk
    // continued from the page before may own a question on the next one)
    const risksMatched =
      sufficiency === risks.filter((r) => !declined.has(r.stage as Stage)).length && risks.every((r) => pageStages.length === 0 || pageStages.includes(r.stage as Stage));
    for (const scale of new Set(questions.map((q) => q.scale))) {
      const qs = questions.filter((q) => q.scale === scale);
      const pool = answers.filter((a) => scaleOfAnswer(a.word) === scale);
      const open = qs.filter((q) => !q.inline);
      const distinct = [...new Set(pool.map((a) => a.word))];
      const decided = open.length > 0 && pool.length === open.length && (open.length === 1 || distinct.length === 1);
      let i = 0;
      for (const q of qs) {
        const stageRisk = context.get(q)!;
        let answer = q.inline ? fact(q.inline, q.block.span) : null;
        if (!answer && pool[i]) {
          const a = pool[i++]!;
          answer = fact(a.word, joinSpans([a.block.span, q.block.span])!, decided, decided ? undefined : reason('answersByOrder', { answers: distinct, questions: open.length }));
        }
        if (answer && answer.certain !== false && q.label === 'リスクへの対策は十分か' && !risksMatched && (risks.length > 0 || sufficiency > 1))
          answer = { ...answer, certain: false, reason: reason('riskNotTied', { answers: sufficiency, risks: risks.length }) };
        const rating: RatingFacts = {
          fileNo: fileNo(page),
          section,
          stage: stageRisk.stage,
          risk: stageRisk.risk,
          question: q.label,
          answer,
          options: [...SCALES[scale]].filter((o) => scale !== 'doing' || o !== '再委託していない' || /再委託先/.test(q.label)),
          measure: null,
          span: q.block.span,
        };
        out.ratings.push({ question: q.label, stage: rating.stage, rating, page, block: q.block });
      }
    }
    if (pageStages.length) lastStage = pageStages[pageStages.length - 1]!;
    if (risks.length) lastRisk = { stage: risks[risks.length - 1]!.stage, name: risks[risks.length - 1]!.name };
  }
  return out;
}

/**
 * A stage whose 「…しない」 box is ticked (「５．特定個人情報の提供・移転 … [ ○」 then
 * 「] 提供・移転しない」) has nothing to rate: its questions are printed but not answered.
 */
function declinedStages(page: Page): Set<Stage> {
  const out = new Set<Stage>();
  for (const b of page.blocks) {
    const s = stageOfFlat(firstLineFlat(b));
    const text = blockText(b);
    if (s && /\[\s*[○〇]\s*$/.test(text)) out.add(s.stage);
    if (s && /\[\s*[○〇]\s*\]\s*(委託しない|提供・移転しない)/.test(text)) out.add(s.stage);
  }
  return out;
}

const NO_RISKS: Stage[] = ['監査', '教育・啓発', 'その他'];

const QUESTION_STAGE: [RegExp, Stage][] = [
  [/ユーザ認証|アクセス権限|使用の記録/, '使用'],
  [/委託契約書|再委託先|情報保護管理体制|閲覧者・更新者|取扱いの記録|提供ルール|消去ルール/, '委託'],
  [/提供・移転/, '提供・移転'],
  [/事故|重大事故|物理的対策|技術的対策|バックアップ|安全管理|NISC|死者|消去手順/, '保管・消去'],
  [/^(自己点検|監査)$/, '監査'],
  [/従業者に対する教育/, '教育・啓発'],
];

/**
 * The stage and risk a question belongs to. A 「リスクへの対策は十分か」 goes with one risk of
 * the page — the k-th such question with the k-th risk; other questions name their stage.
 */
function contextOf(q: Question, risks: { block: Block; name: string; stage: Stage | null }[], questions: Question[], pageStages: Stage[], lastStage: Stage | null, lastRisk: { stage: Stage | null; name: string } | null) {
  if (q.label === 'リスクへの対策は十分か') {
    const k = questions.filter((x) => x.label === q.label).indexOf(q);
    const r = risks[k];
    if (r) return { stage: r.stage, risk: r.name, measure: null };
    // a risk stage's row continued from the page before (監査, 教育 and その他 have none)
    const riskStages = pageStages.filter((s) => !NO_RISKS.includes(s));
    const stage = riskStages[0] ?? lastStage;
    return { stage, risk: !riskStages.length && lastRisk?.stage === stage ? lastRisk.name : null, measure: null };
  }
  const stage = QUESTION_STAGE.find(([re]) => re.test(q.label))?.[1] ?? pageStages[0] ?? lastStage;
  // a question names its risk by the form's standard; without one, the stage's only risk here
  const sameStage = risks.filter((r) => r.stage === stage);
  const risk = q.risk ? (sameStage.find((r) => q.risk!.test(r.name))?.name ?? null) : sameStage.length === 1 ? sameStage[0]!.name : null;
  return { stage, risk, measure: null };
}
