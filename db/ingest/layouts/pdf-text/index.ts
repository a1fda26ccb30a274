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

/**
 * Text extracted from the PDF: boxes in scrambled reading order, values apart from their
 * labels, option lists between answers. Read by the form's structure, page by page; where
 * the text does not decide a value, the fact is kept as uncertain with the reason.
 */
export function parsePdfText(source: SourceText): DocumentFacts {
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
  readChangeTable(changePages, b.facts);
  connectionsFromChanges(b.facts, changePages);
  return b.done();
}

type Part = 'cover' | 'basic' | 'file' | 'risk' | 'other' | 'changes';

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
    else if (found.includes('file')) current = 'file';
    else if (found.includes('basic')) current = 'basic';
    else if (found.some((p) => p === 'disclosure' || p === 'procedure' || p === 'annexItems' || p === 'annexAffair')) current = 'other';
    parts.set(page, current);
  }
  return parts;
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
