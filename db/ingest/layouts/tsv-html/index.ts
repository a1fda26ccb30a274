import { fact, type DocumentFacts, type RatingFacts } from '../../facts';
import { groupOf, isGroupRange, labelKey, riskOf, type GroupKind } from '../../form/labels';
import { PART_LABEL, partOfHeading, stageOfHeading, stageOfOtherRiskRow, stageOfRisk, type PartName } from '../../form/parts';
import { compact } from '../../normalize/text';
import type { SourceText } from '../../source-text';
import { finishBasicForm, formVersionIn } from '../basic-form-finish';
import { composeFacts, type FileMention, type FoundFacts } from '../compose-facts';
import { readBasicRow } from './basic-rows';
import { BasicFormRows } from './basic-form';
import { parseChangeRow } from './change-rows';
import type { Context } from './context';
import { readFileRow } from './file-rows';
import { readHeaderRows } from './header-rows';
import { mergeProcedureRows, readProcedureRow } from './procedure-rows';
import { RiskRows } from './risk-rows';
import { filled, readRows, type Row } from './rows';

/**
 * The tab-separated export of the form: table rows as tab-separated cells with HTML
 * fragments, headings and prose as plain lines. Labels sit beside their values, so what is
 * read here is certain; parts the export lost are simply absent. The rows are walked in order,
 * each handed to the reader of the part it stands in, which returns what the row says.
 */
export function parseTsvHtml(source: SourceText): DocumentFacts {
  const walk = new RowWalk(source);
  const found = readRows(source).flatMap((row) => walk.row(row));
  const facts = composeFacts([...found, ...walk.end()]);
  const version = facts.header.formVersion ? null : formVersionIn(source);
  const header = version ? { ...facts.header, formVersion: fact(version.value, source.spanOfLines(version.line)) } : facts.header;
  return finishBasicForm({ ...facts, header, procedures: mergeProcedureRows(facts.procedures) }, source);
}

/** The part a slot or a risk heading implies when the document lost the part's own heading. */
const PART_OF_GROUP: Record<GroupKind, PartName> = { システム: 'basic', 委託事項: 'file', 提供先: 'file', 移転先: 'file' };

class RowWalk {
  private readonly ctx: Context = { part: 'header', section: null, stage: null, group: null, risk: null, fileNo: 1, files: new Map(), afterHeading: null };
  private readonly risk = new RiskRows();
  private readonly basicForm = new BasicFormRows();
  /** the cover's rows, read once its part ends */
  private header: Row[] | null = [];
  private inToc = false;

  constructor(private readonly source: SourceText) {}

  row(row: Row): FoundFacts[] {
    const found = this.step(row);
    for (const f of found) noteFiles(this.ctx.files, f.files);
    return found;
  }

  end(): FoundFacts[] {
    // both readers' ratings in the order of their rows, as a document that had both printed them
    const ratings: RatingFacts[] = [...this.risk.ratings, ...this.basicForm.ratings].sort((a, b) => a.span.from - b.span.from);
    return [...this.endHeader(), { ratings }];
  }

  private step(row: Row): FoundFacts[] {
    const ctx = this.ctx;
    const first = filled(row)[0] ?? '';
    if (compact(first) === '項目一覧') {
      this.inToc = true;
      return [];
    }
    const part = row.plain || filled(row).length === 1 ? partOfHeading(first) : null;
    if (this.inToc) {
      if (part) return [];
      this.inToc = false;
    }
    if (part) return this.enterPart(part);
    if (ctx.part === 'annexChanges') {
      const change = parseChangeRow(this.source.lines[row.line]!, row.span);
      return change ? [{ changes: [change] }] : [];
    }
    // an annex runs until the next heading; a risk or slot heading means the document lost
    // the heading of the part that follows (Koganei's text jumps from 別添1 into Ⅲ)
    const annex = ctx.part === 'annexItems' || ctx.part === 'annexAffair';
    if (annex && !riskOf(first) && !groupOf(first)) return [];
    const structural = this.structural(row, first);
    if (structural) return structural;
    const found = this.read(row);
    return found ? [found] : [];
  }

  private read(row: Row): FoundFacts | null {
    const ctx = this.ctx;
    if (this.basicForm.reads(ctx.part)) return this.basicForm.row(ctx, row);
    switch (ctx.part) {
      case 'header':
        this.header?.push(row);
        return null;
      case 'basic':
        return readBasicRow(ctx, row);
      case 'file':
        return readFileRow(ctx, row);
      case 'risk':
      case 'otherRisk':
        return this.risk.row(ctx, row);
      case 'procedure':
        return readProcedureRow(ctx, row);
      default:
        return null;
    }
  }

  private endHeader(): FoundFacts[] {
    const rows = this.header;
    this.header = null;
    return rows ? [readHeaderRows(rows)] : [];
  }

  private enterPart(part: PartName): FoundFacts[] {
    const ctx = this.ctx;
    const header = this.endHeader();
    ctx.part = part;
    ctx.section = ctx.stage = null;
    ctx.group = ctx.risk = ctx.afterHeading = null;
    return [...header, { parts: [PART_LABEL[part]] }];
  }

  /**
   * Headings that change the context — numbered sections, slots (システムN…), risks: what the
   * heading row says (null: the row is no heading, or holds a rating besides, and is read too).
   */
  private structural(row: Row, first: string): FoundFacts[] | null {
    const ctx = this.ctx;
    if (isGroupRange(first)) return [];
    const group = groupOf(first);
    if (group) {
      const part = PART_OF_GROUP[group.kind];
      const found = ctx.part !== part ? this.enterPart(part) : [];
      ctx.group = { kind: group.kind, no: group.no, span: row.span, titled: group.kind === 'システム' };
      const value = filled(row).slice(1).join(' ') || group.rest;
      if (value && (group.kind === '提供先' || group.kind === '移転先')) {
        const direction = group.kind === '提供先' ? '提供' : '移転';
        found.push({ provisions: [{ fileNo: ctx.fileNo, direction, no: group.no, span: row.span, recipient: fact(value, row.span) }] });
        ctx.group.titled = true;
      }
      return found;
    }
    const risk = riskOf(first);
    if (risk) {
      const found = ctx.part !== 'risk' && ctx.part !== 'otherRisk' ? this.enterPart('risk') : [];
      ctx.risk = risk.name;
      ctx.stage ??= stageOfRisk(risk.name);
      ctx.group = null;
      this.risk.start();
      return found;
    }
    const stage = ctx.part === 'risk' || ctx.part === 'otherRisk' ? stageOfHeading(first) : null;
    if (stage) {
      ctx.section = { no: stage.no, key: compact(first) };
      ctx.stage = stage.stage;
      ctx.risk = null;
      ctx.group = null;
      this.risk.start();
      return ratingInRow(row) ? null : [];
    }
    const numbered = /^(\d{1,2})\.\s*(\S.*)$/.exec(compact(first).replace(/^(\d{1,2})\./, '$1. '));
    if (numbered && ctx.part !== 'risk' && ctx.part !== 'header' && isSectionHeading(row)) {
      ctx.section = { no: Number(numbered[1]), key: labelKey(numbered[2]!) };
      ctx.group = null;
      ctx.afterHeading = ctx.section.key;
      return [];
    }
    const otherStage = stageOfOtherRiskRow(first);
    if (otherStage && ctx.stage === null) ctx.stage = otherStage;
    return null;
  }
}

/** The files a row mentions, noted for the readers of the rows after it. */
function noteFiles(files: Context['files'], mentions: FileMention[] = []) {
  for (const f of mentions) {
    if (f.name) files.set(f.no, f.name.value);
    else if (!files.has(f.no)) files.set(f.no, null);
  }
}

const ratingInRow = (row: Row) => row.cells.some((c) => /[<＜]選択肢[>＞]/.test(c));

/** A numbered heading stands alone on its row: no value cell (prose 「1. …」 is a whole line). */
function isSectionHeading(row: Row): boolean {
  const cells = filled(row);
  return cells.length === 1 && cells[0]!.length <= 60 && !/[。]$/.test(cells[0]!);
}
