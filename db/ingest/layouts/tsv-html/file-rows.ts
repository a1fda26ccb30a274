import { fact } from '../../facts';
import { parseCheckboxes, statedItems } from '../../form/answers';
import { compact } from '../../normalize/text';
import type { Span } from '../../source-text';
import type { ContractMention, FileMention, FoundFacts, ProvisionMention } from '../compose-facts';
import { answerFact, gradedAnswer, labelAndValue, orNull, type Context } from './context';
import { filled, type Row } from './rows';

/** Ⅱ 特定個人情報ファイルの概要, a row at a time: the file's own items, or those of the slot (委託事項N, 提供先N, 移転先N) it stands in. */
export function readFileRow(ctx: Context, row: Row): FoundFacts | null {
  const lv = labelAndValue(row);
  if (!lv) return unlabeled(ctx, row);
  const { key, value } = lv;
  const span = row.span;
  const g = ctx.group;
  if (g?.kind === '委託事項') {
    const c: ContractMention = { fileNo: ctx.fileNo, no: g.no, span };
    if (key === '委託内容') c.content = orNull(value, span);
    else if (key === '委託先における取扱者数') c.handlersBand = answerFact(value, span);
    else if (key === '委託先名') c.contractor = orNull(value, span);
    else if (key === '再委託の有無') {
      const a = gradedAnswer(value);
      c.subcontract = a === '再委託する' ? fact(true, span) : a === '再委託しない' ? fact(false, span) : null;
    } else if (key === '再委託の許諾方法') c.subcontractMethod = orNull(value, span);
    else if (key === '再委託事項') c.subcontractItems = orNull(value, span);
    return { contracts: [c] };
  }
  if (g?.kind === '提供先' || g?.kind === '移転先') {
    const p: ProvisionMention = { fileNo: ctx.fileNo, direction: g.kind === '提供先' ? '提供' : '移転', no: g.no, span };
    if (key === '法令上の根拠') p.legalBasis = orNull(value, span);
    else if (/^(提供先|移転先)における用途$/.test(key)) p.purpose = orNull(value, span);
    else if (/^(提供|移転)する情報$/.test(key)) p.information = orNull(value, span);
    else if (/^(提供|移転)する情報の対象となる本人の数$/.test(key)) p.peopleBand = answerFact(value, span);
    else if (/^(提供|移転)方法$/.test(key)) {
      const ticked = parseCheckboxes(value).filter((x) => x.ticked);
      p.method = ticked.length ? fact(ticked.map((x) => (x.extra ? `${x.label}(${x.extra})` : x.label)).join('、'), span) : null;
    } else if (key === '時期・頻度') p.timing = orNull(value, span);
    return { provisions: [p] };
  }
  const file = (f: Omit<FileMention, 'no' | 'span'>): FoundFacts => ({ files: [{ no: ctx.fileNo, span, ...f }] });
  if (key === 'ファイルの種類') return file({ fileKind: answerFact(value, span) });
  if (key === '対象となる本人の数') return file({ peopleBand: answerFact(value, span) });
  if (key === '記録される項目') return file({ itemsBand: answerFact(value, span) });
  if (key === '保有開始日') return file({ holdingStart: orNull(value, span) });
  if (key === '委託の有無') return statedCount('委託事項', value, span);
  if (key === '提供・移転の有無') {
    const statedCounts: FoundFacts['statedCounts'] = [];
    for (const box of parseCheckboxes(value)) {
      const n = /\((\d+)\)\s*件/.exec(compact(value).split(compact(box.label))[1] ?? '');
      if (box.ticked && n) statedCounts.push({ subject: box.label.includes('移転') ? '移転先' : '提供先', count: Number(n[1]), span });
    }
    return { statedCounts };
  }
  return null;
}

/** 「(5) 件」 after a yes/no answer: how many items the form says there are. */
function statedCount(subject: string, value: string, span: Span): FoundFacts | null {
  const n = statedItems(value);
  return n !== null ? { statedCounts: [{ subject, count: n, span }] } : null;
}

/** A row without a label: a slot's title, or a file's name under its heading (which may open the next file). */
export function unlabeled(ctx: Context, row: Row): FoundFacts | null {
  const text = filled(row).join(' ');
  if (!text) return null;
  if (ctx.group && !ctx.group.titled && ctx.group.kind === '委託事項') {
    ctx.group.titled = true;
    return { contracts: [{ fileNo: ctx.fileNo, no: ctx.group.no, span: row.span, title: fact(text, row.span) }] };
  }
  if (ctx.group && !ctx.group.titled) {
    ctx.group.titled = true;
    return { provisions: [{ fileNo: ctx.fileNo, direction: ctx.group.kind === '提供先' ? '提供' : '移転', no: ctx.group.no, span: row.span, recipient: fact(text, row.span) }] };
  }
  let found: FoundFacts | null = null;
  if (ctx.afterHeading === '特定個人情報ファイル名' && ctx.part === 'file') {
    const named = [...ctx.files].find(([, name]) => name !== null && compact(name) === compact(text))?.[0];
    if (named === undefined && [...ctx.files.values()].some((name) => name !== null)) ctx.fileNo = ctx.files.size + 1;
    found = { files: [{ no: named ?? ctx.fileNo, span: row.span, name: fact(text, row.span) }] };
  }
  ctx.afterHeading = null;
  return found;
}
