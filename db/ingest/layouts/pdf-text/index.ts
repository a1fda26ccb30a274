import type { DocumentFacts, FormPart } from '../../facts';
import { PART_LABEL } from '../../form/parts';
import type { SourceText } from '../../source-text';
import { finishBasicForm } from '../basic-form-finish';
import { composeFacts, mergeMentions } from '../compose-facts';
import { firstRead, readBasic } from './basic';
import { readBasicRisk } from './basic-risk';
import { readChangeTable } from './change-table';
import { connectionsFromChanges } from './connections-from-changes';
import { readContracts } from './contracts';
import { isFileOverview, readFileOverview } from './file-overview';
import { readHeader } from './header';
import { headingPart, readPages, type Page } from './pages';
import { readProcedures } from './procedures';
import { readProvisions } from './provisions';
import { readAudits, readRatings } from './ratings/index';
import { readRelated } from './related';
import { readThreshold } from './threshold';

export interface PdfTextOptions {
  /** the extraction lost the boxes and the normalization stage rebuilt them (extraction/cell-breaks.ts) */
  cellsRebuilt?: boolean;
}

/**
 * Text extracted from the PDF: boxes in scrambled reading order, values apart from their
 * labels, option lists between answers. Read by the form's structure, part by part, each part
 * by its own reader; where the text does not decide a value, the fact is kept as uncertain with
 * the reason.
 */
export function parsePdfText(source: SourceText, options: PdfTextOptions = {}): DocumentFacts {
  const pages = readPages(source);
  const { parts, present } = markParts(pages);
  const of = (part: Part) => pages.filter((p) => parts.get(p) === part);
  const { header, cover } = readHeader(pages);
  const basic = readBasic(of('basic'));
  const filePages = of('file');
  const overviews = filePages.filter(isFileOverview);
  const fileNo = fileNumbering(overviews);
  const files = overviews.map((p) => readFileOverview(p, fileNo(p)));
  const changePages = of('changes');
  const contracts = readContracts(filePages, fileNo, changePages);
  const provisions = readProvisions(filePages, fileNo, changePages);
  const riskPages = of('risk');
  const otherPages = of('other');
  const ratings = [
    ...readRatings(riskPages, 'Ⅲ', riskFileNumbering(riskPages, files.length)),
    ...readRatings(otherPages.filter((p) => p.blocks.some((x) => /その他のリスク対策/.test(x.flat))), 'Ⅳ', () => null),
  ];
  const audits = readAudits(riskPages.concat(otherPages));
  const procedures = readProcedures(otherPages);
  const changes = readChangeTable(changePages, options.cellsRebuilt ?? false);
  // the change table may settle the connections Ⅰ's pages leave in doubt
  const systems = connectionsFromChanges(mergeMentions(basic.systems, (s) => s.no), changePages);
  // the 基礎項目評価書's own parts
  const related = readRelated(partPages(pages, parts, ['related', 'threshold']));
  const threshold = readThreshold(partPages(pages, parts, ['related', 'threshold', 'basicRisk']));
  const basicRisk = readBasicRisk(partPages(pages, parts, ['basicRisk'], true));
  // ③システムの名称 and the files' names, listed in one cell, stand for the items no page describes
  const listedSystems = systems.length || related.systems.length ? [] : related.listedSystems;
  const listedFiles = files.length ? [] : related.listedFiles;
  const facts = composeFacts([
    { header, parts: withCover(present, cover), statedCounts: contracts.statedCounts },
    { basic: firstRead(basic.basic, related.basic), systems, files },
    { contracts: contracts.contracts, provisions, ratings, audits, procedures, changes },
    { systems: [...related.systems, ...listedSystems], files: listedFiles, parts: related.parts },
    { threshold: threshold ? [threshold] : [] },
    { ratings: basicRisk?.ratings, threshold: basicRisk ? [basicRisk.threshold] : [], audits: basicRisk?.audits },
  ]);
  return finishBasicForm(facts, source);
}

/** The cover may share its page with 項目一覧 (a tool that lost the page break): read, it is present. */
const withCover = (present: FormPart[], cover: boolean): FormPart[] => (cover && !present.includes('表紙') ? ['表紙', ...present] : present);

type Part = 'cover' | 'basic' | 'file' | 'risk' | 'other' | 'changes' | 'related' | 'threshold' | 'basicRisk';

/**
 * Which part each page belongs to: the part whose heading it holds, else the part of the page
 * before (the 項目一覧 table of contents, which names every part, excepted); and the parts of
 * the form the pages show, in the order they show them.
 */
function markParts(pages: Page[]): { parts: Map<Page, Part>; present: FormPart[] } {
  const parts = new Map<Page, Part>();
  const present = new Set<FormPart>();
  let current: Part = 'cover';
  for (const page of pages) {
    if (page.blocks.some((x) => x.flat === '項目一覧')) {
      parts.set(page, 'cover');
      continue;
    }
    if (page.blocks.some((x) => /評価書番号|評価書名/.test(x.flat))) present.add('表紙');
    const found = page.blocks.map(headingPart).filter((p) => p !== null);
    for (const p of found) present.add(PART_LABEL[p]);
    const isChanges = page.blocks.some((x) => /変更前の記載|提出時期に係る説明/.test(x.flat));
    // the change table is the last annex: its items quote other parts' headings
    if (isChanges || current === 'changes') {
      present.add('別添:変更箇所');
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
  return { parts, present: [...present] };
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

/** A full assessment describes several files (each opening with its overview page); a page belongs to the last file opened before it. */
function fileNumbering(starts: Page[]): (page: Page) => number {
  return (page) => Math.max(1, starts.filter((s) => s.no <= page.no).length);
}
