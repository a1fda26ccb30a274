import { reason } from '../../../form/reasons';
import { fact, type Maybe } from '../../facts';
import { THRESHOLD_ITEMS, THRESHOLD_LABELS } from '../../../form/thresholds';
import { labelKey } from '../../form/labels';
import { findDate } from '../../normalize/era-date';
import type { Span } from '../../source-text';
import type { FoundFacts, ThresholdMention } from '../compose-facts';
import { gradedFact } from './basic-form';
import { labelAndValue, type Context } from './context';
import type { Row } from './rows';

const KEYS = Object.fromEntries(Object.entries(THRESHOLD_LABELS).map(([k, l]) => [k, labelKey(l)])) as Record<keyof typeof THRESHOLD_LABELS, string>;

/** 「令和6年4月1日 時点」 → the date as printed; anything else as printed (a blank mark, or text that is no date). */
function countDate(value: string, span: Span): Maybe {
  const d = findDate(value);
  return fact(d ? d.raw : value.trim(), span);
}

/**
 * The rows of Ⅱ しきい値判断項目 and Ⅲ しきい値判断結果. 「いつ時点の計数か」 is asked of 対象人数 and
 * of 取扱者数 in the same words: the numbered item it stands under (「1. 対象人数」「2. 取扱者数」)
 * says which.
 */
export class ThresholdRows {
  /** 対象人数's count date is read: a date under no numbered item is 取扱者数's */
  private peopleCounted = false;

  row(ctx: Context, row: Row): FoundFacts | null {
    const lv = labelAndValue(row);
    if (!lv) return null;
    const span = row.span;
    const t: ThresholdMention = { span };
    const { key, value } = lv;
    if (key === KEYS.people) t.peopleBand = gradedFact(value, span);
    else if (key === KEYS.handlers) t.handlers = gradedFact(value, span);
    else if (key === KEYS.incident) t.incident = gradedFact(value, span);
    else if (key === KEYS.result) t.result = gradedFact(value, span);
    else if (key === KEYS.countedAt) {
      const item = ctx.section?.key;
      const date = countDate(value, span);
      if (item === THRESHOLD_ITEMS.people) t.peopleCountedAt = date;
      else if (item === THRESHOLD_ITEMS.handlers) t.handlersCountedAt = date;
      // no numbered item above it: the form's order, first 対象人数 then 取扱者数
      else if (!this.peopleCounted) t.peopleCountedAt = date && fact(date.value, span, false, reason('valuesByOrder', { values: 1, slots: 2 }));
      else t.handlersCountedAt = date && fact(date.value, span, false, reason('valuesByOrder', { values: 2, slots: 2 }));
      if (t.peopleCountedAt) this.peopleCounted = true;
    }
    return { threshold: [t] };
  }
}
