import { reason } from '../../../form/reasons';
import { fact, type HeaderFacts } from '../../facts';
import { findDate } from '../../normalize/era-date';
import { joinSpans } from '../../source-text';
import { type Cell, coverCells } from './cover-cells';
import { agencyCell, draftMark, formVersionIn, kindOfVersion } from '../cover-shapes';
import type { Page } from './pages';
import { unreadHeader } from '../unread-facts';

const KIND = /特定個人情報保護評価書\((基礎項目|重点項目|全項目)評価書\)/;
const TITLE_END = /(基礎項目|重点項目|全項目)評価書(\((素案|案)\))?$/;

/**
 * The cover page: 評価書番号, 評価書名, the 宣言, 評価実施機関名, 公表日 and, in the full form,
 * 個人情報保護委員会 承認日. The boxes come out in any order, and some tools glue a label to its
 * neighbour, so the cover is read as cells (cover-cells.ts) and each value is recognised by its
 * own shape (a bare number, a name ending in 評価書, a date, a head of a body such as 「北九州市長」),
 * and counted: one candidate is certain, several are not. `cover`: the cover's cells were found
 * (the cover may share its page with 項目一覧, a tool that lost the page break).
 */
export function readHeader(pages: Page[]): { header: HeaderFacts; cover: boolean } {
  const h = unreadHeader();
  readFormVersion(pages, h);
  const cells = coverCells(pages);
  if (!cells) return { header: h, cover: false };
  const values = cells.filter((c) => !c.label);
  const one = <T>(xs: T[]) =>
    xs.length === 1 ? { v: xs[0]!, certain: true, reason: undefined } : xs.length > 1 ? { v: xs[0]!, certain: false, reason: reason('candidates', { count: xs.length, where: 'cover' }) } : null;

  // the number and the title sometimes come out as one box: 「31」 over the title's lines
  const numberLine = (c: Cell) => /^\d{1,4}$/.test(c.block.lines[0]!.trim()) && c.block.lines.length > 1 && c.text.startsWith(c.block.lines[0]!.trim()) ? c.block.lines[0]!.trim() : null;
  const numbers = values.filter((c) => /^\d{1,4}$/.test(c.flat) || (numberLine(c) && TITLE_END.test(c.flat)));
  const n = one(numbers);
  if (n) h.number = fact(numberLine(n.v) ?? n.v.flat, n.v.span, n.certain, n.reason);

  const titles = values.filter((c) => TITLE_END.test(c.flat) && !KIND.test(c.flat));
  const t = one(titles);
  if (t) {
    const before = affairBefore(cells, t.v);
    const text = titleText(t.v, numberLine(t.v));
    if (before) h.title = fact(`${titleText(before, null)} ${text}`, { from: before.span.from, to: t.v.span.to }, t.certain, t.reason);
    else h.title = fact(text, t.v.span, t.certain, t.reason);
  }

  const kind = values.find((c) => KIND.test(c.flat));
  const k = kind ? KIND.exec(kind.flat) : titles[0] ? TITLE_END.exec(titles[0].flat) : null;
  if (k) h.kind = fact(`${k[1]}評価書`, (kind ?? titles[0])!.span);
  else if (h.formVersion && kindOfVersion(h.formVersion.value)) h.kind = fact(kindOfVersion(h.formVersion.value)!, h.formVersion.span);

  readAgency(cells, h);
  readDates(cells, h);
  readDeclaration(values, h);
  const draft = cells.map((c) => ({ c, mark: draftMark(c.text) })).find((x) => x.mark);
  if (draft) h.draft = fact(true, draft.mark!.span(draft.c.span));
  else if (h.kind || h.title) h.draft = fact(false, joinSpans(cells.map((c) => c.span))!);
  return { header: h, cover: true };
}

/**
 * A title cell that holds only the form's name (「全項目評価書」) lost its first part where a tool
 * split the title at its space: the affair's name in the cell before it, 「…に関する事務」.
 */
function affairBefore(cells: Cell[], title: Cell): Cell | null {
  if (!/^(基礎項目|重点項目|全項目)評価書(\((素案|案)\))?$/.test(title.flat)) return null;
  const prev = cells[cells.indexOf(title) - 1];
  if (!prev || prev.label || !/事務$/.test(prev.flat) || /[。、]/.test(prev.flat) || findDate(prev.text)) return null;
  return prev;
}

function titleText(c: Cell, numberLine: string | null): string {
  const lines = c.text.split('\n');
  const text = (numberLine && lines[0]!.trim() === numberLine ? lines.slice(1) : lines).join('').normalize('NFKC').replace(/\s+/g, ' ').trim();
  // the form prints 「<affair> <form>」; a line break between the two was that space
  return text.replace(/事務((基礎項目|重点項目|全項目)評価書)/, '事務 $1');
}

/** 「[平成30年5月 様式4]」, printed at the top of the cover; the first one found. */
function readFormVersion(pages: Page[], h: HeaderFacts) {
  for (const p of pages.slice(0, 3))
    for (const b of p.blocks) {
      const v = formVersionIn(b.lines.join('\n'));
      if (v && !h.formVersion) h.formVersion = fact(v.text, { from: b.span.from + v.from, to: b.span.from + v.to });
    }
}

/**
 * 評価実施機関名: the head of a body as printed (「栃木県知事」, 「愛知県 扶桑町長」, 「日野市長 大坪 冬彦」,
 * 「郡山市」, 「法務大臣」, 「地方公共団体情報システム機構」), read only where the cover prints
 * the label. One candidate is certain; of several, the one right after the label is.
 */
function readAgency(cells: Cell[], h: HeaderFacts) {
  const label = cells.findIndex((c) => c.label === '評価実施機関名');
  if (label < 0) return;
  const found = cells.map((c, i) => ({ i, a: c.label ? null : agencyCell(cells, i) })).filter((x) => x.a);
  if (!found.length) return;
  const next = found.find((x) => x.i === label + 1);
  const pick = found.length === 1 ? found[0]! : next;
  if (pick) h.agency = fact(pick.a!.text, pick.a!.span);
  else h.agency = fact(found[0]!.a!.text, found[0]!.a!.span, false, reason('candidates', { count: found.length, where: 'cover' }));
}

/**
 * 公表日 and 承認日 are both dates. 承認日 is marked 【行政機関等のみ】: a local body's
 * assessment is not approved by the Commission, so a lone date on a local body's cover is its
 * 公表日. Where both could apply, the dates stay uncertain. A cover that prints 公表日 and no date
 * at all (a draft for public comment) has it written empty.
 */
function readDates(cells: Cell[], h: HeaderFacts) {
  const published = cells.find((c) => c.label === '公表日');
  const approval = cells.find((c) => c.label?.startsWith('個人情報保護委員会承認日'));
  if (!published && !approval) return;
  const dated = cells.filter((c) => !c.label && findDate(c.text) && findDate(c.text)!.raw.replace(/\s/g, '') === c.flat);
  const localOnly = !!approval && approval.label === '個人情報保護委員会承認日【行政機関等のみ】' && /(市|区|町|村|都|道|府|県)(長|知事)?$/.test((h.agency?.value ?? '').split(/\s/)[0]!);
  if (dated.length === 1 && (!approval || localOnly)) h.publishedOn = fact(dated[0]!.text, dated[0]!.span);
  else if (dated.length >= 1)
    h.publishedOn = fact(dated[0]!.text, joinSpans(dated.map((d) => d.span))!, false, reason('coverDates', { count: dated.length, labels: approval ? ['公表日', '個人情報保護委員会承認日'] : ['公表日'] }));
  else if (published) h.publishedOn = fact('', published.span);
}

/** The body the 宣言 names: 「○○市は、…」, the prose that ends in 宣言. */
function readDeclaration(values: Cell[], h: HeaderFacts) {
  const opening = (c: Cell) => /^(.{1,20}?)(?:は|では)、/.exec(c.text.replace(/\s+/g, ''));
  const candidates = values.filter((c) => opening(c));
  const declaration = candidates.find((c) => /宣言/.test(c.flat)) ?? candidates[0];
  if (declaration) h.declarationBody = fact(opening(declaration)![1]!, declaration.span);
}

