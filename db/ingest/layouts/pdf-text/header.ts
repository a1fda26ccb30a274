import { reason } from '../../../form/reasons';
import { fact, type DocumentFacts } from '../../facts';
import { findDate } from '../../normalize/era-date';
import { compact } from '../../normalize/text';
import { joinSpans } from '../../source-text';
import type { Page } from './pages';
import { blockText, matchLabel } from './tokens';

const KIND = /^特定個人情報保護評価書\((基礎項目|重点項目|全項目)評価書\)$/;
const TITLE_END = /(基礎項目|重点項目|全項目)評価書$/;
const AGENCY = /^(.{1,24}?)(知事|市長|区長|町長|村長|長|委員会|企業管理者)$/;
const HEADER_LABELS = ['評価書番号', '評価書名', '評価実施機関名', '公表日', '特記事項', '個人のプライバシー等の権利利益の保護の宣言', '項目一覧'];

/**
 * The cover page: 評価書番号, 評価書名, the 宣言, 評価実施機関名, 公表日 and, in the full form,
 * 個人情報保護委員会 承認日. The boxes come out in any order, so each value is recognised by
 * its own shape (a bare number, a name ending in 評価書, a date, a head of a body such as
 * 「北九州市長」), and counted: one candidate is certain, several are not.
 */
export function readHeader(pages: Page[], facts: DocumentFacts) {
  const cover = pages.find((p) => p.blocks.some((b) => /評価書番号|評価書名/.test(b.flat)));
  if (!cover) return;
  const h = facts.header;
  const blocks = cover.blocks;
  const dated = blocks.filter((b) => findDate(b.flat) && compact(findDate(b.flat)!.raw) === b.flat);
  // the number and the title sometimes come out as one box: 「31」 over the title's lines
  const numberLine = (b: Page['blocks'][number]) => (/^\d{1,4}$/.test(compact(b.lines[0]!)) ? compact(b.lines[0]!) : null);
  const numbers = blocks.filter((b) => /^\d{1,4}$/.test(b.flat) || (numberLine(b) && TITLE_END.test(b.flat)));
  const titles = blocks.filter((b) => TITLE_END.test(b.flat) && !KIND.test(b.flat) && !HEADER_LABELS.some((l) => b.flat.startsWith(l)));
  const titleText = (b: Page['blocks'][number]) => (numberLine(b) && b.lines.length > 1 ? b.lines.slice(1) : b.lines).join('').normalize('NFKC').replace(/\s+/g, ' ').trim();
  const agencies = blocks.filter((b) => AGENCY.test(b.flat) && b.flat.length <= 30 && !HEADER_LABELS.includes(b.flat));
  const kind = blocks.find((b) => KIND.test(b.flat));
  const one = <T>(xs: T[]) =>
    xs.length === 1 ? { v: xs[0]!, certain: true, reason: undefined } : xs.length > 1 ? { v: xs[0]!, certain: false, reason: reason('candidates', { count: xs.length, where: 'cover' }) } : null;

  const n = one(numbers);
  if (n) h.number = fact(numberLine(n.v) ?? n.v.flat, n.v.span, n.certain, n.reason);
  const t = one(titles);
  if (t) h.title = fact(titleText(t.v), t.v.span, t.certain, t.reason);
  const k = kind ? KIND.exec(kind.flat)! : titles[0] ? TITLE_END.exec(titles[0].flat) : null;
  if (k) h.kind = fact(`${k[1]}評価書`, (kind ?? titles[0])!.span);
  if (blocks.some((b) => b.flat === '評価実施機関名')) {
    const a = one(agencies);
    if (a) h.agency = fact(a.v.flat, a.v.span, a.certain, a.reason);
  }
  readDates(cover, facts, dated);
  const declaration = blocks.find((b) => /^(.{1,20}?)(?:は|では)、/.test(b.flat) && /宣言/.test(b.flat));
  const body = declaration ? /^(.{1,20}?)(?:は|では)、/.exec(declaration.flat) : null;
  if (declaration && body) h.declarationBody = fact(body[1]!, declaration.span);
  for (const p of pages)
    for (const b of p.blocks) {
      const v = /[\[［]\s*((?:平成|令和)\S+?年\S+?月)\s*様式\s*(\S+?)\s*[\]］]/.exec(blockText(b));
      if (v && !h.formVersion) h.formVersion = fact(`${v[1]!.replace(/\s/g, '')} 様式${v[2]}`, b.span);
    }
}

/**
 * 公表日 and 承認日 are both dates. 承認日 is marked 【行政機関等のみ】: a local body's
 * assessment is not approved by the Commission, so a lone date on a local body's cover is its
 * 公表日. Where both could apply, the dates stay uncertain.
 */
function readDates(cover: Page, facts: DocumentFacts, dated: Page['blocks']) {
  const h = facts.header;
  const hasPublished = cover.blocks.some((b) => b.flat === '公表日');
  const approval = cover.blocks.find((b) => b.flat.startsWith('個人情報保護委員会承認日'));
  if (!hasPublished && !approval) return;
  const localOnly = !!approval && /行政機関等のみ/.test(approval.flat) && /(市|区|町|村|都|道|府|県)(長|知事)$/.test(h.agency?.value ?? '');
  const inline = approval ? matchLabel(approval, ['個人情報保護委員会承認日【行政機関等のみ】', '個人情報保護委員会承認日']) : null;
  if (inline?.rest && findDate(inline.rest)) h.approvedOn = fact(inline.rest, approval!.span);
  if (dated.length === 1 && (!approval || localOnly || h.approvedOn)) h.publishedOn = fact(dated[0]!.flat, dated[0]!.span);
  else if (dated.length >= 1)
    h.publishedOn = fact(dated[0]!.flat, joinSpans(dated.map((d) => d.span))!, false, reason('coverDates', { count: dated.length, labels: approval ? ['公表日', '個人情報保護委員会承認日'] : ['公表日'] }));
}
