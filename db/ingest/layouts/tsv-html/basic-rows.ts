import { fact } from '../../facts';
import { connectionList } from '../../form/answers';
import type { Span } from '../../source-text';
import type { FoundFacts, SystemMention } from '../compose-facts';
import { answerFact, labelAndValue, orNull, type Context } from './context';
import { unlabeled } from './file-rows';
import type { Row } from './rows';

/** Ⅰ 基本情報, a row at a time: the affair's items, or those of the system (システムN) the row stands in. */
export function readBasicRow(ctx: Context, row: Row): FoundFacts | null {
  const lv = labelAndValue(row);
  if (!lv) return unlabeled(ctx, row);
  const { key, value } = lv;
  const span = row.span;
  if (ctx.group?.kind === 'システム') {
    const s: SystemMention = { no: ctx.group.no, span };
    if (key === 'システムの名称') s.name = orNull(value, span);
    else if (key === 'システムの機能') s.function = orNull(value, span);
    else if (key === '他のシステムとの接続') Object.assign(s, connections(value, span));
    else if (key === '対象人数') return { systems: [s], basic: { targetBand: answerFact(value, span) } };
    return { systems: [s] };
  }
  if (key === '事務の名称') return { basic: { affairName: orNull(value, span) } };
  if (key === '事務の内容') return { basic: { affairContent: orNull(value, span) } };
  if (key === '対象人数') return { basic: { targetBand: answerFact(value, span) } };
  if (key === '実施の有無') return { basic: { networkLinkage: answerFact(value, span) } };
  if (key === '部署') return { basic: { department: orNull(value, span) } };
  if (key === '所属長の役職名' || key === '所属長') return { basic: { departmentHead: orNull(value, span) } };
  return null;
}

/** ③他のシステムとの接続: the seven checkboxes, その他 with its text in brackets. */
function connections(value: string, span: Span) {
  const { states, other } = connectionList(value);
  return { connections: fact(states, span), otherText: other ? fact(other, span) : null };
}
