import { reason } from '../../../form/reasons';
import { fact, type BasicInfoFacts, type Fact, type FormPart, type Maybe } from '../../facts';
import { splitNames } from '../../normalize/name-list';
import { compact } from '../../normalize/text';
import type { FileMention, SystemMention } from '../compose-facts';
import { readBasic } from './basic';
import { firstLineFlat, type Block, type Page } from './pages';
import { blockText, cleanValue, isBracketDebris, isOptionsOnly, matchLabel } from './tokens';

const FILE_NAME = /^(\d{1,2}\.?)?特定個人情報ファイル名/;
/** 「７．特定個人情報の開示・訂正・利用停止請求」: the 平成26年4月 version keeps 開示請求 in Ⅰ */
const DISCLOSURE_IN_RELATED = /^(\d{1,2}\.?)?(特定個人情報の開示・訂正・利用停止請求|特定個人情報ファイルの取扱いに関する問合せ)$/;

export interface RelatedFacts {
  basic: BasicInfoFacts;
  /** systems printed as the other forms print them (the 基礎's Ⅰ rarely does) */
  systems: SystemMention[];
  /** ③システムの名称 and 2.特定個人情報ファイル名: the first list printed, one item per name */
  listedSystems: SystemMention[];
  listedFiles: FileMention[];
  parts: FormPart[];
}

/**
 * The 基礎項目評価書's Ⅰ 関連情報. What it shares with the other forms' Ⅰ (①事務の名称, 部署,
 * 所属長, 情報連携の実施の有無) is read as theirs; its own: ②事務の概要, ③システムの名称 (one cell
 * listing the systems by name — the 基礎 asks neither their functions nor their connections) and
 * 「2.特定個人情報ファイル名」 (the files, listed the same way). The lists stand for the systems
 * and files only where no page describes them one by one: the composer decides.
 */
export function readRelated(pages: Page[]): RelatedFacts {
  const { basic: bi, systems } = readBasic(pages);
  let listedSystems: SystemMention[] = [];
  let listedFiles: FileMention[] = [];
  const parts: FormPart[] = [];
  for (const page of pages) {
    for (const x of page.blocks) {
      if (!bi.affairContent && matchLabel(x, ['②事務の概要'])) bi.affairContent = valueOf(page, x, ['②事務の概要']);
      if (!listedSystems.length && matchLabel(x, ['③システムの名称'])) {
        const list = valueOf(page, x, ['③システムの名称']);
        listedSystems = names(list).map((n, i) => ({ no: i + 1, span: n.span, name: n }));
      }
      const at = x.lines.findIndex((l) => FILE_NAME.test(compact(l)));
      if (!listedFiles.length && at >= 0) {
        const inline = x.lines.slice(at).join('\n').replace(/^[\s\S]*?特定個人情報ファイル名/, '');
        const list = cleanValue(inline) ? fact(cleanValue(inline), x.span) : nextBox(page, x, '特定個人情報ファイル名');
        listedFiles = names(list).map((n, i) => ({ no: i + 1, span: n.span, name: n }));
      }
      if (DISCLOSURE_IN_RELATED.test(firstLineFlat(x)) && !parts.length) parts.push('開示請求、問合せ');
    }
  }
  return { basic: bi, systems, listedSystems, listedFiles, parts };
}

/** A label's value: printed beside it in its box (certain), or the box right after it (not). */
function valueOf(page: Page, x: Block, labels: string[]): Maybe {
  const inline = matchLabel(x, labels)!.rest;
  if (inline) return fact(inline, x.span);
  return nextBox(page, x, labels[0]!);
}

/** Ⅰ's numbered items, which a value never starts with (a list of systems may: 「1.住民記録システム」). */
const SECTIONS = /^(\d{1,2}\.?)?(特定個人情報ファイルを取り扱う事務|特定個人情報ファイル名|個人番号の利用|情報提供ネットワークシステムによる情報連携|評価実施機関における担当部署|他の評価実施機関|特定個人情報の開示|特定個人情報ファイルの取扱いに関する問合せ)/;

/** The box after a label, when it is prose: not a label, an item, an option list or a bracket. */
function nextBox(page: Page, x: Block, label: string): Maybe {
  const next = page.blocks[x.index + 1];
  if (!next || isOptionsOnly(next) || isBracketDebris(next)) return null;
  const first = next.lines[0]!.trim();
  if (/^[①-⑳\[\]]/.test(first) || /^(I|II|III|IV|V)\s/.test(first.normalize('NFKC')) || SECTIONS.test(compact(first))) return null;
  return fact(cleanValue(blockText(next)), next.span, false, reason('nextBox', { label }));
}

/** The names a cell lists, each a fact of its own; unmarked wrapped lines leave them uncertain. */
function names(list: Maybe): Fact<string>[] {
  if (!list) return [];
  const { names, certain } = splitNames(list.value);
  const lines = list.value.split('\n').filter((l) => l.trim()).length;
  return names.map((n) =>
    list.certain === false
      ? fact(n, list.span, false, list.reason)
      : certain
        ? fact(n, list.span)
        : fact(n, list.span, false, reason('namesWrapped', { lines })),
  );
}
