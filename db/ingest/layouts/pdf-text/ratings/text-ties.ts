import { reason, type Reason } from '../../../../form/reasons';
import { fact, type Maybe } from '../../../facts';
import { RISK_MEASURE, textsOfQuestion } from '../../../form/measure-labels';
import { joinSpans } from '../../../source-text';
import type { Block, Page } from '../pages';
import { questionIn } from './graded-answers';
import { runText, type Box, type LabelBox, type TextBox } from './boxes';
import type { Width } from './column-width';

/** A text label of a page and the text the page ties to it. */
export interface TiedLabel {
  page: Page;
  box: LabelBox;
  /** the box's text; null while (or when) it is not told apart */
  text: Maybe;
  /** taken by the text right after its risk's heading (a lead), so owned by that risk */
  lead?: boolean;
}

/** The text printed right after a risk's heading: that risk's 「リスクに対する措置の内容」. */
export interface RiskLead {
  page: Page;
  risk: Block;
  text: Maybe;
}

interface PageState {
  page: Page;
  boxes: Box[];
  labels: TiedLabel[];
  used: Set<Block>;
  /** leftover runs of text no label took, in page order */
  leftovers: { blocks: Block[]; width: Width; leading: boolean }[];
}

const textOf = (blocks: Block[], certain = true, why?: Reason): Maybe => fact(runText(blocks), joinSpans(blocks.map((b) => b.span))!, certain, why);
const expected = (l: LabelBox): Width => (l.labelKind === 'wide' ? 'wide' : 'narrow');
const fits = (w: Width, want: Width) => w === want || w === 'short';

/**
 * The run of text boxes from box i on that fits a box of the wanted width. A box of short lines
 * goes with the box after it (「＜横浜市における措置＞」 opens the text that follows); a box
 * holding only such a heading is never a whole text.
 */
function runFrom(s: PageState, i: number, want: Width): Block[] {
  const free: TextBox[] = [];
  for (let j = i; j < s.boxes.length; j++) {
    const x = s.boxes[j]!;
    if (x.kind !== 'text' || s.used.has(x.block)) break;
    free.push(x);
  }
  const widths = settle(free.map((x) => x.width));
  const end = widths.findIndex((w) => !fits(w, want));
  const run = free.slice(0, end < 0 ? free.length : end);
  return run.every((x) => x.fragment) ? [] : run.map((x) => x.block);
}

/** Short boxes take the width of the next box that has one (or, at the end, of the one before). */
function settle(widths: Width[]): Width[] {
  return widths.map((w, i) => (w !== 'short' ? w : (widths.slice(i + 1).find((x) => x !== 'short') ?? widths.slice(0, i).reverse().find((x) => x !== 'short') ?? 'short')));
}

/**
 * Ties each text label of the section's pages to its text, by the form's structure, strongest
 * evidence first: the text in the label's own box; the text boxes right after the label; the
 * text right after a risk's heading (its 「リスクに対する措置の内容」); then, uncertain: the text
 * right before a question that prints one box; a text opening the next page, for the one label
 * left without text on the page before; what is left on the page, by width and order. A label
 * left without text stays unread: an empty box and a text printed out of reach look the same.
 */
export function tieTexts(pages: Page[], boxesOf: (p: Page) => Box[], simpleRisk: (risk: Block) => boolean) {
  const leads: RiskLead[] = [];
  const states = pages.map((page): PageState => {
    const boxes = boxesOf(page);
    const labels = boxes.filter((x): x is LabelBox => x.kind === 'label').map((box) => ({ page, box, text: box.inline === null ? null : fact(box.inline, box.block.span) }));
    return { page, boxes, labels, used: new Set(), leftovers: [] };
  });
  for (const s of states) {
    byAdjacency(s);
    leads.push(...byRiskHeading(s, simpleRisk));
    besideQuestion(s);
    s.leftovers = leftoverRuns(s);
  }
  states.forEach((s, i) => continuedOnNextPage(s, states[i + 1]));
  states.forEach(byLeftovers);
  return { labels: states.flatMap((s) => s.labels), leads };
}

function byAdjacency(s: PageState) {
  for (const l of s.labels) {
    if (l.text) continue;
    const run = runFrom(s, l.box.block.index + 1, expected(l.box));
    if (!run.length) continue;
    run.forEach((b) => s.used.add(b));
    l.text = textOf(run);
  }
}

function byRiskHeading(s: PageState, simpleRisk: (risk: Block) => boolean): RiskLead[] {
  const leads: RiskLead[] = [];
  for (const x of s.boxes) {
    if (x.kind !== 'risk' || !simpleRisk(x.block)) continue;
    const run = runFrom(s, x.block.index + 1, 'narrow');
    if (!run.length) continue;
    run.forEach((b) => s.used.add(b));
    const text = textOf(run);
    leads.push({ page: s.page, risk: x.block, text });
    // the page's 「リスクに対する措置の内容」 without a text of its own is this one's label
    const label = s.labels.find((l) => !l.text && l.box.label === RISK_MEASURE);
    if (label) Object.assign(label, { text, lead: true });
  }
  return leads;
}

function besideQuestion(s: PageState) {
  for (const x of s.boxes) {
    if (x.kind !== 'question') continue;
    const own = textsOfQuestion(questionIn(x.block)?.label ?? '');
    if (own.length !== 1) continue;
    const open = s.labels.filter((l) => !l.text && l.box.label === own[0]);
    if (open.length !== 1) continue;
    let i = x.block.index - 1;
    while (i >= 0 && s.boxes[i]!.kind === 'text' && !s.used.has(s.boxes[i]!.block) && fits((s.boxes[i] as TextBox).width, 'narrow')) i--;
    const run = s.boxes.slice(i + 1, x.block.index).map((b) => b.block);
    if (!run.length || run.every((b) => (s.boxes[b.index] as TextBox).fragment)) continue;
    run.forEach((b) => s.used.add(b));
    open[0]!.text = textOf(run, false, reason('measureBesideQuestion', { label: own[0]! }));
  }
}

/**
 * Runs of text no label took, split where the width changes (a short box goes with the box
 * after it: 「＜北九州市における措置＞」 opens the text that follows).
 */
function leftoverRuns(s: PageState): PageState['leftovers'] {
  const firstStructure = s.boxes.findIndex((x) => x.kind === 'label' || x.kind === 'risk' || x.kind === 'question');
  const runs: PageState['leftovers'] = [];
  let current: { blocks: Block[]; widths: Width[] } | null = null;
  const close = () => {
    if (current && !current.blocks.every((b) => (s.boxes[b.index] as TextBox).fragment)) runs.push(...splitByWidth(current.blocks, current.widths, firstStructure));
    current = null;
  };
  for (const x of s.boxes) {
    if (x.kind !== 'text' || s.used.has(x.block)) {
      close();
      continue;
    }
    current ??= { blocks: [], widths: [] };
    current.blocks.push(x.block);
    current.widths.push(x.width);
  }
  close();
  return runs;
}

function splitByWidth(blocks: Block[], widths: Width[], firstStructure: number): PageState['leftovers'] {
  const resolved = settle(widths);
  const out: PageState['leftovers'] = [];
  blocks.forEach((b, i) => {
    const last = out[out.length - 1];
    if (last && last.width === resolved[i]) last.blocks.push(b);
    else out.push({ blocks: [b], width: resolved[i]!, leading: firstStructure < 0 || b.index < firstStructure });
  });
  return out;
}

/** Open labels and leftover runs of one width, equal in number: paired in page order. */
function byLeftovers(s: PageState) {
  const open = (want: Width) => s.labels.filter((l) => !l.text && expected(l.box) === want);
  const runs = (w: Width) => s.leftovers.filter((r) => r.width === w);
  const shorts = runs('short');
  const assign = (want: Width, extra: typeof shorts) => {
    const labels = open(want);
    const texts = [...runs(want), ...extra].sort((a, b) => a.blocks[0]!.index - b.blocks[0]!.index);
    if (!labels.length || labels.length !== texts.length) return;
    labels.forEach((l, i) => {
      const why = labels.length === 1 ? reason('measureLeftover', { label: l.box.label }) : reason('measuresByOrder', { labels: labels.length, texts: texts.length });
      l.text = textOf(texts[i]!.blocks, false, why);
    });
    s.leftovers = s.leftovers.filter((r) => !texts.includes(r));
  };
  // a run of short lines fits either width: it goes where it is the only candidate
  assign('narrow', open('wide').length ? [] : shorts);
  assign('wide', open('narrow').length ? [] : s.leftovers.filter((r) => r.width === 'short'));
}

/** A row that runs over a page break: its text opens the next page, before any label there. */
function continuedOnNextPage(s: PageState, next: PageState | undefined) {
  const lead = next?.leftovers[0];
  if (!next || !lead?.leading) return;
  const open = s.labels.filter((l) => !l.text && fits(lead.width, expected(l.box)));
  if (open.length !== 1) return;
  open[0]!.text = textOf(lead.blocks, false, reason('measureFromPageBefore', { label: open[0]!.box.label }));
  next.leftovers = next.leftovers.slice(1);
}
