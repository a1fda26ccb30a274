import { parseDate } from '../normalize/era-date';
import { compact } from '../normalize/text';

/**
 * Where a tool lost the cells' boundaries (a page on one line, every line its own cell), what
 * joins two neighbouring pieces of text:
 * - 'same-line': parts of one printed line — a checkbox's bracket and its tick (「[」「○」「]」),
 *   an option's number and its text (「1)」「1,000人未満」), 「1」「/」「72」;
 * - 'wrapped': a long run of prose broken where the cell wrapped, continued by the next piece;
 * - 'cell': anything else, the boundary of a cell (a box of the pdf-text layout).
 */
export type Join = 'same-line' | 'wrapped' | 'cell';

const BRACKET_ONLY = /^[\[\]［］○〇◯●()（）]+$/;
const OPTION_NO = /^\d{1,2}[)）]$/;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CLOSED = /[。．.)）」』\]】>＞:：、,]$/;
const HEADER_LABELS = ['評価書番号', '評価書名', '個人のプライバシー等の権利利益の保護の宣言', '特記事項', '評価実施機関名', '公表日', '個人情報保護委員会承認日', '項目一覧'];

/** A label or heading of the form: it never runs on into the next piece as prose. */
export function isLabelPiece(piece: string): boolean {
  const c = compact(piece);
  return (
    /^[①-⑳]/.test(piece.trim()) ||
    HEADER_LABELS.some((l) => c.startsWith(l)) ||
    /^(I|II|III|IV|V|VI|VII)(?=[^A-Za-z])/.test(c) ||
    /^\(別添\d\)/.test(c) ||
    /^\d{1,2}\.(?=\D)/.test(c) ||
    /^(システム|委託事項|提供先|移転先|リスク)\d/.test(c) ||
    /^特定個人情報保護評価書\(/.test(c)
  );
}

const OPEN_BRACKET = /^[\[［]\s*[○〇◯O●]?$/;
const MARK = /^[○〇◯O●]$/;

/**
 * Two pieces of a page laid on one line (page-per-line.ts). A checkbox or bracketed answer is
 * one box from its 「[」 on: 「[」「○」「]」「宛名システム等」 and 「[」「十分である」; a new 「[」
 * opens the next box, so 「… [ ○」「] 既存…」 (a mark whose bracket closes on the next line)
 * comes back as 「[ ○ ] 既存…」, which is how the form reads it.
 */
export function joinOf(prev: string, next: string): Join {
  const p = prev.trim();
  const n = next.trim();
  const opensBox = /^[\[［]/.test(n);
  if (OPEN_BRACKET.test(p) && !opensBox && !isLabelPiece(n)) return 'same-line';
  if (MARK.test(n) && /[\[［]$/.test(p)) return 'same-line';
  if (/^[\]］]/.test(n) && (OPEN_BRACKET.test(p) || MARK.test(p))) return 'same-line';
  if (/[\]］]$/.test(p) && BRACKET_ONLY.test(p) && !opensBox) return 'same-line';
  if (/^[(（]$/.test(n) || /[(（]$/.test(p) || /^[)）]$/.test(n)) return 'same-line';
  if (OPTION_NO.test(p) || p === '/' || n === '/' || /^[-－―]$/.test(p) || /^[-－―]$/.test(n)) return 'same-line';
  if (/^[<＜]\s*選択肢\s*[>＞]$/.test(p) && !opensBox) return 'same-line';
  // a field's label and its value printed on one line: 「①システムの名称 中間サーバー」
  if (/^[①-⑳][^\s\[［]*$/.test(p) && !opensBox && !isLabelPiece(n) && !OPTION_NO.test(n) && !/^[<＜]/.test(n)) return 'same-line';
  return wraps(p, n) ? 'wrapped' : 'cell';
}

/**
 * Two lines of a text with one cell per line (one-cell-per-line.ts): one box only where a
 * checkbox's bracket runs over the line break (「[ ○」 then 「] 既存住民基本台帳システム」) or
 * prose wraps.
 */
export function joinOfLines(prev: string, next: string): Join {
  const p = prev.trim();
  const n = next.trim();
  if (/^[\[［]$/.test(p) || /^[\]］]/.test(n)) return 'same-line';
  return wraps(p, n) ? 'wrapped' : 'cell';
}

/**
 * Prose never wraps to leave a bare date on a line: such a line is a cell (a change's date). A
 * line that ends in a change's timing (「… 事後」, the 提出時期 cell after its texts on one line)
 * ends its cell: the next line is the next cell or row.
 */
const wraps = (p: string, n: string) =>
  compact(p).length >= 15 &&
  !CLOSED.test(p) &&
  !/\s(事前|事後)$/.test(p) &&
  !/^[①-⑳]/.test(p) &&
  !isHeaderLabel(p) &&
  (CJK_START.test(n) || /^[（(「]/.test(n)) &&
  !isLabelPiece(n) &&
  parseDate(n) === null;

const isHeaderLabel = (piece: string) => HEADER_LABELS.some((l) => compact(piece).startsWith(l));
