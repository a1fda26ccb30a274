import type { Span } from '../source-text';
import type { Cell } from './pdf-text/cover-cells';

/**
 * The head of a body as the cover prints it: 「横浜市長」, 「栃木県知事」, 「法務大臣」,
 * 「○○市教育委員会」, 「○○企業団企業長」, 「地方公共団体情報システム機構」, or the body alone
 * (「郡山市」). A short text of names, no digits, no punctuation of prose.
 */
const AGENCY = /^(?:\p{Script=Han}{2,3}[都道府県])?[\p{Script=Han}\p{Script=Katakana}ヶヵノの\uFFFD\uE000-\uF8FF]{1,24}?(知事|市長|区長|町長|村長|長|大臣|委員会|管理者|機構|庁|市|区|町|村)$/u;
const PREFECTURE = /^\p{Script=Han}{2,3}[都道府県]$/u;
const PERSON_PART = /^\p{Script=Han}{1,4}$/u;
const NOT_AGENCY = /評価|特定個人情報|事務|宣言|番号|項目|記載|特記|公表/;

export const isAgency = (s: string) => AGENCY.test(s) && !NOT_AGENCY.test(s) && s.length <= 30;

/**
 * The agency at cell i, as printed: the cell itself (「愛知県 扶桑町長」, 「日野市長 大坪 冬彦」 when
 * one cell holds it), or — where a tool split it at its spaces — with the prefecture before it
 * and the head's name (one or two short kanji words) after it.
 */
export function agencyCell(cells: Cell[], i: number): { text: string; span: Span } | null {
  const c = cells[i]!;
  const words = c.text.normalize('NFKC').split(/\s+/);
  const head = words.findIndex((w, k) => isAgency(words.slice(0, k + 1).join('')));
  if (head < 0 || words.slice(head + 1).some((w) => !PERSON_PART.test(w)) || words.length - head - 1 > 2) return null;
  let from = i;
  let to = i;
  const prev = cells[i - 1];
  if (prev && !prev.label && PREFECTURE.test(prev.flat) && head === words.length - 1 && !PREFECTURE.test(words[0]!)) from = i - 1;
  for (let k = i + 1; k < cells.length && k <= i + 2 - (words.length - head - 1); k++) {
    const n = cells[k]!;
    if (n.label || !PERSON_PART.test(n.flat) || isAgency(n.flat) || n.block !== c.block && n.block.index !== cells[k - 1]!.block.index + 1) break;
    to = k;
  }
  const span = { from: cells[from]!.span.from, to: cells[to]!.span.to };
  const text = cells
    .slice(from, to + 1)
    .map((x) => x.text.normalize('NFKC').replace(/\s+/g, ' '))
    .join(' ');
  return { text, span };
}

/** 「(案)」, 「（素案）」, 「【案】」 or a cell that is only 案 / 素案: a draft for public comment. */
export function draftMark(text: string): { span: (cell: Span) => Span } | null {
  const m = /[(（【［\[]\s*(素案|案)\s*[)）】］\]]/.exec(text) ?? (/^\s*(素案|案)\s*$/.test(text) ? /(素案|案)/.exec(text) : null);
  if (!m) return null;
  return { span: (cell) => ({ from: cell.from + m.index, to: cell.from + m.index + m[0].length }) };
}

/** 「[平成30年５月　様式４]」 → 「平成30年5月 様式4」, with its place in the text. */
export function formVersionIn(text: string): { text: string; from: number; to: number } | null {
  const folded = text.normalize('NFKC');
  if (folded.length !== text.length) return null;
  const m = /[\[［]\s*((?:平成|令和)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月)\s*様式\s*(\d)\s*[\]］]/.exec(folded);
  if (!m) return null;
  return { text: `${m[1]!.replace(/\s/g, '')} 様式${m[2]}`, from: m.index, to: m.index + m[0].length };
}

/** 様式2 = 基礎項目評価書, 様式3 = 重点項目評価書, 様式4 = 全項目評価書. */
export function kindOfVersion(version: string): string | null {
  const n = /様式(\d)/.exec(version)?.[1];
  return n === '2' ? '基礎項目評価書' : n === '3' ? '重点項目評価書' : n === '4' ? '全項目評価書' : null;
}
