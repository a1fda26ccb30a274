import { fact, type Maybe, type RatingFacts } from '../../facts';
import { parseGraded } from '../../form/answers';
import type { PartName } from '../../form/parts';
import { splitNames } from '../../normalize/name-list';
import type { Span } from '../../source-text';
import type { FileMention, FoundFacts } from '../compose-facts';
import { BasicRiskRows } from './basic-risk';
import { labelAndValue, type Context } from './context';
import { filled, type Row } from './rows';
import { ThresholdRows } from './threshold';

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
  private readonly risk = new BasicRiskRows();
  private readonly threshold = new ThresholdRows();

  reads(part: PartName | 'header'): boolean {
    return BASIC_PARTS.includes(part);
  }

  /** Ⅳ's ratings, complete once every row is read. */
  get ratings(): RatingFacts[] {
    return this.risk.ratings;
  }

  row(ctx: Context, row: Row): FoundFacts | null {
    if (ctx.part === 'related') return this.related(ctx, row);
    if (ctx.part === 'basicRisk') return this.risk.row(ctx, row);
    return this.threshold.row(ctx, row);
  }

  /** Ⅰ 関連情報 */
  private related(ctx: Context, row: Row): FoundFacts {
    const span = row.span;
    const found: FoundFacts = {};
    // 「7. 特定個人情報の開示・訂正・利用停止請求」: the 平成26年4月 version keeps 開示請求 in Ⅰ
    if (/^(特定個人情報の開示・訂正・利用停止請求|特定個人情報ファイルの取扱いに関する問合せ)$/.test(ctx.section?.key ?? '')) found.parts = ['開示請求、問合せ'];
    const lv = labelAndValue(row);
    if (!lv) {
      const text = filled(row).join('\n');
      if (ctx.afterHeading === '特定個人情報ファイル名' && text) found.files = files(text, span);
      ctx.afterHeading = null;
      return found;
    }
    const { key, value } = lv;
    if (key === '事務の名称') found.basic = { affairName: fact(value, span) };
    else if (key === '事務の概要') found.basic = { affairContent: fact(value, span) };
    else if (key === 'システムの名称') found.systems = splitNames(value).names.map((n, i) => ({ no: i + 1, span, name: fact(n, span) }));
    else if (key === '特定個人情報ファイル名') found.files = files(value, span);
    else if (key === '実施の有無') found.basic = { networkLinkage: gradedFact(value, span) };
    else if (key === '部署') found.basic = { department: fact(value, span) };
    else if (key === '所属長' || key === '所属長の役職名') found.basic = { departmentHead: fact(value, span) };
    else if (key === '請求先' || key === '連絡先') found.parts = ['開示請求、問合せ'];
    ctx.afterHeading = null;
    return found;
  }
}

/** 「2. 特定個人情報ファイル名」: the files, one per line of the cell. */
const files = (text: string, span: Span): FileMention[] => splitNames(text).names.map((n, i) => ({ no: i + 1, span, name: fact(n, span) }));
