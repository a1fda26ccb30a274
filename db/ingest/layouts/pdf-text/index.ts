import type { DocumentFacts } from '../../facts';
import { FactsBuilder } from '../../facts-builder';
import { partOfHeading, PART_LABEL } from '../../form/parts';
import type { SourceText } from '../../source-text';
import { readBasic } from './basic';
import { readContracts } from './contracts';
import { isFileOverview, readFileOverview } from './file-overview';
import { readChangeTable } from './change-table';
import { connectionsFromChanges } from './connections-from-changes';
import { readHeader } from './header';
import { readProcedures } from './procedures';
import { readProvisions } from './provisions';
import { readAudits, readRatings } from './ratings/index';
import { readPages, type Page } from './pages';
import { finishBasicForm } from '../basic-form-finish';
import { readBasicRisk } from './basic-risk';
import { readRelated } from './related';
import { readThreshold } from './threshold';

export interface PdfTextOptions {
  /** the extraction lost the boxes and the normalization stage rebuilt them (extraction/cell-breaks.ts) */
  cellsRebuilt?: boolean;
}

/**
 * Text extracted from the PDF: boxes in scrambled reading order, values apart from their
 * labels, option lists between answers. Read by the form's structure, page by page; where
 * the text does not decide a value, the fact is kept as uncertain with the reason.
 */
export function parsePdfText(source: SourceText, options: PdfTextOptions = {}): DocumentFacts {
  const b = new FactsBuilder();
  const pages = readPages(source);
  const parts = markParts(pages, b);
  readHeader(pages, b.facts);
  readBasic(pages.filter((p) => parts.get(p) === 'basic'), b);
  const filePages = pages.filter((p) => parts.get(p) === 'file');
  const fileNo = fileNumbering(filePages);
  filePages.filter(isFileOverview).forEach((p) => readFileOverview(p, fileNo(p), b));
  const changePages = pages.filter((p) => parts.get(p) === 'changes');
  readContracts(filePages, b, fileNo, changePages);
  readProvisions(filePages, b, fileNo, changePages);
  const riskPages = pages.filter((p) => parts.get(p) === 'risk');
  readRatings(riskPages, b.facts, 'Ⅲ', riskFileNumbering(riskPages, b.facts.files.length));
  readRatings(pages.filter((p) => parts.get(p) === 'other' && p.blocks.some((x) => /その他のリスク対策/.test(x.flat))), b.facts, 'Ⅳ', () => null);
  readAudits(riskPages.concat(pages.filter((p) => parts.get(p) === 'other')), b.facts);
  readProcedures(pages.filter((p) => parts.get(p) === 'other'), b.facts);
  readChangeTable(changePages, b.facts, options.cellsRebuilt ?? false);
  connectionsFromChanges(b.facts, changePages);
  // the 基礎項目評価書's own parts
  readRelated(partPages(pages, parts, ['related', 'threshold']), b);
  readThreshold(partPages(pages, parts, ['related', 'threshold', 'basicRisk']), b);
  readBasicRisk(partPages(pages, parts, ['basicRisk'], true), b);
  finishBasicForm(b, source);
  return b.done();
}

type Part = 'cover' | 'basic' | 'file' | 'risk' | 'other' | 'changes' | 'related' | 'threshold' | 'basicRisk';

/**
 * Which part each page belongs to: the part whose heading it holds, else the part of the page
 * before (the 項目一覧 table of contents, which names every part, excepted).
 */
function markParts(pages: Page[], b: FactsBuilder): Map<Page, Part> {
  const parts = new Map<Page, Part>();
  let current: Part = 'cover';
  for (const page of pages) {
    if (page.blocks.some((x) => x.flat === '項目一覧')) {
      parts.set(page, 'cover');
      continue;
    }
    if (page.blocks.some((x) => /評価書番号|評価書名/.test(x.flat))) b.part('表紙');
    const found = page.blocks.map((x) => partOfHeading(x.lines[0]!)).filter((p) => p !== null);
    for (const p of found) b.part(PART_LABEL[p]);
    const isChanges = page.blocks.some((x) => /変更前の記載|提出時期に係る説明/.test(x.flat));
    // the change table is the last annex: its items quote other parts' headings
    if (isChanges || current === 'changes') {
      b.part('別添:変更箇所');
      current = 'changes';
    } else if (found.includes('risk') || found.includes('otherRisk')) current = found.includes('risk') ? 'risk' : 'other';
    else if (found.includes('basicRisk')) current = 'basicRisk';
    else if (found.includes('thresholdItems') || found.includes('thresholdResult')) current = 'threshold';
    else if (found.includes('related')) current = 'related';
    else if (found.includes('file')) current = 'file';
    else if (found.includes('basic')) current = 'basic';
    else if (found.some((p) => p === 'disclosure' || p === 'procedure' || p === 'annexItems' || p === 'annexAffair')) current = 'other';
    parts.set(page, current);
  }
  return parts;
}

/**
 * The pages of some parts; with `andNext`, also the page after them when it is not the change
 * table: a page is marked by the last part it opens, and the short 基礎項目評価書 often ends one
 * part and opens the next on one page (Ⅳ's last items above Ⅴ 開示請求、問合せ).
 */
function partPages(pages: Page[], parts: Map<Page, Part>, wanted: Part[], andNext = false): Page[] {
  const own = pages.filter((p) => wanted.includes(parts.get(p)!));
  const after = own.length ? pages[pages.indexOf(own[own.length - 1]!) + 1] : undefined;
  return andNext && after && parts.get(after) !== 'changes' ? [...own, after] : own;
}

/** Ⅲ repeats once per file in a full assessment, each opening with 「１．特定個人情報ファイル名」. */
function riskFileNumbering(riskPages: Page[], files: number): (page: Page) => number | null {
  if (files < 2) return () => null;
  const starts = riskPages.filter((p) => p.blocks.some((x) => /^1\.?特定個人情報ファイル名$/.test(x.flat)));
  return (page) => Math.max(1, starts.filter((s) => s.no <= page.no).length);
}

/** A full assessment describes several files; a page belongs to the last file opened before it. */
function fileNumbering(filePages: Page[]): (page: Page) => number {
  const starts = filePages.filter(isFileOverview);
  return (page) => Math.max(1, starts.filter((s) => s.no <= page.no).length);
}
