import { fact, type Maybe } from '../../facts';
import type { FactsBuilder } from '../../facts-builder';
import { parseGraded } from '../../form/answers';
import type { PartName } from '../../form/parts';
import { splitNames } from '../../normalize/name-list';
import type { Span } from '../../source-text';
import { BasicRiskRows } from './basic-risk';
import { filled, type Row } from './rows';
import { labelAndValue, type Context } from './sections';
import { readThresholdRow } from './threshold';

const BASIC_PARTS: readonly (PartName | 'header')[] = ['related', 'thresholdItems', 'thresholdResult', 'basicRisk'];

/**
 * A graded cell as printed: 「[1万人以上10万人未満] <選択肢> 1) …」 → its answer; an empty
 * bracket is the document leaving the answer empty (kept as an empty cell, not as unread).
 */
export function gradedFact(value: string, span: Span): Maybe {
  const g = parseGraded(value);
  if (!g) {
    const bracket = /\[\s*([^\[\]]*?)\s*\]/.exec(value);
    return bracket ? fact(bracket[1]!, span) : value.trim() ? fact(value.trim(), span) : fact('', span);
  }
  return fact(g.answer ?? '', span);
}

/**
 * The 基礎項目評価書's own parts in the tab-separated export — Ⅰ 関連情報, Ⅱ しきい値判断項目,
 * Ⅲ しきい値判断結果 and Ⅳ リスク対策 — read row by row: labels sit beside their values, so what
 * is read here is certain.
 */
export class BasicFormRows {
  private readonly risk: BasicRiskRows;

  constructor(private readonly b: FactsBuilder) {
    this.risk = new BasicRiskRows(b);
  }

  reads(part: PartName | 'header'): boolean {
    return BASIC_PARTS.includes(part);
  }

  row(ctx: Context, row: Row) {
    if (ctx.part === 'related') this.related(ctx, row);
    else if (ctx.part === 'basicRisk') this.risk.row(ctx, row);
    else readThresholdRow(this.b, ctx, row);
  }

  /** Ⅰ 関連情報 */
  private related(ctx: Context, row: Row) {
    const bi = this.b.facts.basic;
    const span = row.span;
    // 「7. 特定個人情報の開示・訂正・利用停止請求」: the 平成26年4月 version keeps 開示請求 in Ⅰ
    if (/^(特定個人情報の開示・訂正・利用停止請求|特定個人情報ファイルの取扱いに関する問合せ)$/.test(ctx.section?.key ?? '')) this.b.part('開示請求、問合せ');
    const lv = labelAndValue(row);
    if (!lv) {
      const text = filled(row).join('\n');
      if (ctx.afterHeading === '特定個人情報ファイル名' && text) this.files(text, span);
      ctx.afterHeading = null;
      return;
    }
    const { key, value } = lv;
    if (key === '事務の名称') bi.affairName = fact(value, span);
    else if (key === '事務の概要') bi.affairContent = fact(value, span);
    else if (key === 'システムの名称') splitNames(value).names.forEach((n, i) => (this.b.system(i + 1, span).name = fact(n, span)));
    else if (key === '特定個人情報ファイル名') this.files(value, span);
    else if (key === '実施の有無') bi.networkLinkage = gradedFact(value, span);
    else if (key === '部署') bi.department = fact(value, span);
    else if (key === '所属長' || key === '所属長の役職名') bi.departmentHead = fact(value, span);
    else if (key === '請求先' || key === '連絡先') this.b.part('開示請求、問合せ');
    ctx.afterHeading = null;
  }

  /** 「2. 特定個人情報ファイル名」: the files, one per line of the cell. */
  private files(text: string, span: Span) {
    splitNames(text).names.forEach((n, i) => (this.b.file(i + 1, span).name = fact(n, span)));
  }
}
