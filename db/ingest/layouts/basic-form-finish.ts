import type { DocumentFacts, ThresholdFacts, ThresholdField } from '../facts';
import { BASIC_RISK_ITEMS } from '../form/basic-form';
import { compact } from '../normalize/text';
import type { SourceText } from '../source-text';
import { unreadThreshold } from './unread-facts';

/**
 * What both layouts settle once a 基礎項目評価書 is read: the items the document does not print at
 * all (a part it lacks, or an item its version of the form does not have — 「最も優先度が高いと
 * 考えられる対策」 came with the 令和 versions), and Ⅱ-1's 対象人数 as the document's band of
 * people — the 基礎's Ⅰ has no ③対象人数, and its Ⅱ-1 asks the same with the same bands.
 */
export function finishBasicForm(facts: DocumentFacts, source: SourceText): DocumentFacts {
  if (!facts.threshold && facts.header.kind?.value !== '基礎項目評価書') return facts;
  const t = facts.threshold ?? unreadThreshold({ from: 0, to: 0 });
  const has = (part: string) => facts.partsPresent.includes(part as never);
  const text = compact(source.text);
  const absent: ThresholdFacts['absent'] = [...t.absent];
  const lacks = (fields: ThresholdField[], item: string) => {
    for (const field of fields) if (t[field] === null && !absent.some((a) => a.field === field)) absent.push({ field, item });
  };
  if (!has('しきい値判断項目')) lacks(['peopleBand', 'peopleCountedAt', 'handlers', 'handlersCountedAt', 'incident'], 'しきい値判断項目');
  if (!has('しきい値判断結果')) lacks(['result'], 'しきい値判断結果');
  if (!has('リスク対策')) lacks(['formsSubmitted', 'priorityMeasure', 'priorityReason'], 'リスク対策');
  if (!text.includes(BASIC_RISK_ITEMS.formsSubmitted)) lacks(['formsSubmitted'], BASIC_RISK_ITEMS.formsSubmitted);
  if (!text.includes(BASIC_RISK_ITEMS.priority)) lacks(['priorityMeasure', 'priorityReason'], BASIC_RISK_ITEMS.priority);
  const people = t.peopleBand;
  const band = !facts.basic.targetBand && people && people.value.trim() ? { ...people, value: people.value.replace(/\(任意実施\)$/, '') } : facts.basic.targetBand;
  return { ...facts, basic: { ...facts.basic, targetBand: band }, threshold: { ...t, absent } };
}

/** 「[令和6年10月 様式2]」 anywhere in the text: the version of the form (the tab-separated export's cover has no label for it). */
export function formVersionIn(source: SourceText): { value: string; line: number } | null {
  for (const [i, line] of source.lines.entries()) {
    const v = /[\[［]\s*((?:平成|令和)\S+?年\S+?月)\s*様式\s*(\S+?)\s*[\]］]/.exec(line.normalize('NFKC'));
    if (v) return { value: `${v[1]!.replace(/\s/g, '')} 様式${v[2]}`, line: i };
  }
  return null;
}
