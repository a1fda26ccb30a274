import { reason } from '../../../form/reasons';
import { fact, type FileFacts } from '../../facts';
import { findDate } from '../../normalize/era-date';
import { compact } from '../../normalize/text';
import { unreadFile } from '../unread-facts';
import { bandIn } from './basic';
import type { Block, Page } from './pages';
import { blockText, blockWithoutOptions, cleanValue, isOptionsOnly, matchLabel, withoutOptions } from './tokens';

const FILE_NAME_HEADING = /^1\.?特定個人情報ファイル名$/;

/** Pages of Ⅱ that open a file's overview: they hold ①ファイルの種類. */
export const isFileOverview = (page: Page) => page.blocks.some((x) => matchLabel(x, ['①ファイルの種類']));

/**
 * Ⅱ-1/Ⅱ-2 of each 特定個人情報ファイル: its name (the box after 「１．特定個人情報ファイル名」),
 * kind, 対象となる本人の数 (a band in 人), 記録される項目 (a band in 項目) and 保有開始日.
 * The two bands differ in unit, so a bare band tells which field it answers.
 */
export function readFileOverview(page: Page, no: number): FileFacts {
  const f = unreadFile(no, page.span);
  const heading = page.blocks.find((x) => x.lines.some((l) => FILE_NAME_HEADING.test(compact(l))));
  if (heading) {
    const at = heading.lines.findIndex((l) => FILE_NAME_HEADING.test(compact(l)));
    const inline = heading.lines.slice(at + 1).join('');
    const next = page.blocks[heading.index + 1];
    const name = inline.trim() ? inline : next && !matchLabel(next, ['２．基本情報', '2.基本情報']) ? blockText(next) : '';
    if (name.trim()) f.name = fact(cleanValue(name).replace(/\n/g, ''), inline.trim() ? heading.span : next!.span);
  }
  for (const x of page.blocks) {
    const kind = matchLabel(x, ['①ファイルの種類']);
    if (kind) {
      const v = withoutOptions(kind.rest).replace(/[\[\]]/g, '').trim();
      if (v) f.fileKind = fact(v, x.span);
    }
    const start = matchLabel(x, ['⑤保有開始日']);
    if (start && findDate(start.rest)) f.holdingStart = fact(findDate(start.rest)!.raw, x.span);
  }
  if (!f.fileKind) {
    // the answer printed apart from its label: 「[ システム用ファイル ]」
    const kinds = page.blocks.filter((x) => /^(システム用ファイル|その他の電子ファイル\(表計算ファイル等\))$/.test(compact(blockWithoutOptions(x).replace(/[\[\]]/g, ''))));
    if (kinds.length === 1) f.fileKind = fact(compact(blockWithoutOptions(kinds[0]!).replace(/[\[\]]/g, '')), kinds[0]!.span);
  }
  const bands = page.blocks.filter((x) => !isOptionsOnly(x) && bandIn(x)).map((x) => ({ x, band: bandIn(x)! }));
  const people = bands.filter((v) => v.band.endsWith('人未満') || v.band.endsWith('人以上'));
  const items = bands.filter((v) => /項目(未満|以上)$/.test(v.band));
  const pick = (xs: { x: Block; band: string }[]) =>
    xs.length === 1 ? fact(xs[0]!.band, xs[0]!.x.span) : xs.length > 1 ? fact(xs[0]!.band, xs[0]!.x.span, false, reason('severalBands', { count: xs.length })) : null;
  f.peopleBand = pick(people);
  f.itemsBand = pick(items);
  return f;
}
