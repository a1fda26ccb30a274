import { fact, type HeaderFacts } from '../../facts';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import type { FoundFacts } from '../compose-facts';
import { draftMark, formVersionIn, kindOfVersion } from '../cover-shapes';
import { unreadHeader } from '../unread-facts';
import { filled, type Row } from './rows';

const HEADER_LABELS = ['評価書番号', '評価書名', '個人のプライバシー等の権利利益の保護の宣言', '特記事項', '評価実施機関名', '公表日', '個人情報保護委員会承認日', '承認日'];

/**
 * The cover: the rows before the first part's heading. Its labels come as a row of column
 * heads with the values on the next row, or each on a line of its own with its value on the
 * lines after it.
 */
export function readHeaderRows(rows: Row[]): FoundFacts {
  const h = unreadHeader();
  let cover = false;
  let columns: string[] | undefined;
  let pending: { key: string; lines: string[]; span: Span } | null = null;
  const set = (key: string, value: string, span: Span) => {
    cover = true;
    setHeader(h, key, value, span);
  };
  // a label printed on its own line takes the lines after it as its value
  const flush = () => {
    if (pending) set(pending.key, pending.lines.join('\n'), pending.span);
    pending = null;
  };
  for (const row of rows) {
    const cells = filled(row);
    const version = formVersionIn(cells.join(' '));
    if (version && !h.formVersion) {
      h.formVersion = fact(version.text, row.span);
      const kind = kindOfVersion(version.text);
      if (kind && !h.kind) h.kind = fact(kind, row.span);
      if (!/特定個人情報保護評価書/.test(cells.join(' '))) continue;
    }
    const kind = /特定個人情報保護評価書\s*[(（]\s*(基礎項目|重点項目|全項目)評価書\s*[)）]/.exec(cells.join(' '));
    if (kind) {
      h.kind = fact(`${kind[1]}評価書`, row.span);
      const draft = draftMark(cells.join(' '));
      h.draft = fact(!!draft, row.span);
      cover = true;
      continue;
    }
    if (cells.length >= 2 && cells.every((c) => HEADER_LABELS.includes(compact(c)))) {
      columns = cells.map(compact);
      continue;
    }
    if (columns) {
      const cols = columns;
      columns = undefined;
      cols.forEach((col, i) => cells[i] !== undefined && set(col, cells[i]!, row.span));
      continue;
    }
    const key = compact(cells[0] ?? '');
    if (HEADER_LABELS.includes(key) && cells.length === 1) {
      flush();
      pending = { key, lines: [], span: row.span };
      continue;
    }
    if (pending) {
      pending.lines.push(cells.join(' '));
      pending.span = { from: pending.span.from, to: row.span.to };
    }
  }
  flush();
  return { header: h, parts: cover ? ['表紙'] : [] };
}

function setHeader(h: HeaderFacts, key: string, value: string, span: Span) {
  // a draft's 公表日 is printed empty: written as empty, not unread
  if (compact(value) === '' && key === '公表日') h.publishedOn = fact('', span);
  if (compact(value) === '') return;
  if (key === '評価書番号') h.number = fact(compact(value), span);
  else if (key === '評価書名') {
    h.title = fact(value, span);
    if (draftMark(value)) h.draft = fact(true, span);
    const k = /(基礎項目|重点項目|全項目)評価書$/.exec(compact(value));
    if (k && !h.kind) h.kind = fact(`${k[1]}評価書`, span);
  } else if (key === '評価実施機関名') h.agency = fact(value, span);
  else if (key === '公表日') h.publishedOn = fact(value, span);
  else if (key === '個人情報保護委員会承認日' || key === '承認日') h.approvedOn = fact(value, span);
  else if (key === '個人のプライバシー等の権利利益の保護の宣言') {
    const body = /^\s*(\S+?)(?:は|では)、/.exec(value);
    if (body) h.declarationBody = fact(body[1]!, span);
  }
}
