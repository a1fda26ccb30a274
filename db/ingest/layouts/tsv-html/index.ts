import { fact, type DocumentFacts } from '../../facts';
import { FactsBuilder } from '../../facts-builder';
import { groupOf, isGroupRange, labelKey, riskOf, type GroupKind } from '../../form/labels';
import { PART_LABEL, partOfHeading, stageOfHeading, stageOfOtherRiskRow, stageOfRisk, type PartName } from '../../form/parts';
import { compact } from '../../normalize/text';
import type { SourceText } from '../../source-text';
import { finishBasicForm, formVersionIn } from '../basic-form-finish';
import { BasicFormRows } from './basic-form';
import { parseChangeRow } from './change-rows';
import { filled, readRows, type Row } from './rows';
import { handleRisk, startRisk } from './risk-rows';
import { flushPending, handleBasic, handleFile, handleHeader, handleProcedure, type Context } from './sections';

/**
 * The tab-separated export of the form: table rows as tab-separated cells with HTML
 * fragments, headings and prose as plain lines. Labels sit beside their values, so what is
 * read here is certain; parts the export lost are simply absent.
 */
export function parseTsvHtml(source: SourceText): DocumentFacts {
  const b = new FactsBuilder();
  const ctx: Context = { b, part: 'header', section: null, stage: null, group: null, risk: null, fileNo: 1, pending: null, afterHeading: null };
  const basicForm = new BasicFormRows(b);
  let inToc = false;
  for (const row of readRows(source)) {
    const first = filled(row)[0] ?? '';
    const key = compact(first);
    if (key === '項目一覧') {
      inToc = true;
      continue;
    }
    const part = row.plain || filled(row).length === 1 ? partOfHeading(first) : null;
    if (inToc) {
      if (part) continue;
      inToc = false;
    }
    if (part) {
      enterPart(ctx, part);
      continue;
    }
    if (ctx.part === 'annexChanges') {
      const change = parseChangeRow(source.lines[row.line]!, row.span);
      if (change) b.facts.changes.push(change);
      continue;
    }
    // an annex runs until the next heading; a risk or slot heading means the document lost
    // the heading of the part that follows (Koganei's text jumps from 別添1 into Ⅲ)
    const annex = ctx.part === 'annexItems' || ctx.part === 'annexAffair';
    if (annex && !riskOf(first) && !groupOf(first)) continue;
    if (structural(ctx, row, first)) continue;
    if (basicForm.reads(ctx.part)) basicForm.row(ctx, row);
    else dispatch(ctx, row);
  }
  flushPending(ctx);
  const version = b.facts.header.formVersion ? null : formVersionIn(source);
  if (version) b.facts.header.formVersion = fact(version.value, source.spanOfLines(version.line));
  return finishBasicForm(b.done(), source);
}

function enterPart(ctx: Context, part: PartName) {
  flushPending(ctx);
  ctx.part = part;
  ctx.section = ctx.stage = null;
  ctx.group = ctx.risk = ctx.pending = ctx.afterHeading = null;
  ctx.b.part(PART_LABEL[part]);
}

/** The part a slot or a risk heading implies when the document lost the part's own heading. */
const PART_OF_GROUP: Record<GroupKind, PartName> = { システム: 'basic', 委託事項: 'file', 提供先: 'file', 移転先: 'file' };

/** Headings that change the context: numbered sections, slots (システムN…), risks. */
function structural(ctx: Context, row: Row, first: string): boolean {
  if (isGroupRange(first)) return true;
  const group = groupOf(first);
  if (group) {
    const part = PART_OF_GROUP[group.kind];
    if (ctx.part !== part) enterPart(ctx, part);
    ctx.group = { kind: group.kind, no: group.no, span: row.span, titled: group.kind === 'システム' };
    const value = filled(row).slice(1).join(' ') || group.rest;
    if (value && (group.kind === '提供先' || group.kind === '移転先')) {
      const p = ctx.b.provision(ctx.fileNo, group.kind === '提供先' ? '提供' : '移転', group.no, row.span);
      p.recipient = fact(value, row.span);
      ctx.group.titled = true;
    }
    return true;
  }
  const risk = riskOf(first);
  if (risk) {
    if (ctx.part !== 'risk' && ctx.part !== 'otherRisk') enterPart(ctx, 'risk');
    ctx.risk = risk.name;
    ctx.stage ??= stageOfRisk(risk.name);
    ctx.group = null;
    startRisk(ctx);
    return true;
  }
  const stage = ctx.part === 'risk' || ctx.part === 'otherRisk' ? stageOfHeading(first) : null;
  if (stage) {
    ctx.section = { no: stage.no, key: compact(first) };
    ctx.stage = stage.stage;
    ctx.risk = null;
    ctx.group = null;
    startRisk(ctx);
    return !ratingInRow(row);
  }
  const numbered = /^(\d{1,2})\.\s*(\S.*)$/.exec(compact(first).replace(/^(\d{1,2})\./, '$1. '));
  if (numbered && ctx.part !== 'risk' && ctx.part !== 'header' && isSectionHeading(row)) {
    ctx.section = { no: Number(numbered[1]), key: labelKey(numbered[2]!) };
    ctx.group = null;
    ctx.afterHeading = ctx.section.key;
    return true;
  }
  const otherStage = stageOfOtherRiskRow(first);
  if (otherStage && ctx.stage === null) ctx.stage = otherStage;
  return false;
}

const ratingInRow = (row: Row) => row.cells.some((c) => /[<＜]選択肢[>＞]/.test(c));

/** A numbered heading stands alone on its row: no value cell (prose 「1. …」 is a whole line). */
function isSectionHeading(row: Row): boolean {
  const cells = filled(row);
  return cells.length === 1 && cells[0]!.length <= 60 && !/[。]$/.test(cells[0]!);
}

function dispatch(ctx: Context, row: Row) {
  switch (ctx.part) {
    case 'header':
      return handleHeader(ctx, row);
    case 'basic':
      return handleBasic(ctx, row);
    case 'file':
      return handleFile(ctx, row);
    case 'risk':
    case 'otherRisk':
      return handleRisk(ctx, row);
    case 'procedure':
      return handleProcedure(ctx, row);
    default:
      return;
  }
}

